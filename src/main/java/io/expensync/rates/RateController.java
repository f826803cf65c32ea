package io.expensync.rates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import io.expensync.accounts.AccountService;
import io.expensync.accounts.AccountView;
import io.expensync.users.CurrentUser;
import io.expensync.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rates page: today's rate into the user's currency for the currencies of their
 * accounts, the rates they typed in with a form to add one, and removing one.
 */
@Controller
class RateController {

	/** A currency of the user's accounts and its rate into theirs today, if known. */
	record Today(Currency currency, Optional<Rate> rate) {
	}

	private final ExchangeRates rates;

	private final AccountService accounts;

	private final Clock clock;

	RateController(ExchangeRates rates, AccountService accounts, Clock clock) {
		this.rates = rates;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/rates")
	String list(CurrentUser user, Model model) {
		model.addAttribute("form",
				new HandRateForm(null, user.currency().getCurrencyCode(), user.today(clock).toString(), null));
		return page(user, model);
	}

	@PostMapping("/rates")
	String add(CurrentUser user, @ModelAttribute("form") HandRateForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			Rate rate = rates.setByHand(user.id(), form);
			redirect.addFlashAttribute("success", "Saved: on %s, 1 %s = %s %s.".formatted(rate.day(),
					rate.from().getCurrencyCode(), rate.value().toPlainString(), rate.to().getCurrencyCode()));
			return "redirect:/rates";
		}
		catch (InvalidInputException ex) {
			ex.rejectIn(result);
		}
		return page(user, model);
	}

	@PostMapping("/rates/delete")
	String delete(CurrentUser user, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String date,
			RedirectAttributes redirect) {
		List<InvalidInputException.Problem> problems = new ArrayList<>();
		Currency base = HandRateRules.currency(problems, "from", from);
		Currency quote = HandRateRules.currency(problems, "to", to);
		LocalDate day = day(date);
		if (base == null || quote == null || day == null) {
			redirect.addFlashAttribute("error", "That is not one of your rates.");
			return "redirect:/rates";
		}
		try {
			rates.deleteByHand(user.id(), base, quote, day);
			redirect.addFlashAttribute("success",
					"Removed your %s/%s rate of %s.".formatted(base.getCurrencyCode(), quote.getCurrencyCode(), day));
		}
		catch (RateNotFoundException ex) {
			redirect.addFlashAttribute("error", "That rate was removed already.");
		}
		return "redirect:/rates";
	}

	private String page(CurrentUser user, Model model) {
		model.addAttribute("handRates", rates.byHand(user.id()));
		model.addAttribute("today", today(user));
		model.addAttribute("home", user.currency().getCurrencyCode());
		return "rates/list";
	}

	/** Each currency of the user's accounts other than theirs, with today's rate. */
	private List<Today> today(CurrentUser user) {
		TreeSet<String> codes = new TreeSet<>();
		for (AccountView account : accounts.list(user.id())) {
			codes.add(account.currency().getCurrencyCode());
		}
		codes.remove(user.currency().getCurrencyCode());
		return codes.stream()
			.map(Currency::getInstance)
			.map(currency -> new Today(currency, rates.latest(user.id(), currency, user.currency())))
			.toList();
	}

	private static @Nullable LocalDate day(@Nullable String text) {
		try {
			return (text != null) ? LocalDate.parse(text.strip()) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
