package io.expensync.notifications;

import java.util.UUID;

import io.expensync.users.CurrentUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The in-app mailbox: emails as they were written to the outbox, with their delivery
 * state. For admins (all emails) and, in development mode, for everyone (their own); to
 * anyone else it does not exist.
 */
@Controller
class MailboxController {

	private final Outbox outbox;

	private final boolean devMode;

	MailboxController(Outbox outbox, @Value("${expensync.dev-mode:false}") boolean devMode) {
		this.outbox = outbox;
		this.devMode = devMode;
	}

	@GetMapping("/mailbox")
	String mailbox(CurrentUser user, Model model) {
		allowed(user);
		model.addAttribute("emails", outbox.mailbox(user));
		return "notifications/mailbox";
	}

	@GetMapping("/mailbox/{id}")
	String email(CurrentUser user, @PathVariable UUID id, Model model) {
		allowed(user);
		model.addAttribute("email", outbox.read(user, id));
		return "notifications/email";
	}

	private void allowed(CurrentUser user) {
		if (!user.isAdmin() && !devMode) {
			throw new Outbox.EmailNotFoundException(user.id());
		}
	}

}
