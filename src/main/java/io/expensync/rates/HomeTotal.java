package io.expensync.rates;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.expensync.accounts.AccountView;
import io.expensync.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The balances of a user's accounts in their home currency (see {@link HomeBalances}):
 * one line per account, oldest first, and the total of the lines that have a rate. An
 * account without a rate into the home currency is never counted silently: it is in
 * {@link #leftOut()}.
 */
public record HomeTotal(Currency home, Money total, List<Line> lines) {

	/**
	 * One account; {@code rate} is the rate used into the home currency
	 * ({@link Rate.Source#SAME} for an account in it), or null when none is known.
	 */
	public record Line(AccountView account, @Nullable Rate rate) {

		public Line {
			Objects.requireNonNull(account, "account");
		}

		/**
		 * The balance in the home currency, rounded half-even to its minor units; null
		 * when no rate is known.
		 */
		public @Nullable Money inHome() {
			return (rate != null) ? rate.convert(account.balance()) : null;
		}

		/** Whether the balance was converted from another currency into the home one. */
		public boolean isConverted() {
			return rate != null && rate.source() != Rate.Source.SAME;
		}

		/** Whether the account is not in the total, for want of a rate. */
		public boolean isLeftOut() {
			return rate == null;
		}

		/**
		 * The rate's value for people ({@link Rate#shown()}); empty when none is known.
		 */
		public String shownRate() {
			return (rate != null) ? rate.shown() : "";
		}

	}

	public HomeTotal {
		Objects.requireNonNull(home, "home");
		Objects.requireNonNull(total, "total");
		if (!total.currency().equals(home)) {
			throw new IllegalArgumentException("A total in %s is not in %s".formatted(total.currency(), home));
		}
		lines = List.copyOf(lines);
	}

	/** The line of the account, or null when it is not one of these accounts. */
	public @Nullable Line line(UUID accountId) {
		return lines.stream().filter(line -> line.account().id().equals(accountId)).findFirst().orElse(null);
	}

	/** The accounts left out of the total for want of a rate, oldest first. */
	public List<AccountView> leftOut() {
		return lines.stream().filter(Line::isLeftOut).map(Line::account).toList();
	}

	/** Whether the total includes amounts converted from other currencies. */
	public boolean includesConverted() {
		return lines.stream().anyMatch(Line::isConverted);
	}

	/** Whether every account is in the total. */
	public boolean isComplete() {
		return lines.stream().noneMatch(Line::isLeftOut);
	}

}
