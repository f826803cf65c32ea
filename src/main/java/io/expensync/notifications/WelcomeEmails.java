package io.expensync.notifications;

import java.util.Map;

import io.expensync.users.AddressVerificationRequested;
import io.expensync.users.PasswordResetRequested;
import io.expensync.users.UserService;
import io.expensync.users.UserView;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The emails about the account itself: the welcome with its link to confirm the address
 * (or that link alone, when asked for again), and the password reset link. Each is
 * written in the transaction that stores its link's token.
 */
@Component
class WelcomeEmails {

	private final EmailWriter emails;

	private final UserService users;

	WelcomeEmails(EmailWriter emails, UserService users) {
		this.emails = emails;
		this.users = users;
	}

	@EventListener
	void on(AddressVerificationRequested request) {
		UserView user = users.get(request.userId());
		String confirm = emails.link("/verify?token=" + request.token());
		if (request.welcome()) {
			String open = emails.link("/dashboard");
			String text = """
					Hello %s,

					Welcome to ExpenSync. Start by adding the account you use every day; then record what comes in and
					goes out, set a monthly budget, and let recurring payments book themselves.

					Please confirm that this address is yours (the link works for 7 days):
					%s

					Open ExpenSync: %s
					""".formatted(user.name(), confirm, open);
			emails.write(user, "welcome", "Welcome to ExpenSync", "mail/welcome",
					Map.of("name", user.name(), "link", open, "confirm", confirm), text);
		}
		else {
			String text = """
					Hello %s,

					Please confirm that %s is your address by opening this link (it works for 7 days):
					%s

					If you did not ask for this, you can ignore this email.
					""".formatted(user.name(), user.email(), confirm);
			emails.write(user, "verify-address", "Confirm your email address", "mail/verify-address",
					Map.of("name", user.name(), "email", user.email(), "confirm", confirm), text);
		}
	}

	@EventListener
	void on(PasswordResetRequested request) {
		UserView user = users.get(request.userId());
		String reset = emails.link("/password/reset?token=" + request.token());
		long minutes = request.validFor().toMinutes();
		String text = """
				Hello %s,

				Someone, hopefully you, asked to reset the password of your ExpenSync account. Choose a new one here
				(the link works once, for %d minutes):
				%s

				If it was not you, ignore this email: your password stays as it is.
				""".formatted(user.name(), minutes, reset);
		emails.write(user, "password-reset", "Reset your ExpenSync password", "mail/password-reset",
				Map.of("name", user.name(), "reset", reset, "minutes", minutes), text);
	}

}
