package io.expensync.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.expensync.money.Money;
import org.junit.jupiter.api.Test;

/** How a change of some fields is laid onto the stored transaction. */
class TransactionPatchTests {

	static final UUID GIRO = UUID.fromString("10000000-0000-4000-8000-000000000001");

	static final UUID SAVINGS = UUID.fromString("10000000-0000-4000-8000-000000000002");

	static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

	final TransactionView stored = new TransactionView(UUID.randomUUID(), TransactionType.EXPENSE,
			Money.of("10.00", "EUR"), LocalDate.of(2026, 11, 1), "Weekly shop", "groceries", "Lidl", "cash", GIRO, null,
			null, NOW, NOW, List.of("weekly"), TransactionStatus.CLEARED, null, List.of());

	@Test
	void fieldsLeftOutStayAsStored() {
		TransactionDraft merged = new TransactionDraft.Patch(null, new BigDecimal("40.50"), null, null, null, null,
				null, null, null, null)
			.onto(stored);
		assertThat(merged).isEqualTo(new TransactionDraft(TransactionType.EXPENSE, new BigDecimal("40.50"), null,
				LocalDate.of(2026, 11, 1), "Weekly shop", "groceries", "Lidl", "cash", GIRO, null, List.of("weekly")));
	}

	@Test
	void tagsGivenReplaceTheStoredOnesAndAnEmptyListRemovesThem() {
		TransactionDraft retagged = new TransactionDraft.Patch(null, null, null, null, null, null, null, null, null,
				null, List.of(" Holiday  2026 ", "GIFTS", "gifts", ""))
			.onto(stored);
		assertThat(retagged.tags()).containsExactly("holiday 2026", "gifts");
		TransactionDraft untagged = new TransactionDraft.Patch(null, null, null, null, null, null, null, null, null,
				null, List.of())
			.onto(stored);
		assertThat(untagged.tags()).isEmpty();
	}

	@Test
	void anEmptyTextClearsTheField() {
		TransactionDraft merged = new TransactionDraft.Patch(null, null, null, null, "", null, " ", "", null, null)
			.onto(stored);
		assertThat(merged.description()).isNull();
		assertThat(merged.merchant()).isNull();
		assertThat(merged.notes()).isNull();
		assertThat(merged.amount()).isEqualByComparingTo("10.00");
		assertThat(merged.currency()).as("the stored amount is in its account's currency, whichever that is now")
			.isNull();
	}

	@Test
	void becomingATransferKeepsTheTargetAndNoCategory() {
		TransactionDraft merged = new TransactionDraft.Patch(TransactionType.TRANSFER, null, null, null, null, null,
				null, null, null, SAVINGS)
			.onto(stored);
		assertThat(merged.toAccountId()).isEqualTo(SAVINGS);
		Transaction written = new Transaction(UUID.randomUUID(), merged, new Transaction.Amounts(stored.amount()), NOW);
		assertThat(written.view().category()).isNull();
	}

	@Test
	void aTargetAccountStaysOnlyOnATransfer() {
		TransactionView transfer = new TransactionView(stored.id(), TransactionType.TRANSFER, stored.amount(),
				stored.date(), null, null, null, null, GIRO, SAVINGS, null, NOW, NOW, List.of(),
				TransactionStatus.PENDING, TransactionStatus.PENDING, List.of());

		TransactionDraft income = new TransactionDraft.Patch(TransactionType.INCOME, null, null, null, null, "salary",
				null, null, null, null)
			.onto(transfer);
		assertThat(income.toAccountId()).isNull();
		assertThat(income.category()).isEqualTo("salary");

		TransactionDraft moved = new TransactionDraft.Patch(null, null, null, null, null, null, null, null, SAVINGS,
				GIRO)
			.onto(transfer);
		assertThat(moved.accountId()).isEqualTo(SAVINGS);
		assertThat(moved.toAccountId()).isEqualTo(GIRO);
	}

}
