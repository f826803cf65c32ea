package io.expensync.audit;

import java.time.Instant;

import io.expensync.web.RequestOrigin;
import org.jspecify.annotations.Nullable;

/** One entry of a user's audit log, as their Security activity page shows it. */
public record AuditEvent(Kind kind, @Nullable String detail, @Nullable String address, @Nullable String browser,
		Instant at) {

	/**
	 * The browser and system in a few words ("Firefox on Linux"); the whole header is
	 * kept.
	 */
	public @Nullable String browserName() {
		return (browser != null) ? RequestOrigin.browser(browser) : null;
	}

	/** What happened. */
	public enum Kind {

		SIGNED_IN("Signed in"), SIGN_IN_FAILED("Failed sign-in (wrong password or code)"),
		TWO_FACTOR_ON("Two-factor sign-in turned on"), TWO_FACTOR_OFF("Two-factor sign-in turned off"),
		RECOVERY_CODES_RENEWED("New recovery codes made"), RECOVERY_CODE_USED("Signed in with a recovery code"),
		SESSION_ENDED("A signed-in browser was signed out"), PASSKEY_ADDED("Passkey added"),
		PASSKEY_REMOVED("Passkey removed"), PASSWORD_CHANGED("Password changed"),
		PASSWORD_RESET("Password reset through an emailed link"), TRANSACTION_ADDED("Transaction added"),
		TRANSACTION_CHANGED("Transaction changed"), TRANSACTION_DELETED("Transaction deleted"),
		TRANSACTIONS_DELETED("Transactions deleted at once"), TRANSACTIONS_IMPORTED("Transactions imported"),
		ACCOUNT_RECONCILED("Account reconciled with a statement"), ACCOUNT_ADDED("Account added"),
		ACCOUNT_CHANGED("Account changed"), DEFAULT_ACCOUNT_SWITCHED("Default account switched"),
		ACCOUNT_DELETED("Account deleted with its transactions"), CATEGORY_ADDED("Category added"),
		CATEGORY_CHANGED("Category changed"), BUDGET_ADDED("Budget set"), BUDGET_CHANGED("Budget changed"),
		BUDGET_DELETED("Budget removed"), BUDGET_ACCOUNTS_CHANGED("Accounts counted towards budgets changed"),
		SCHEDULE_ADDED("Recurring transaction started"), SCHEDULE_CHANGED("Recurring transaction changed"),
		SCHEDULE_ENDED("Recurring transaction ended"), API_TOKEN_CREATED("API token created"),
		API_TOKEN_REVOKED("API token revoked");

		private final String description;

		Kind(String description) {
			this.description = description;
		}

		public String description() {
			return description;
		}

	}

}
