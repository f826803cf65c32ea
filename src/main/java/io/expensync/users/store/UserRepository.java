package io.expensync.users.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.expensync.users.Role;
import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The users, by id or by their normalised address. */
public interface UserRepository extends JpaRepository<User, UUID> {

	Optional<User> findByEmail(String normalisedEmail);

	boolean existsByEmail(String normalisedEmail);

	List<User> findAllByOrderByIdAsc(Limit limit);

	List<User> findByIdGreaterThanOrderByIdAsc(UUID after, Limit limit);

	/**
	 * The users with that role, locked, so two admins deleting themselves at once are
	 * counted one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from User u where u.role = :role")
	List<User> lockByRole(Role role);

	/**
	 * Deletes the user's row; the database deletes their rows in other tables with it.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from User u where u.id = :id")
	int remove(UUID id);

}
