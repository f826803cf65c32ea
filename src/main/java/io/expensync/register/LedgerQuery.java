package io.expensync.register;

import java.util.UUID;

import io.expensync.transactions.TransactionFilter;
import io.expensync.transactions.TransactionSearch.SortBy;
import io.expensync.transactions.TransactionType;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;

/**
 * The account page table's state as it travels in the URL (search, filters, sort, page),
 * so every view can be bookmarked and shared. Public so that templates can read it.
 */
public record LedgerQuery(@Nullable String q, @Nullable TransactionType type, @Nullable String category,
		@Nullable Boolean recurring, @Nullable String tag, @Nullable String sort, @Nullable String dir,
		@Nullable Integer page) {

	public TransactionFilter filter(UUID accountId) {
		return new TransactionFilter(accountId, type, blankToNull(category), null, null, blankToNull(q), recurring,
				blankToNull(tag));
	}

	public SortBy sorting() {
		return SortBy.of(sort);
	}

	/** Dates sort newest first unless asked otherwise; amounts and categories ascend. */
	public Sort.Direction direction() {
		if (dir == null || dir.isBlank()) {
			return sorting() == SortBy.DATE ? Sort.Direction.DESC : Sort.Direction.ASC;
		}
		return "asc".equalsIgnoreCase(dir) ? Sort.Direction.ASC : Sort.Direction.DESC;
	}

	/**
	 * True when the table shows all of the account's transactions, unsearched and
	 * unfiltered.
	 */
	public boolean isUnfiltered() {
		return blankToNull(q) == null && type == null && blankToNull(category) == null && recurring == null
				&& blankToNull(tag) == null;
	}

	public int pageNumber() {
		return page == null ? 0 : Math.max(page, 0);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
