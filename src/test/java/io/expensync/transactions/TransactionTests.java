package io.expensync.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.expensync.money.Money;
import io.expensync.transactions.Transaction.Amounts;
import io.expensync.transactions.Transaction.Posting;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * What a transaction adds to each account: to its balance, and to the rows it books or
 * receives.
 */
class TransactionTests {

	static final UUID USER = UUID.randomUUID();

	static final UUID GIRO = UUID.randomUUID();

	static final UUID SAVINGS = UUID.randomUUID();

	static final Instant NOW = Instant.parse("2026-03-14T10:00:00Z");

	@Test
	void anIncomeAddsToItsAccountAndCountsAsBookedThere() {
		assertThat(transaction(TransactionType.INCOME, "12.50", GIRO, null).postings())
			.containsExactly(Map.entry(GIRO, new Posting(new BigDecimal("12.50"), 1, 0)));
	}

	@Test
	void anExpenseTakesFromItsAccount() {
		assertThat(transaction(TransactionType.EXPENSE, "12.50", GIRO, null).postings())
			.containsExactly(Map.entry(GIRO, new Posting(new BigDecimal("-12.50"), 1, 0)));
	}

	@Test
	void aTransferMovesTheAmountAndIsBookedBySenderAndReceivedByTarget() {
		Map<UUID, Posting> postings = transaction(TransactionType.TRANSFER, "40.00", GIRO, SAVINGS).postings();
		assertThat(postings).containsOnlyKeys(GIRO, SAVINGS);
		assertThat(postings.get(GIRO)).isEqualTo(new Posting(new BigDecimal("-40.00"), 1, 0));
		assertThat(postings.get(SAVINGS)).isEqualTo(new Posting(new BigDecimal("40.00"), 0, 1));
	}

	@Test
	void aDraftPostsWhatTheTransactionWrittenFromItWould() {
		TransactionDraft draft = draft(TransactionType.TRANSFER, "40.00", GIRO, SAVINGS);
		assertThat(Transaction.postings(draft, euros("40.00")))
			.isEqualTo(new Transaction(USER, draft, euros("40.00"), NOW).postings());
	}

	@Test
	void aTransferBetweenCurrenciesPostsWhatArrivesOnTheReceivingAccount() {
		TransactionDraft draft = draft(TransactionType.TRANSFER, "100.00", GIRO, SAVINGS);
		Amounts amounts = new Amounts(Money.of("100.00", "EUR"), Money.of("108.37", "USD"), null);
		Transaction transfer = new Transaction(USER, draft, amounts, NOW);

		assertThat(transfer.postings()).containsEntry(GIRO, new Posting(new BigDecimal("-100.00"), 1, 0))
			.containsEntry(SAVINGS, new Posting(new BigDecimal("108.37"), 0, 1));
		assertThat(Transaction.postings(draft, amounts)).isEqualTo(transfer.postings());
		assertThat(transfer.view().signedFor(SAVINGS)).isEqualTo(Money.of("108.37", "USD"));
		assertThat(transfer.view().signedFor(GIRO)).isEqualTo(Money.of("-100.00", "EUR"));
		assertThat(transfer.view().impliedRate()).isEqualByComparingTo("1.0837");
	}

	@Test
	void amendingATransferToAnIncomeDropsWhatArrivedElsewhere() {
		Transaction transfer = new Transaction(USER, draft(TransactionType.TRANSFER, "100.00", GIRO, SAVINGS),
				new Amounts(Money.of("100.00", "EUR"), Money.of("108.37", "USD"), null), NOW);
		transfer.amend(draft(TransactionType.INCOME, "100.00", GIRO, null),
				new Amounts(Money.of("100.00", "EUR"), Money.of("108.37", "USD"), Money.of("5000", "JPY")), NOW);

		assertThat(transfer.view().toAmount()).isNull();
		assertThat(transfer.view().originalAmount()).isEqualTo(Money.of("5000", "JPY"));
		assertThat(transfer.postings()).containsOnlyKeys(GIRO);
	}

	@Test
	void amendingATransactionChangesItsPostings() {
		Transaction transaction = transaction(TransactionType.EXPENSE, "12.50", GIRO, null);
		transaction.amend(draft(TransactionType.TRANSFER, "20.00", SAVINGS, GIRO), euros("20.00"), NOW.plusSeconds(60));

		Map<UUID, Posting> postings = transaction.postings();
		assertThat(postings).containsOnlyKeys(SAVINGS, GIRO);
		assertThat(postings.get(SAVINGS)).isEqualTo(new Posting(new BigDecimal("-20.00"), 1, 0));
		assertThat(postings.get(GIRO)).isEqualTo(new Posting(new BigDecimal("20.00"), 0, 1));
	}

	@Test
	void transactionsAddUpPerAccount() {
		Map<UUID, Posting> total = new HashMap<>();
		Ledger.add(total, transaction(TransactionType.INCOME, "100.00", GIRO, null));
		Ledger.add(total, transaction(TransactionType.EXPENSE, "12.50", GIRO, null));
		Ledger.add(total, transaction(TransactionType.TRANSFER, "40.00", GIRO, SAVINGS));

		assertThat(total.get(GIRO)).isEqualTo(new Posting(new BigDecimal("47.50"), 3, 0));
		assertThat(total.get(SAVINGS)).isEqualTo(new Posting(new BigDecimal("40.00"), 0, 1));
	}

	private static Transaction transaction(TransactionType type, String amount, UUID account,
			@Nullable UUID toAccount) {
		return new Transaction(USER, draft(type, amount, account, toAccount), euros(amount), NOW);
	}

	private static Amounts euros(String amount) {
		return new Amounts(Money.of(amount, "EUR"));
	}

	/** The only place these tests build their input: adapt it if the draft changes. */
	private static TransactionDraft draft(TransactionType type, String amount, UUID account, @Nullable UUID toAccount) {
		return new TransactionDraft(type, Money.of(amount, "EUR"), LocalDate.of(2026, 3, 14), "test",
				(type == TransactionType.TRANSFER) ? null : "food", null, null, account, toAccount);
	}

}
