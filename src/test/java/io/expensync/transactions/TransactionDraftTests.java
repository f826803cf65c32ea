package io.expensync.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.expensync.money.Money;
import io.expensync.web.InvalidInputException.Problem;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The rules a transaction command carries itself, checked without Spring. */
class TransactionDraftTests {

	static final UUID GIRO = UUID.fromString("10000000-0000-4000-8000-000000000001");

	static final UUID SAVINGS = UUID.fromString("10000000-0000-4000-8000-000000000002");

	static final LocalDate DAY = LocalDate.of(2026, 11, 1);

	final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void aCompleteExpenseIsValid() {
		TransactionDraft draft = expense(new BigDecimal("12.50"), "food");
		assertThat(problems(draft)).isEmpty();
	}

	@Test
	void namesEveryMissingFieldAtOnce() {
		assertThat(problems(new TransactionDraft(null, null, null, null, null, null, null, null, null, null)))
			.containsExactlyInAnyOrder(new Problem("type", "Choose income, expense or transfer"),
					new Problem("amount", "Enter an amount"), new Problem("date", "Enter a date"),
					new Problem("accountId", "Choose an account"));
	}

	@Test
	void theAmountMustBeAboveZero() {
		assertThat(problems(expense(BigDecimal.ZERO, "food")))
			.containsExactly(new Problem("amount", "The amount must be greater than zero"));
		assertThat(problems(expense(new BigDecimal("-5.00"), "food")))
			.containsExactly(new Problem("amount", "The amount must be greater than zero"));
	}

	@Test
	void incomeAndExpensesNeedACategory() {
		assertThat(problems(expense(new BigDecimal("1"), "  ")))
			.containsExactly(new Problem("category", "Choose a category"));
		assertThat(problems(new TransactionDraft(TransactionType.INCOME, new BigDecimal("1"), null, DAY, null, null,
				null, null, GIRO, null)))
			.containsExactly(new Problem("category", "Choose a category"));
	}

	@Test
	void aTransferNeedsAnotherAccount() {
		assertThat(problems(transfer(null, null)))
			.containsExactly(new Problem("toAccountId", "Choose the account the money goes to"));
		assertThat(problems(transfer(GIRO, null)))
			.containsExactly(new Problem("toAccountId", "A transfer needs two different accounts"));
		assertThat(problems(transfer(SAVINGS, null))).isEmpty();
	}

	@Test
	void aTransferKeepsNoCategoryButAnOverlongOneIsStillRefused() {
		TransactionDraft draft = transfer(SAVINGS, "food");
		assertThat(problems(draft)).isEmpty();
		Transaction written = new Transaction(UUID.randomUUID(), draft,
				new Transaction.Amounts(Money.of("1.00", "EUR")), Instant.EPOCH);
		assertThat(written.view().category()).isNull();

		assertThat(problems(transfer(SAVINGS, "c".repeat(61))))
			.containsExactly(new Problem("category", "At most 60 characters"));
	}

	@Test
	void onlyATransferKeepsItsTargetAccount() {
		TransactionDraft expense = new TransactionDraft(TransactionType.EXPENSE, new BigDecimal("1"), null, DAY, null,
				"food", null, null, GIRO, SAVINGS);
		assertThat(expense.toAccountId()).isNull();
		assertThat(problems(expense)).isEmpty();
	}

	@Test
	void textsAreTrimmedAndTheirLimitsCountWhatIsKept() {
		TransactionDraft draft = new TransactionDraft(TransactionType.EXPENSE, new BigDecimal("1"), null, DAY,
				"  Weekly shop ", " food", " " + "m".repeat(120) + " ", "", GIRO, null);
		assertThat(draft.description()).isEqualTo("Weekly shop");
		assertThat(draft.category()).isEqualTo("food");
		assertThat(draft.merchant()).hasSize(120);
		assertThat(draft.notes()).isNull();
		assertThat(problems(draft)).isEmpty();
	}

	@Test
	void eachTextHasItsLimit() {
		TransactionDraft draft = new TransactionDraft(TransactionType.EXPENSE, new BigDecimal("1"), "EURO", DAY,
				"d".repeat(256), "c".repeat(61), "m".repeat(121), "n".repeat(2001), GIRO, null);
		assertThat(problems(draft)).extracting(Problem::field)
			.containsExactlyInAnyOrder("currency", "description", "category", "merchant", "notes");
		assertThat(problems(draft)).filteredOn(problem -> problem.field().equals("notes"))
			.extracting(Problem::message)
			.containsExactly("At most 2000 characters");
	}

	@Test
	void anAmountInMoneyCarriesItsCurrency() {
		TransactionDraft draft = new TransactionDraft(TransactionType.EXPENSE, Money.of("3.10", "EUR"), DAY, null,
				"food", null, null, GIRO, null);
		assertThat(draft.amount()).isEqualByComparingTo("3.10");
		assertThat(draft.currency()).isEqualTo("EUR");
	}

	private List<Problem> problems(TransactionDraft draft) {
		return validator.validate(draft)
			.stream()
			.map(violation -> new Problem(violation.getPropertyPath().toString(), violation.getMessage()))
			.toList();
	}

	private static TransactionDraft expense(BigDecimal amount, @Nullable String category) {
		return new TransactionDraft(TransactionType.EXPENSE, amount, null, DAY, null, category, null, null, GIRO, null);
	}

	private static TransactionDraft transfer(@Nullable UUID to, @Nullable String category) {
		return new TransactionDraft(TransactionType.TRANSFER, new BigDecimal("1"), null, DAY, null, category, null,
				null, GIRO, to);
	}

}
