package io.expensync.notifications;

import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

import io.expensync.budgets.BudgetThresholdCrossed;
import io.expensync.money.MoneyFormatter;
import io.expensync.users.UserService;
import io.expensync.users.UserView;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the budget alert email into the outbox, in the transaction that records the
 * alert, with exact amounts in the user's currency and locale, the percentage, what is
 * left and a link to the budgets.
 */
@Component
class BudgetAlertEmails {

	private final EmailWriter emails;

	private final UserService users;

	BudgetAlertEmails(EmailWriter emails, UserService users) {
		this.emails = emails;
		this.users = users;
	}

	@EventListener
	void on(BudgetThresholdCrossed alert) {
		UserView user = users.get(alert.userId());
		Locale locale = user.profile().locale();
		String what = alert.categoryName() == null ? "your monthly budget" : "your " + alert.categoryName() + " budget";
		String monthName = alert.month().getMonth().getDisplayName(TextStyle.FULL, locale) + " "
				+ alert.month().getYear();
		String spent = MoneyFormatter.format(alert.spent(), locale);
		String budget = MoneyFormatter.format(alert.budget(), locale);
		String left = alert.remaining().isNegative()
				? MoneyFormatter.format(alert.remaining().negate(), locale) + " over"
				: MoneyFormatter.format(alert.remaining(), locale) + " left";
		String link = emails.link("/budgets");
		String subject = "Budget alert: %s%% of %s used in %s".formatted(alert.percentUsed(), what, monthName);
		String text = """
				Hello %s,

				In %s you have spent %s of %s: %s%% of %s (you asked to hear at %d%%). %s.

				See your budgets: %s
				""".formatted(user.name(), monthName, spent, budget, alert.percentUsed(), what, alert.threshold(), left,
				link);
		emails.write(Recipient.of(user), "budget-alert", subject, "mail/budget-alert",
				Map.of("name", user.name(), "what", what, "month", monthName, "threshold", alert.threshold(), "percent",
						alert.percentUsed(), "spent", spent, "budget", budget, "left", left, "link", link),
				text);
	}

}
