package io.expensync.transactions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import io.expensync.transactions.Transaction.Posting;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes many transactions in one database transaction: a selection of ids, or
 * everything a filter matches. The rows are locked first, so nobody changes them between
 * reading their postings and deleting them.
 */
@Service
public class BulkDeletion {

	private static final int CHUNK = 500;

	private final EntityManager entityManager;

	private final TransactionRepository transactions;

	private final Ledger ledger;

	private final ApplicationEventPublisher events;

	BulkDeletion(EntityManager entityManager, TransactionRepository transactions, Ledger ledger,
			ApplicationEventPublisher events) {
		this.entityManager = entityManager;
		this.transactions = transactions;
		this.ledger = ledger;
		this.events = events;
	}

	/**
	 * Deletes all of the given transactions or, if any of them is not the user's, none.
	 * @return how many were deleted
	 */
	@Transactional
	public int deleteAll(UUID userId, Collection<UUID> ids) {
		return deleteAll(userId, ids, false);
	}

	/**
	 * As {@link #deleteAll(UUID, Collection)}; reconciled transactions among them only
	 * when {@code reconciledConfirmed}.
	 * @throws ReconciledChangeRefused when one is reconciled and that was not confirmed
	 */
	@Transactional
	public int deleteAll(UUID userId, Collection<UUID> ids, boolean reconciledConfirmed) {
		Set<UUID> wanted = new LinkedHashSet<>(ids);
		List<Transaction> rows = lock(userId, (root, query, cb) -> root.get("id").in(wanted));
		if (rows.size() != wanted.size()) {
			rows.forEach(row -> wanted.remove(row.id()));
			throw new TransactionNotFoundException(wanted.iterator().next());
		}
		return remove(userId, rows, reconciledConfirmed);
	}

	/**
	 * Deletes every transaction of the user that the filter matches; answers how many.
	 */
	@Transactional
	public int deleteMatching(UUID userId, TransactionFilter filter) {
		return deleteMatching(userId, filter, false);
	}

	/**
	 * As {@link #deleteMatching(UUID, TransactionFilter)}; reconciled transactions among
	 * them only when {@code reconciledConfirmed}.
	 */
	@Transactional
	public int deleteMatching(UUID userId, TransactionFilter filter, boolean reconciledConfirmed) {
		return remove(userId, lock(userId, TransactionSearch.matching(userId, filter)), reconciledConfirmed);
	}

	private List<Transaction> lock(UUID userId, Specification<Transaction> which) {
		ledger.lockAccounts(userId);
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Transaction> query = cb.createQuery(Transaction.class);
		Root<Transaction> root = query.from(Transaction.class);
		query.where(cb.equal(root.get("userId"), userId), which.toPredicate(root, query, cb));
		return entityManager.createQuery(query).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
	}

	private int remove(UUID userId, List<Transaction> rows, boolean reconciledConfirmed) {
		if (rows.isEmpty()) {
			return 0;
		}
		long reconciled = rows.stream().filter(Transaction::reconciled).count();
		if (reconciled > 0 && !reconciledConfirmed) {
			throw ReconciledChangeRefused.deleting(reconciled);
		}
		Map<UUID, Posting> postings = new TreeMap<>();
		rows.forEach(row -> Ledger.add(postings, row));
		List<UUID> ids = new ArrayList<>(rows.stream().map(Transaction::id).toList());
		LocalDate earliest = rows.stream().map(row -> row.date()).min(Comparator.naturalOrder()).orElseThrow();
		LocalDate latest = rows.stream().map(row -> row.date()).max(Comparator.naturalOrder()).orElseThrow();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			transactions.deleteByIds(userId, ids.subList(from, Math.min(from + CHUNK, ids.size())));
		}
		ledger.reverse(userId, postings);
		events.publishEvent(new TransactionsRemoved(userId, rows.size(), earliest, latest));
		return rows.size();
	}

}
