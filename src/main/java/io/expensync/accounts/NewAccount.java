package io.expensync.accounts;

import io.expensync.money.Money;
import io.expensync.web.FieldRules;
import io.expensync.web.InvalidFieldException;
import io.expensync.web.MoneyInput;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What it takes to open an account, as typed: the command that
 * {@link AccountService#create} checks. The opening balance is read in the currency,
 * which the account keeps for good.
 */
@FieldRules
public record NewAccount(@AccountName String name, @NotNull(message = "Choose a type") AccountType type,
		@Size(max = 3, message = "A currency is a 3-letter code like EUR") @Nullable String currency,
		@Size(max = 30, message = "That is not an amount") @Nullable String openingBalance,
		boolean makeDefault) implements FieldRules.Checked {

	public NewAccount {
		name = (name == null) ? null : name.strip();
	}

	/** An account opened with money already counted. */
	public NewAccount(String name, AccountType type, Money openingBalance, boolean makeDefault) {
		this(name, type, openingBalance.currency().getCurrencyCode(), openingBalance.amount().toPlainString(),
				makeDefault);
	}

	@Override
	public void check(FieldRules.Problems problems) {
		// longer input is refused by its size already
		if (currency != null && currency.length() > 3 || openingBalance != null && openingBalance.length() > 30) {
			return;
		}
		try {
			opening();
		}
		catch (InvalidFieldException ex) {
			problems.add(ex.field(), String.valueOf(ex.getMessage()));
		}
	}

	/** The opening balance in the account's currency; only for a checked command. */
	Money opening() {
		return MoneyInput.parse("openingBalance", openingBalance, MoneyInput.currency("currency", currency));
	}

}
