package io.expensync.transactions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.expensync.accounts.AccountService;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists a user's transactions, filtered, newest first (or as {@link SortBy} orders them)
 * and a page at a time.
 */
@Service
public class TransactionSearch {

	public static final int MAX_PAGE_SIZE = 200;

	private final TransactionRepository transactions;

	private final AccountService accounts;

	TransactionSearch(TransactionRepository transactions, AccountService accounts) {
		this.transactions = transactions;
		this.accounts = accounts;
	}

	/** Newest first. */
	@Transactional(readOnly = true)
	public Page<TransactionView> search(UUID userId, TransactionFilter filter, int page, int size) {
		return search(userId, filter, SortBy.DATE, Sort.Direction.DESC, page, size);
	}

	@Transactional(readOnly = true)
	public Page<TransactionView> search(UUID userId, TransactionFilter filter, SortBy sort, Sort.Direction direction,
			int page, int size) {
		Pageable pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE),
				sort.toSort(direction));
		Specification<Transaction> matching = matching(userId, filter);
		Slice<Transaction> rows = transactions.findBy(matching, query -> query.slice(pageable));
		return PageableExecutionUtils.getPage(rows.getContent(), pageable, () -> count(userId, filter, matching))
			.map(Transaction::view);
	}

	/**
	 * All the user's transactions, or an account's whole ledger, are not counted but read
	 * from the counts the accounts keep (see Transaction.Posting); anything narrower is
	 * counted.
	 */
	private long count(UUID userId, TransactionFilter filter, Specification<Transaction> matching) {
		if (!nothingButAccount(filter)) {
			return transactions.count(matching);
		}
		return (filter.accountId() != null) ? accounts.transactionCount(userId, filter.accountId())
				: accounts.transactionCountOfUser(userId);
	}

	private static boolean nothingButAccount(TransactionFilter filter) {
		return filter.type() == null && isBlank(filter.category()) && filter.from() == null && filter.to() == null
				&& filter.recurring() == null && isBlank(filter.q()) && filter.tag() == null;
	}

	private static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	/**
	 * The newest few, without counting how many there are in all (the dashboard's list).
	 */
	@Transactional(readOnly = true)
	public List<TransactionView> newest(UUID userId, TransactionFilter filter, int limit) {
		return transactions
			.findBy(matching(userId, filter),
					query -> query.sortBy(SortBy.DATE.toSort(Sort.Direction.DESC)).limit(limit).all())
			.stream()
			.map(Transaction::view)
			.toList();
	}

	@Transactional(readOnly = true)
	public long countForAccount(UUID userId, UUID accountId) {
		return accounts.transactionCount(userId, accountId);
	}

	/**
	 * Every transaction of the user, a page at a time, oldest first (by date, then when
	 * recorded): the next page starts after the last transaction of this one, so reading
	 * all of them costs the same on every page. For the export of the user's data.
	 */
	@Transactional(readOnly = true)
	public List<TransactionView> everyAfter(UUID userId, @Nullable TransactionView last, int size) {
		Limit limit = Limit.of(Math.min(Math.max(size, 1), MAX_PAGE_SIZE * 5));
		List<Transaction> page = (last == null)
				? transactions.findByUserIdOrderByDateAscCreatedAtAscIdAsc(userId, limit)
				: transactions.findAfter(userId, last.date(), last.createdAt(), last.id(), limit);
		return page.stream().map(Transaction::view).toList();
	}

	static Specification<Transaction> matching(UUID userId, TransactionFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("userId"), userId));
			if (filter.accountId() != null) {
				where.add(cb.or(cb.equal(root.get("accountId"), filter.accountId()),
						cb.equal(root.get("toAccountId"), filter.accountId())));
			}
			if (filter.type() != null) {
				where.add(cb.equal(root.get("type"), filter.type()));
			}
			if (filter.category() != null && !filter.category().isBlank()) {
				// its own category, or a part of it split under the category
				Subquery<Integer> part = query.subquery(Integer.class);
				Root<Transaction> split = part.correlate(root);
				Join<Transaction, Split> parts = split.join("splits");
				part.select(cb.literal(1)).where(cb.equal(parts.get("category"), filter.category()));
				where.add(cb.or(cb.equal(root.get("category"), filter.category()), cb.exists(part)));
			}
			if (filter.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("date"), filter.from()));
			}
			if (filter.to() != null) {
				where.add(cb.lessThanOrEqualTo(root.get("date"), filter.to()));
			}
			if (filter.recurring() != null) {
				where.add(filter.recurring() ? cb.isNotNull(root.get("recurringRuleId"))
						: cb.isNull(root.get("recurringRuleId")));
			}
			if (filter.tag() != null) {
				where.add(cb.isMember(filter.tag(), root.<Collection<String>>get("tags")));
			}
			if (filter.q() != null && !filter.q().isBlank()) {
				String pattern = "%" + escapeLike(filter.q().strip().toLowerCase(Locale.ROOT)) + "%";
				where.add(cb.or(cb.like(cb.lower(root.get("description")), pattern, '\\'),
						cb.like(cb.lower(root.get("merchant")), pattern, '\\'),
						cb.like(cb.lower(root.get("notes")), pattern, '\\')));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * How a list of transactions is ordered; ties are broken newest first so paging is
	 * stable.
	 */
	public enum SortBy {

		DATE("date"), AMOUNT("amount"), CATEGORY("category");

		private final String property;

		SortBy(String property) {
			this.property = property;
		}

		/**
		 * Reads {@code date}, {@code amount} or {@code category}; anything else sorts by
		 * date.
		 */
		public static SortBy of(@Nullable String text) {
			if (text == null) {
				return DATE;
			}
			try {
				return valueOf(text.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				return DATE;
			}
		}

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

		Sort toSort(Sort.Direction direction) {
			Sort tieBreak = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));
			Sort primary = Sort.by(new Sort.Order(direction, property));
			return this == DATE ? primary.and(tieBreak) : primary.and(Sort.by(Sort.Order.desc("date"))).and(tieBreak);
		}

	}

}
