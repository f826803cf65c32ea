package io.expensync.notifications;

import java.util.Locale;
import java.util.Map;

import io.expensync.users.UserView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders an email's HTML from its template in the user's locale and puts it, with its
 * text part, in the outbox.
 */
@Component
class EmailWriter {

	private final Outbox outbox;

	private final ITemplateEngine templates;

	private final String baseUrl;

	EmailWriter(Outbox outbox, ITemplateEngine templates,
			@Value("${expensync.base-url:http://localhost:8080}") String baseUrl) {
		this.outbox = outbox;
		this.templates = templates;
		this.baseUrl = baseUrl;
	}

	/** An absolute link into the app, for emails. */
	String link(String path) {
		return baseUrl + path;
	}

	/**
	 * The same, but owned by no user: the goodbye email to a user being deleted, which
	 * their row's deletion must not take along.
	 */
	void writeUnowned(UserView user, String kind, String subject, String template, Map<String, Object> variables,
			String text) {
		Context context = new Context(user.profile().locale(), variables);
		outbox.queue(null, user.email(), subject, templates.process(template, context), text, kind);
	}

	void write(UserView user, String kind, String subject, String template, Map<String, Object> variables,
			String text) {
		Context context = new Context(user.profile().locale(), variables);
		outbox.queue(user.id(), user.email(), subject, templates.process(template, context), text, kind);
	}

	/**
	 * The same, for an email with a one-time link (to confirm the address, to reset the
	 * password): kept until it is delivered, and shown to nobody but its recipient.
	 */
	void writeWithLink(UserView user, String kind, String subject, String template, Map<String, Object> variables,
			String text) {
		Context context = new Context(user.profile().locale(), variables);
		outbox.queueWithLink(user.id(), user.email(), subject, templates.process(template, context), text, kind);
	}

	/**
	 * An email with a one-time link to an address that has no account yet (to finish
	 * signing up): owned by nobody, kept until it is delivered.
	 */
	void writeWithLinkTo(String address, Locale locale, String kind, String subject, String template,
			Map<String, Object> variables, String text) {
		outbox.queueWithLink(null, address, subject, templates.process(template, new Context(locale, variables)), text,
				kind);
	}

}
