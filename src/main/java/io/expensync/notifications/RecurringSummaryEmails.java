package io.expensync.notifications;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.expensync.money.MoneyFormatter;
import io.expensync.recurring.RecurringSummary;
import io.expensync.transactions.TransactionType;
import io.expensync.users.UserService;
import io.expensync.users.UserView;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the daily summary of booked recurring transactions into the outbox, in the
 * transaction that marks them as told: date, title and amount of each (money in with +,
 * out with −, transfers without a sign).
 */
@Component
class RecurringSummaryEmails {

	private final EmailWriter emails;

	private final UserService users;

	RecurringSummaryEmails(EmailWriter emails, UserService users) {
		this.emails = emails;
		this.users = users;
	}

	@EventListener
	void on(RecurringSummary summary) {
		UserView user = users.get(summary.userId());
		Locale locale = user.profile().locale();
		DateTimeFormatter dates = DateTimeFormatter.ofPattern("EEE d MMM", locale);
		List<List<String>> lines = summary.lines()
			.stream()
			.map(line -> List.of(dates.format(line.date()), line.title(), amount(line, locale),
					line.type() == TransactionType.INCOME ? "in" : "out"))
			.toList();
		int count = lines.size();
		String subject = count == 1 ? "1 recurring transaction booked: " + summary.lines().get(0).title()
				: count + " recurring transactions booked";
		String intro = count == 1 ? "Your schedules booked this transaction since the last summary:"
				: "Your schedules booked these " + count + " transactions since the last summary:";
		String link = emails.link("/recurring");
		String text = """
				Hello %s,

				%s
				%s

				See your schedules: %s
				""".formatted(user.name(), intro,
				lines.stream()
					.map(line -> "- " + line.get(0) + "  " + line.get(1) + "  " + line.get(2))
					.collect(Collectors.joining("\n")),
				link);
		emails.write(Recipient.of(user), "recurring-summary", subject, "mail/recurring-summary",
				Map.of("name", user.name(), "subject", subject, "intro", intro, "lines", lines, "link", link), text);
	}

	private static String amount(RecurringSummary.Line line, Locale locale) {
		return switch (line.type()) {
			case INCOME -> MoneyFormatter.formatSigned(line.amount(), locale);
			case EXPENSE -> MoneyFormatter.formatSigned(line.amount().negate(), locale);
			case TRANSFER -> MoneyFormatter.format(line.amount(), locale);
		};
	}

}
