package io.expensync.recurring;

import java.time.Clock;
import java.util.UUID;
import java.util.stream.Collectors;

import io.expensync.accounts.AccountService;
import io.expensync.accounts.AccountView;
import io.expensync.users.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The schedules page: each schedule with its next dates, and pause, resume, skip the next
 * one, or end it.
 */
@Controller
class RecurringController {

	private final RecurringService recurring;

	private final AccountService accounts;

	private final Clock clock;

	RecurringController(RecurringService recurring, AccountService accounts, Clock clock) {
		this.recurring = recurring;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/recurring")
	String list(CurrentUser user, Model model) {
		model.addAttribute("schedules", recurring.list(user.id()));
		model.addAttribute("accountNames",
				accounts.list(user.id())
					.stream()
					.collect(Collectors.toMap(AccountView::id, AccountView::name, (a, b) -> a)));
		return "recurring/list";
	}

	@PostMapping("/recurring/{id}/pause")
	String pause(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		return done(redirect, "Paused \"%s\".", recurring.pause(user.id(), id));
	}

	@PostMapping("/recurring/{id}/resume")
	String resume(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		return done(redirect, "Resumed \"%s\".", recurring.resume(user.id(), id, user.today(clock)));
	}

	@PostMapping("/recurring/{id}/skip")
	String skip(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		return done(redirect, "Skipped the next \"%s\".", recurring.skipNext(user.id(), id));
	}

	@PostMapping("/recurring/{id}/end")
	String end(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		return done(redirect, "Ended \"%s\"; what it booked stays.", recurring.end(user.id(), id, user.today(clock)));
	}

	private static String done(RedirectAttributes redirect, String message, RecurringView schedule) {
		redirect.addFlashAttribute("success", message.formatted(schedule.title()));
		return "redirect:/recurring";
	}

}
