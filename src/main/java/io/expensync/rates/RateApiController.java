package io.expensync.rates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import io.expensync.users.CurrentUser;
import io.expensync.web.InvalidInputException;
import io.expensync.web.InvalidInputException.Problem;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/rates}: {@code GET ?from=USD&to=EUR&date=2026-11-30} answers the rate
 * that counts on the date (today without one), from the day it was given on; {@code PUT}
 * with {@code {from, to, date, rate}} stores a rate typed in;
 * {@code DELETE ?from=&to=&date=} removes one.
 */
@RestController
@RequestMapping("/api/v1/rates")
class RateApiController {

	/**
	 * On {@code date}, 1 {@code from} is worth {@code rate} {@code to}, as given on
	 * {@code rateDate}.
	 */
	record RateResponse(String from, String to, LocalDate date, LocalDate rateDate, String rate, Rate.Source source) {

		static RateResponse of(Rate rate, LocalDate date) {
			return new RateResponse(rate.from().getCurrencyCode(), rate.to().getCurrencyCode(), date, rate.day(),
					rate.value().toPlainString(), rate.source());
		}

	}

	/** The pair asked for. */
	private record Pair(Currency from, Currency to) {
	}

	private final ExchangeRates rates;

	private final Clock clock;

	RateApiController(ExchangeRates rates, Clock clock) {
		this.rates = rates;
		this.clock = clock;
	}

	@GetMapping
	RateResponse rate(CurrentUser user, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
		Pair pair = pair(from, to, List.of());
		LocalDate day = (date != null) ? date : user.today(clock);
		return rates.rate(user.id(), pair.from(), pair.to(), day)
			.map(rate -> RateResponse.of(rate, day))
			.orElseThrow(() -> new RateNotFoundException(pair.from(), pair.to(), day));
	}

	@PutMapping
	RateResponse set(CurrentUser user, @RequestBody HandRateForm form) {
		Rate rate = rates.setByHand(user.id(), form);
		return RateResponse.of(rate, rate.day());
	}

	@DeleteMapping
	ResponseEntity<Void> delete(CurrentUser user, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
		Pair pair = pair(from, to,
				(date == null) ? List.of(new Problem("date", "Choose the day of the rate")) : List.of());
		// a missing date was refused with the pair
		rates.deleteByHand(user.id(), pair.from(), pair.to(), date);
		return ResponseEntity.noContent().build();
	}

	/** Both currencies, or a problem for each one missing or unknown (and the others). */
	private static Pair pair(@Nullable String from, @Nullable String to, List<Problem> others) {
		List<Problem> problems = new ArrayList<>();
		Currency base = HandRateRules.currency(problems, "from", from);
		Currency quote = HandRateRules.currency(problems, "to", to);
		problems.addAll(others);
		if (!problems.isEmpty() || base == null || quote == null) {
			throw new InvalidInputException(problems);
		}
		return new Pair(base, quote);
	}

}
