package io.expensync.notifications;

import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.expensync.money.MoneyFormatter;
import io.expensync.reports.MonthlyReportReady;
import io.expensync.reports.MonthlyReportView;
import io.expensync.reports.MonthlyReportView.Summary;
import io.expensync.users.UserService;
import io.expensync.users.UserView;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the monthly report email into the outbox in the transaction that stores the
 * report: totals, what stood out, the top categories and a link to the whole report.
 */
@Component
class MonthlyReportEmails {

	static final int CATEGORIES = 5;

	private final EmailWriter emails;

	private final UserService users;

	MonthlyReportEmails(EmailWriter emails, UserService users) {
		this.emails = emails;
		this.users = users;
	}

	@EventListener
	void on(MonthlyReportReady ready) {
		MonthlyReportView report = ready.report();
		UserView user = users.get(report.userId());
		Locale locale = user.profile().locale();
		String month = report.month().getMonth().getDisplayName(TextStyle.FULL, locale) + " "
				+ report.month().getYear();
		String income = MoneyFormatter.format(report.income(), locale);
		String expenses = MoneyFormatter.format(report.expenses(), locale);
		String net = MoneyFormatter.formatSigned(report.net(), locale);
		List<List<String>> categories = report.details()
			.categories()
			.stream()
			.filter(line -> line.amount().isPositive())
			.limit(CATEGORIES)
			.map(line -> List.of(line.name(), MoneyFormatter.format(line.amount(), locale)))
			.toList();
		String link = emails.link("/reports/" + report.month());
		String settings = emails.link("/reports");
		String text = """
				Hello %s,

				Here is how %s went.
				Income: %s
				Spending: %s
				Net: %s

				What stood out:
				%s%s

				Where the money went:
				%s

				See the whole report: %s
				Stop these emails: %s (your reports stay in the app)
				""".formatted(user.name(), month, income, expenses, net, summary(report),
				report.details().insights().stream().map(line -> "- " + line).collect(Collectors.joining("\n")),
				categories.stream()
					.map(line -> "- " + line.get(0) + ": " + line.get(1))
					.collect(Collectors.joining("\n")),
				link, settings);
		Map<String, Object> model = new HashMap<>(Map.of("name", user.name(), "month", month, "income", income,
				"expenses", expenses, "net", net, "negative", report.net().isNegative(), "insights",
				report.details().insights(), "categories", categories, "link", link, "settings", settings));
		model.put("summary", report.summary());
		emails.write(Recipient.of(user), "monthly-report", "Your " + month + " report: " + expenses + " spent",
				"mail/monthly-report", model, text);
	}

	/** The AI provider's paragraph, when the report has one, before the insights. */
	private static String summary(MonthlyReportView report) {
		Summary summary = report.summary();
		return (summary == null) ? "" : summary.text() + "\n(Summary written by " + summary.model()
				+ " from the points below, which ExpenSync worked out.)\n";
	}

}
