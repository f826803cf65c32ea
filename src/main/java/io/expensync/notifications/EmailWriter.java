package io.expensync.notifications;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders an email's HTML from its template in the recipient's language and puts it, with
 * its text part, in the outbox.
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

	/** Puts the email in the outbox, its HTML written in the recipient's language. */
	void write(Recipient to, String kind, String subject, String template, Map<String, Object> variables, String text) {
		outbox.queue(to.owner(), to.address(), subject, html(to, template, variables), text, kind);
	}

	/**
	 * The same, for an email with a one-time link (to confirm the address, to reset the
	 * password, to finish signing up): kept until it is delivered, and shown to nobody
	 * but its recipient.
	 */
	void writeWithLink(Recipient to, String kind, String subject, String template, Map<String, Object> variables,
			String text) {
		outbox.queueWithLink(to.owner(), to.address(), subject, html(to, template, variables), text, kind);
	}

	private String html(Recipient to, String template, Map<String, Object> variables) {
		return templates.process(template, new Context(to.locale(), variables));
	}

}
