package io.expensync.users;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserRepository extends JpaRepository<User, UUID> {

	Optional<User> findByEmail(String normalisedEmail);

	boolean existsByEmail(String normalisedEmail);

	List<User> findAllByOrderByIdAsc(Limit limit);

	List<User> findByIdGreaterThanOrderByIdAsc(UUID after, Limit limit);

}
