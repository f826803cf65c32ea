package io.expensync.notifications;

import io.expensync.users.UserRegistered;
import io.expensync.users.UserService;
import io.expensync.users.UserView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Writes the welcome email into the outbox, inside the sign-up transaction. */
@Component
class WelcomeEmails {

	private final Outbox outbox;

	private final UserService users;

	private final ITemplateEngine templates;

	private final String baseUrl;

	WelcomeEmails(Outbox outbox, UserService users, ITemplateEngine templates,
			@Value("${expensync.base-url:http://localhost:8080}") String baseUrl) {
		this.outbox = outbox;
		this.users = users;
		this.templates = templates;
		this.baseUrl = baseUrl;
	}

	@EventListener
	void on(UserRegistered registered) {
		UserView user = users.get(registered.userId());
		String link = baseUrl + "/dashboard";
		Context context = new Context(user.profile().locale());
		context.setVariable("name", user.name());
		context.setVariable("link", link);
		String html = templates.process("mail/welcome", context);
		String text = """
				Hello %s,

				Welcome to ExpenSync. Start by adding the account you use every day; then record what comes in and
				goes out, set a monthly budget, and let recurring payments book themselves.

				Open ExpenSync: %s
				""".formatted(user.name(), link);
		outbox.queue(user.id(), user.email(), "Welcome to ExpenSync", html, text, "welcome");
	}

}
