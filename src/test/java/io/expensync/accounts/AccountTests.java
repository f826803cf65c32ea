package io.expensync.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import io.expensync.money.Money;

import org.junit.jupiter.api.Test;

class AccountTests {

	static final UUID OWNER = UUID.randomUUID();

	static final Instant OPENED = Instant.parse("2026-03-01T09:00:00Z");

	@Test
	void opensWithItsOpeningBalanceAsTheBalanceInThatCurrency() {
		Account account = new Account(OWNER, "  Giro  ", AccountType.CURRENT, Money.of("-250.75", "GBP"), false,
				OPENED);

		AccountView view = account.view();
		assertThat(view.id()).isEqualTo(account.id());
		assertThat(view.name()).as("trimmed").isEqualTo("Giro");
		assertThat(view.type()).isEqualTo(AccountType.CURRENT);
		assertThat(view.balance()).isEqualTo(Money.of("-250.75", "GBP"));
		assertThat(view.openingBalance()).isEqualTo(Money.of("-250.75", "GBP"));
		assertThat(view.currency().getCurrencyCode()).isEqualTo("GBP");
		assertThat(view.createdAt()).isEqualTo(OPENED).isEqualTo(account.createdAt());
		assertThat(view.updatedAt()).isEqualTo(OPENED);
	}

	@Test
	void isTheDefaultOnlyWhenOpenedAsIt() {
		assertThat(new Account(OWNER, "Giro", AccountType.CURRENT, Money.of("0", "EUR"), true, OPENED).isDefault())
			.isTrue();
		Account savings = new Account(OWNER, "Savings", AccountType.SAVINGS, Money.of("0", "EUR"), false, OPENED);
		assertThat(savings.isDefault()).isFalse();
		assertThat(savings.view().isDefault()).isFalse();
	}

	@Test
	void eachNewAccountHasItsOwnId() {
		Money zero = Money.of("0", "EUR");
		assertThat(new Account(OWNER, "A", AccountType.CASH, zero, false, OPENED).id())
			.isNotEqualTo(new Account(OWNER, "A", AccountType.CASH, zero, false, OPENED).id());
	}

	@Test
	void renamingAndRetypingKeepTheMoneyAndMarkTheTime() {
		Account account = new Account(OWNER, "Card", AccountType.CURRENT, Money.of("10.00", "EUR"), false, OPENED);
		Instant later = OPENED.plusSeconds(3600);

		account.rename(" Travel card ", later);
		account.changeType(AccountType.CREDIT_CARD, later.plusSeconds(1));

		AccountView view = account.view();
		assertThat(view.name()).isEqualTo("Travel card");
		assertThat(view.type()).isEqualTo(AccountType.CREDIT_CARD);
		assertThat(view.balance()).isEqualTo(Money.of("10.00", "EUR"));
		assertThat(view.openingBalance()).isEqualTo(Money.of("10.00", "EUR"));
		assertThat(view.createdAt()).isEqualTo(OPENED);
		assertThat(view.updatedAt()).isEqualTo(later.plusSeconds(1));
	}

}
