package io.expensync.notifications;

import java.util.Locale;

import io.expensync.budgets.BudgetThresholdCrossed;
import io.expensync.money.MoneyFormatter;
import io.expensync.users.UserView;
import io.expensync.users.UserService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes the budget alert email into the outbox, in the transaction that records the
 * alert, with exact amounts in the user's currency and locale, the percentage, what is
 * left and a link to the budgets.
 */
@Component
class BudgetAlertEmails {

	private final Outbox outbox;

	private final UserService users;

	private final ITemplateEngine templates;

	private final String baseUrl;

	BudgetAlertEmails(Outbox outbox, UserService users, ITemplateEngine templates,
			@Value("${expensync.base-url:http://localhost:8080}") String baseUrl) {
		this.outbox = outbox;
		this.users = users;
		this.templates = templates;
		this.baseUrl = baseUrl;
	}

	@EventListener
	void on(BudgetThresholdCrossed alert) {
		UserView user = users.get(alert.userId());
		Locale locale = user.profile().locale();
		String what = alert.categoryName() == null ? "your monthly budget" : "your " + alert.categoryName() + " budget";
		String monthName = alert.month().getMonth().getDisplayName(java.time.format.TextStyle.FULL, locale) + " "
				+ alert.month().getYear();
		String spent = MoneyFormatter.format(alert.spent(), locale);
		String budget = MoneyFormatter.format(alert.budget(), locale);
		String left = alert.remaining().isNegative()
				? MoneyFormatter.format(alert.remaining().negate(), locale) + " over"
				: MoneyFormatter.format(alert.remaining(), locale) + " left";
		String link = baseUrl + "/budgets";
		String subject = "Budget alert: %s%% of %s used in %s".formatted(alert.percentUsed(), what, monthName);
		Context context = new Context(locale);
		context.setVariable("name", user.name());
		context.setVariable("what", what);
		context.setVariable("month", monthName);
		context.setVariable("threshold", alert.threshold());
		context.setVariable("percent", alert.percentUsed());
		context.setVariable("spent", spent);
		context.setVariable("budget", budget);
		context.setVariable("left", left);
		context.setVariable("link", link);
		String html = templates.process("mail/budget-alert", context);
		String text = """
				Hello %s,

				In %s you have spent %s of %s: %s%% of %s (you asked to hear at %d%%). %s.

				See your budgets: %s
				""".formatted(user.name(), monthName, spent, budget, alert.percentUsed(), what, alert.threshold(), left,
				link);
		outbox.queue(user.id(), user.email(), subject, html, text, "budget-alert");
	}

}
