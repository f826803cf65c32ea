package io.expensync.users;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserRepository extends JpaRepository<User, UUID> {

	Optional<User> findByEmail(String normalisedEmail);

	boolean existsByEmail(String normalisedEmail);

}
