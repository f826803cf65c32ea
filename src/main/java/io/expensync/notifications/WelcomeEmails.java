package io.expensync.notifications;

import java.util.Map;

import io.expensync.users.AddressVerificationRequested;
import io.expensync.users.PasswordResetRequested;
import io.expensync.users.SignUpLinkRequested;
import io.expensync.users.SignUpRepeated;
import io.expensync.users.UserDeleting;
import io.expensync.users.UserService;
import io.expensync.users.UserView;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The emails about the account itself: the welcome with its link to confirm the address
 * (or that link alone, when asked for again), the password reset link, and the goodbye
 * when the account is deleted. Each is written in the transaction of its cause.
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
			emails.writeWithLink(Recipient.of(user), "welcome", "Welcome to ExpenSync", "mail/welcome",
					Map.of("name", user.name(), "link", open, "confirm", confirm), text);
		}
		else {
			String text = """
					Hello %s,

					Please confirm that %s is your address by opening this link (it works for 7 days):
					%s

					If you did not ask for this, you can ignore this email.
					""".formatted(user.name(), user.email(), confirm);
			emails.writeWithLink(Recipient.of(user), "verify-address", "Confirm your email address",
					"mail/verify-address", Map.of("name", user.name(), "email", user.email(), "confirm", confirm),
					text);
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
		emails.writeWithLink(Recipient.of(user), "password-reset", "Reset your ExpenSync password",
				"mail/password-reset", Map.of("name", user.name(), "reset", reset, "minutes", minutes), text);
	}

	@EventListener
	void on(SignUpLinkRequested request) {
		String finish = emails.link("/signup/finish?token=" + request.token());
		long hours = request.validFor().toHours();
		String text = """
				Hello %s,

				Welcome to ExpenSync. Open this link to make your account; it also confirms that this address is yours
				(the link works once, for %d hours):
				%s

				If you did not sign up, ignore this email: no account is made.
				""".formatted(request.name(), hours, finish);
		emails.writeWithLink(Recipient.address(request.email(), request.locale()), "sign-up-link",
				"Finish signing up to ExpenSync", "mail/sign-up-link",
				Map.of("name", request.name(), "finish", finish, "hours", hours), text);
	}

	@EventListener
	void on(SignUpRepeated repeated) {
		UserView user = users.get(repeated.userId());
		String signIn = emails.link("/login");
		String forgot = emails.link("/password/forgot");
		String text = """
				Hello %s,

				Someone, hopefully you, tried to sign up with this address, which already has an ExpenSync account.
				Nothing was changed.

				Sign in: %s
				Forgot your password? Choose a new one: %s

				If it was not you, ignore this email.
				""".formatted(user.name(), signIn, forgot);
		emails.write(Recipient.of(user), "sign-up-repeated", "You already have an ExpenSync account",
				"mail/sign-up-repeated", Map.of("name", user.name(), "signIn", signIn, "forgot", forgot), text);
	}

	/**
	 * Written without an owner, so that it outlives the user's rows; it says no more than
	 * that the account is gone, so whoever reads the address later learns nothing else.
	 */
	@EventListener
	void on(UserDeleting deleting) {
		UserView user = users.get(deleting.userId());
		String text = """
				Hello %s,

				Your ExpenSync account %s and all its data (accounts, transactions, budgets, receipts and the rest)
				were deleted just now, as you asked. We will not write to you again.

				If you did not delete it, someone knew your password: you can sign up again at %s
				""".formatted(user.name(), user.email(), emails.link("/signup"));
		emails.write(Recipient.leaving(user), "account-deleted", "Your ExpenSync account was deleted",
				"mail/account-deleted",
				Map.of("name", user.name(), "email", user.email(), "signup", emails.link("/signup")), text);
	}

}
