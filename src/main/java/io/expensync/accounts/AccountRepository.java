package io.expensync.accounts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, UUID> {

	Optional<Account> findByIdAndUserId(UUID id, UUID userId);

	List<Account> findByUserIdOrderByCreatedAtAscIdAsc(UUID userId);

	long countByUserId(UUID userId);

	/**
	 * Locks all the user's accounts, one by one in id order: the order every posting
	 * locks them in. Serialises changes to which account is the default (create, delete,
	 * switch) for one user. Not one {@code select … order by id for update}: PostgreSQL
	 * locks such rows in the sorted order, but H2 locks them as it reads them, in the
	 * order they were stored, and then deadlocked with postings (ledger simulation on H2,
	 * 32 threads).
	 */
	default List<Account> lockAllOfUser(UUID userId) {
		return idsOfUser(userId).stream().flatMap(id -> lockOne(id, userId).stream()).toList();
	}

	@Query("select a.id from Account a where a.userId = :userId order by a.id")
	List<UUID> idsOfUser(UUID userId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.id = :id and a.userId = :userId")
	Optional<Account> lockOne(UUID id, UUID userId);

	/**
	 * The one way a balance changes: relative, in the database, scoped by owner. In SQL,
	 * since Hibernate translated the same update again on every call (the parameter in
	 * the sum), which was most of a posting's time (JDK Flight Recorder).
	 */
	@Modifying(flushAutomatically = true)
	@Query(nativeQuery = true, value = """
			update accounts set balance = balance + :delta, booked_rows = booked_rows + :booked,
			received_rows = received_rows + :received, updated_at = :now where id = :id and user_id = :userId""")
	int post(UUID id, UUID userId, BigDecimal delta, int booked, int received, Instant now);

	@Query(nativeQuery = true,
			value = "select booked_rows + received_rows from accounts where id = :id and user_id = :userId")
	Optional<Long> rowsOn(UUID id, UUID userId);

	@Query(nativeQuery = true, value = "select coalesce(sum(booked_rows), 0) from accounts where user_id = :userId")
	long rowsOfUser(UUID userId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Account a set a.defaultOwner = null where a.userId = :userId and a.id <> :id and a.defaultOwner is not null")
	int clearDefaultExcept(UUID userId, UUID id);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Account a set a.defaultOwner = a.userId where a.userId = :userId and a.id = :id")
	int markDefault(UUID userId, UUID id);

}
