package io.expensync.transactions;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which transactions to list; every part is optional. {@code accountId} matches both
 * sides of a transfer, {@code q} matches description, merchant and notes without regard
 * to case, {@code recurring} picks the transactions of a schedule (true) or the one-off
 * ones (false), {@code tag} the transactions carrying that tag (in any spelling
 * {@link Tags} keeps as one).
 */
public record TransactionFilter(@Nullable UUID accountId, @Nullable TransactionType type, @Nullable String category,
		@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String q, @Nullable Boolean recurring,
		@Nullable String tag) {

	public TransactionFilter {
		tag = Tags.normalised(tag);
	}

	public TransactionFilter(@Nullable UUID accountId, @Nullable TransactionType type, @Nullable String category,
			@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String q, @Nullable Boolean recurring) {
		this(accountId, type, category, from, to, q, recurring, null);
	}

	public TransactionFilter(@Nullable UUID accountId, @Nullable TransactionType type, @Nullable String category,
			@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String q) {
		this(accountId, type, category, from, to, q, null);
	}

	public static TransactionFilter forAccount(UUID accountId) {
		return new TransactionFilter(accountId, null, null, null, null, null, null, null);
	}

}
