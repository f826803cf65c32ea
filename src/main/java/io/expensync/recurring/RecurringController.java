package io.expensync.recurring;

import java.time.Clock;
import java.util.UUID;

import io.expensync.accounts.AccountService;
import io.expensync.categories.CategoryService;
import io.expensync.users.CurrentUser;
import io.expensync.web.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The schedules page: each schedule with its next dates; change what it books or its
 * dates, pause, resume, skip the next one, or end it.
 */
@Controller
class RecurringController {

	private final RecurringService recurring;

	private final ScheduleChanges changes;

	private final AccountService accounts;

	private final CategoryService categories;

	private final Clock clock;

	RecurringController(RecurringService recurring, ScheduleChanges changes, AccountService accounts,
			CategoryService categories, Clock clock) {
		this.recurring = recurring;
		this.changes = changes;
		this.accounts = accounts;
		this.categories = categories;
		this.clock = clock;
	}

	/** Read in one read-only transaction: one connection for the page's three reads. */
	@GetMapping("/recurring")
	@Transactional(readOnly = true)
	String list(CurrentUser user, Model model) {
		model.addAttribute("schedules", recurring.list(user.id()));
		model.addAttribute("accountNames", accounts.names(user.id()));
		model.addAttribute("categories", categories.active(user.id()));
		model.addAttribute("intervals", RecurrenceInterval.values());
		return "recurring/list";
	}

	/** Changes what later occurrences book; a refused change comes back as a message. */
	@PostMapping("/recurring/{id}/edit")
	String change(CurrentUser user, @PathVariable UUID id, @ModelAttribute ScheduleText text,
			RedirectAttributes redirect) {
		try {
			return done(redirect, "Changed \"%s\" from its next occurrence on.", changes.change(user.id(), id, text));
		}
		catch (InvalidInputException ex) {
			return refused(redirect, ex);
		}
	}

	/**
	 * Changes how often and from when on the schedule repeats, and its end date (blank
	 * for none); a refused change comes back as a message.
	 */
	@PostMapping("/recurring/{id}/dates")
	String reschedule(CurrentUser user, @PathVariable UUID id, @ModelAttribute ScheduleTiming timing,
			RedirectAttributes redirect) {
		try {
			return done(redirect, "Changed the dates of \"%s\".",
					changes.reschedule(user.id(), id, timing, user.today(clock)));
		}
		catch (InvalidInputException ex) {
			return refused(redirect, ex);
		}
	}

	@PostMapping("/recurring/{id}/pause")
	String pause(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		return done(redirect, "Paused \"%s\".", changes.pause(user.id(), id));
	}

	@PostMapping("/recurring/{id}/resume")
	String resume(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		return done(redirect, "Resumed \"%s\".", changes.resume(user.id(), id, user.today(clock)));
	}

	@PostMapping("/recurring/{id}/skip")
	String skip(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		return done(redirect, "Skipped the next \"%s\".", changes.skipNext(user.id(), id));
	}

	@PostMapping("/recurring/{id}/end")
	String end(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		return done(redirect, "Ended \"%s\"; what it booked stays.", changes.end(user.id(), id, user.today(clock)));
	}

	private static String refused(RedirectAttributes redirect, InvalidInputException ex) {
		redirect.addFlashAttribute("error", ex.messagesInOneLine());
		return "redirect:/recurring";
	}

	private static String done(RedirectAttributes redirect, String message, RecurringView schedule) {
		redirect.addFlashAttribute("success", message.formatted(schedule.title()));
		return "redirect:/recurring";
	}

}
