package io.expensync.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.expensync.money.Money;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

class NewAccountTests {

	final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void readsTheOpeningBalanceInTheCurrency() {
		NewAccount draft = new NewAccount(" Giro ", AccountType.CURRENT, "EUR", "1200.5", false);
		assertThat(problems(draft)).isEmpty();
		assertThat(draft.name()).isEqualTo("Giro");
		assertThat(draft.opening()).isEqualTo(Money.of("1200.50", "EUR"));
		assertThat(new NewAccount("Cash", AccountType.CASH, Money.of("20", "JPY"), true).opening())
			.isEqualTo(Money.of("20", "JPY"));
	}

	@Test
	void namesEveryBrokenFieldAtOnce() {
		assertThat(problems(new NewAccount(" ", null, "EUR", "1.005", false))).containsExactlyInAnyOrder(
				"name: Give the account a name", "type: Choose a type",
				"openingBalance: EUR allows at most 2 decimal places, got 1.005");
		assertThat(problems(new NewAccount("a".repeat(101), AccountType.CASH, "", "1", false)))
			.containsExactlyInAnyOrder("name: An account name has at most 100 characters",
					"currency: Choose a currency");
		assertThat(problems(new NewAccount("Cash", AccountType.CASH, "EUR", " ", false)))
			.containsExactly("openingBalance: Enter an amount");
	}

	@Test
	void overLongInputIsRefusedByItsSizeOnly() {
		assertThat(problems(new NewAccount("Cash", AccountType.CASH, "EURO", "1".repeat(31), false)))
			.containsExactlyInAnyOrder("currency: A currency is a 3-letter code like EUR",
					"openingBalance: That is not an amount");
	}

	@Test
	void aPatchKeepsWhatItLeavesOut() {
		AccountView giro = new AccountView(UUID.randomUUID(), "Giro", AccountType.CURRENT, Money.of("1", "EUR"),
				Money.of("1", "EUR"), true, Instant.EPOCH, Instant.EPOCH);
		assertThat(new AccountPatch(null, AccountType.SAVINGS).onto(giro))
			.isEqualTo(new AccountChange("Giro", AccountType.SAVINGS));
		assertThat(problems(new AccountPatch("", null).onto(giro))).containsExactly("name: Give the account a name");
	}

	private List<String> problems(Object command) {
		return validator.validate(command)
			.stream()
			.map(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
			.toList();
	}

}
