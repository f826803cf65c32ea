package io.expensync.rates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.expensync.accounts.AccountService;
import io.expensync.accounts.AccountView;
import io.expensync.money.Money;
import io.expensync.users.CurrentUser;
import io.expensync.users.Profile;
import io.expensync.users.UserService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The balances of all of a user's accounts in their home currency (their profile's), for
 * totals across accounts: each account in another currency is converted at the latest
 * rate into the home currency (that of {@link ExchangeRates#latest}: the latest day on or
 * before today in the user's timezone), and an account for whose currency no rate is
 * known is left out of the total and named, never counted as zero.
 */
@Service
public class HomeBalances {

	private final AccountService accounts;

	private final ExchangeRates rates;

	private final UserService users;

	private final Clock clock;

	HomeBalances(AccountService accounts, ExchangeRates rates, UserService users, Clock clock) {
		this.accounts = accounts;
		this.rates = rates;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * The user's accounts, oldest first, each with the rate used into the home currency,
	 * and their total. Each converted balance is rounded half-even to the home currency's
	 * minor units on its own, and the total is the sum of those rounded amounts, so that
	 * it adds up to the amounts shown beside the accounts.
	 */
	@Transactional(readOnly = true)
	public HomeTotal total(UUID userId) {
		Profile profile = users.get(userId).profile();
		return total(userId, profile.currency(), profile.zone(), accounts.list(userId));
	}

	/**
	 * The same for the signed-in user's accounts as a page has already read them (with
	 * {@link AccountService#list}), so that the page reads them once.
	 */
	public HomeTotal total(CurrentUser user, List<AccountView> theirAccounts) {
		return total(user.id(), user.currency(), user.zone(), theirAccounts);
	}

	private HomeTotal total(UUID userId, Currency home, ZoneId zone, List<AccountView> theirAccounts) {
		LocalDate today = LocalDate.now(clock.withZone(zone));
		Map<Currency, Optional<Rate>> byCurrency = new HashMap<>();
		List<HomeTotal.Line> lines = theirAccounts.stream()
			.map(account -> new HomeTotal.Line(account,
					byCurrency.computeIfAbsent(account.currency(), from -> rates.rate(userId, from, home, today))
						.orElse(null)))
			.toList();
		Money total = lines.stream()
			.map(HomeTotal.Line::inHome)
			.filter(Objects::nonNull)
			.reduce(Money.zero(home), Money::plus);
		return new HomeTotal(home, total, lines);
	}

}
