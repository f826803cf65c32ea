package io.expensync.notifications;

import java.util.Map;

import io.expensync.users.UserRegistered;
import io.expensync.users.UserService;
import io.expensync.users.UserView;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes the welcome email into the outbox, inside the sign-up transaction. */
@Component
class WelcomeEmails {

	private final EmailWriter emails;

	private final UserService users;

	WelcomeEmails(EmailWriter emails, UserService users) {
		this.emails = emails;
		this.users = users;
	}

	@EventListener
	void on(UserRegistered registered) {
		UserView user = users.get(registered.userId());
		String link = emails.link("/dashboard");
		String text = """
				Hello %s,

				Welcome to ExpenSync. Start by adding the account you use every day; then record what comes in and
				goes out, set a monthly budget, and let recurring payments book themselves.

				Open ExpenSync: %s
				""".formatted(user.name(), link);
		emails.write(user, "welcome", "Welcome to ExpenSync", "mail/welcome", Map.of("name", user.name(), "link", link),
				text);
	}

}
