package io.expensync.notifications;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.expensync.users.CredentialsChanged;
import io.expensync.users.CredentialsChanged.SignOut;
import io.expensync.users.UserService;
import io.expensync.users.UserView;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the user by email when how they sign in changed (password changed or reset,
 * two-factor sign-in turned on or off, new recovery codes): when, from which browser and
 * address, and what to do if it was not them. Written in the changing transaction, so the
 * email goes exactly when the change is kept.
 */
@Component
class SignInChangeEmails {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private final EmailWriter emails;

	private final UserService users;

	SignInChangeEmails(EmailWriter emails, UserService users) {
		this.emails = emails;
		this.users = users;
	}

	@EventListener
	void on(CredentialsChanged changed) {
		UserView user = users.get(changed.userId());
		String subject = switch (changed.change()) {
			case PASSWORD_CHANGED -> "Your ExpenSync password was changed";
			case PASSWORD_RESET -> "Your ExpenSync password was reset";
			case TWO_FACTOR_ON -> "Two-factor sign-in was turned on";
			case TWO_FACTOR_OFF -> "Two-factor sign-in was turned off";
			case RECOVERY_CODES_RENEWED -> "New recovery codes were made";
		};
		String what = switch (changed.change()) {
			case PASSWORD_CHANGED -> "The password of your ExpenSync account was changed";
			case PASSWORD_RESET -> "The password of your ExpenSync account was reset through an emailed link";
			case TWO_FACTOR_ON -> "Two-factor sign-in was turned on for your ExpenSync account";
			case TWO_FACTOR_OFF -> "Two-factor sign-in was turned off for your ExpenSync account";
			case RECOVERY_CODES_RENEWED ->
				"New recovery codes were made for your ExpenSync account, and the old ones no longer work";
		};
		String happened = "%s on %s (%s)%s.".formatted(what, WHEN.format(changed.at().atZone(user.profile().zone())),
				user.profile().zone().getId(),
				(changed.origin() != null) ? " from " + changed.origin().describe() : "");
		String signedOut = switch (changed.change().signOut()) {
			case OTHER_BROWSERS -> "Every other browser signed in to your account was signed out.";
			case EVERY_BROWSER -> "Every browser signed in to your account was signed out.";
			case NONE -> "";
		};
		String reset = emails.link("/password/forgot");
		String activity = emails.link("/activity");
		String summary = signedOut.isEmpty() ? happened : happened + " " + signedOut;
		String text = """
				Hello %s,

				%s

				If this was not you, someone else can get into your account: choose a new password at once
				(%s), which signs out every browser, and see what else was done on your Activity page:
				%s
				""".formatted(user.name(), summary, reset, activity);
		Map<String, Object> variables = new HashMap<>();
		variables.put("name", user.name());
		variables.put("happened", happened);
		variables.put("signedOut", signedOut);
		variables.put("reset", reset);
		variables.put("activity", activity);
		emails.write(Recipient.of(user),
				"security-" + changed.change().name().toLowerCase(Locale.ROOT).replace('_', '-'), subject,
				"mail/sign-in-changed", variables, text);
	}

}
