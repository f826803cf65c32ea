package io.expensync.rates;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import io.expensync.users.UserService;
import io.expensync.web.InvalidInputException;
import io.expensync.web.InvalidInputException.Problem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exchange rates between two currencies on a day, for one user: the rate of the latest
 * day on or before the day asked, among the rates the user typed in for the pair (either
 * way round) and the ECB's cross rate of a day on which it gave both currencies. On the
 * same day a rate typed in wins over the ECB's. A user's rates are never used for anyone
 * else.
 */
@Service
public class ExchangeRates {

	/** The most decimals a rate typed in may have ({@code NUMERIC(19,10)}). */
	static final int MAX_DECIMALS = 10;

	static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

	static final LocalDate LAST_DAY = LocalDate.of(2999, 12, 31);

	private final HandRates hand;

	private final ReferenceRates reference;

	private final UserService users;

	private final Clock clock;

	ExchangeRates(HandRates hand, ReferenceRates reference, UserService users, Clock clock) {
		this.hand = hand;
		this.reference = reference;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * The rate from→to on the date: 1 ({@link Rate.Source#SAME}) for one currency,
	 * otherwise that of the latest day on or before the date, a rate typed in winning a
	 * tie; empty when none is known.
	 */
	@Transactional(readOnly = true)
	public Optional<Rate> rate(UUID userId, Currency from, Currency to, LocalDate date) {
		if (from.equals(to)) {
			return Optional.of(Rate.same(from, date));
		}
		Rate direct = hand.onOrBefore(userId, from, to, date)
			.map(found -> typed(from, to, found.getKey(), found.getValue()))
			.orElse(null);
		Rate inverse = hand.onOrBefore(userId, to, from, date)
			.map(found -> Rate.inverse(from, to, found.getValue(), found.getKey(), Rate.Source.HAND))
			.orElse(null);
		return Candidates.best(direct, inverse, reference.onOrBefore(from, to, date).orElse(null));
	}

	/** The rate from→to today, in the user's timezone. */
	@Transactional(readOnly = true)
	public Optional<Rate> latest(UUID userId, Currency from, Currency to) {
		return rate(userId, from, to, LocalDate.now(clock.withZone(users.get(userId).profile().zone())));
	}

	/**
	 * The rates from each currency into {@code home} for the days from {@code start} to
	 * {@code end}, read with a few queries per currency (the rates of those days and the
	 * latest before them), for totals over many days.
	 * @throws IllegalArgumentException when {@code end} is before {@code start}
	 */
	@Transactional(readOnly = true)
	public RateBook book(UUID userId, Currency home, Set<Currency> from, LocalDate start, LocalDate end) {
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("A book ends on or after its start: %s, %s".formatted(start, end));
		}
		Map<Currency, RateBook.Series> series = new HashMap<>();
		for (Currency currency : from) {
			if (!currency.equals(home)) {
				series.put(currency, series(userId, currency, home, start, end));
			}
		}
		return new RateBook(home, start, end, series);
	}

	/** The rates the user typed in, the latest day first. */
	@Transactional(readOnly = true)
	public List<Rate> byHand(UUID userId) {
		return hand.all(userId);
	}

	/**
	 * Stores a rate typed in (1 base = rate quote on the day), replacing the user's rate
	 * of the same pair and day.
	 * @throws InvalidInputException naming {@code to} (the same currency as
	 * {@code from}), {@code date} or {@code rate} (not above zero, more than 10 decimals,
	 * a billion or more), every one at once
	 */
	@Transactional
	public Rate setByHand(UUID userId, Currency base, Currency quote, LocalDate day, BigDecimal rate) {
		List<Problem> problems = new ArrayList<>();
		HandRateRules.check(problems, base, quote, day, rate);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		hand.put(userId, base, quote, day, rate, clock.instant());
		return typed(base, quote, day, rate);
	}

	/**
	 * Stores a rate as typed on the page or sent to the API.
	 * @throws InvalidInputException naming each field ({@code from}, {@code to},
	 * {@code date}, {@code rate}) that is missing, unreadable or breaks a rule of
	 * {@link #setByHand(UUID, Currency, Currency, LocalDate, BigDecimal)}
	 */
	@Transactional
	public Rate setByHand(UUID userId, HandRateForm form) {
		HandRateRules.Parsed parsed = HandRateRules.parse(form);
		return setByHand(userId, parsed.base(), parsed.quote(), parsed.day(), parsed.rate());
	}

	/**
	 * Removes the rate base→quote the user typed in for the day.
	 * @throws RateNotFoundException when the user has none
	 */
	@Transactional
	public void deleteByHand(UUID userId, Currency base, Currency quote, LocalDate day) {
		if (!hand.remove(userId, base, quote, day)) {
			throw new RateNotFoundException(base, quote, day);
		}
	}

	private RateBook.Series series(UUID userId, Currency from, Currency home, LocalDate start, LocalDate end) {
		LocalDate before = start.minusDays(1);
		NavigableMap<LocalDate, Rate> direct = new TreeMap<>();
		hand.onOrBefore(userId, from, home, before)
			.ifPresent(found -> direct.put(found.getKey(), typed(from, home, found.getKey(), found.getValue())));
		hand.between(userId, from, home, start, end)
			.forEach((day, rate) -> direct.put(day, typed(from, home, day, rate)));
		NavigableMap<LocalDate, Rate> inverse = new TreeMap<>();
		hand.onOrBefore(userId, home, from, before)
			.ifPresent(found -> inverse.put(found.getKey(),
					Rate.inverse(from, home, found.getValue(), found.getKey(), Rate.Source.HAND)));
		hand.between(userId, home, from, start, end)
			.forEach((day, rate) -> inverse.put(day, Rate.inverse(from, home, rate, day, Rate.Source.HAND)));
		NavigableMap<LocalDate, Rate> ecb = new TreeMap<>();
		reference.onOrBefore(from, home, before).ifPresent(rate -> ecb.put(rate.day(), rate));
		ecb.putAll(reference.between(from, home, start, end));
		return new RateBook.Series(direct, inverse, ecb);
	}

	private static Rate typed(Currency from, Currency to, LocalDate day, BigDecimal rate) {
		return new Rate(from, to, rate, day, Rate.Source.HAND);
	}

}
