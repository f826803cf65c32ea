package io.expensync.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.expensync.accounts.AccountView;
import io.expensync.apitokens.ApiTokenView;
import io.expensync.audit.AuditEvent;
import io.expensync.budgets.BudgetProgress;
import io.expensync.categories.CategoryView;
import io.expensync.money.Money;
import io.expensync.notifications.EmailSummary;
import io.expensync.rates.Rate;
import io.expensync.receipts.ReceiptUploads.DigestedReceipt;
import io.expensync.receipts.ScannedFields;
import io.expensync.recurring.BookedOccurrence;
import io.expensync.recurring.RecurringView;
import io.expensync.reports.MonthlyReportView;
import io.expensync.transactions.Reconciliations;
import io.expensync.transactions.TransactionView;
import io.expensync.users.UserView;
import org.jspecify.annotations.Nullable;

/**
 * The records of the export file, one per kind of data: only what the user may see of
 * their own data (never a password or token hash), amounts as decimal strings beside
 * their currency.
 */
final class Exported {

	private Exported() {
	}

	static String plain(Money money) {
		return money.amount().toPlainString();
	}

	record Profile(UUID id, String email, String name, String currency, String timezone, String locale, String role,
			boolean emailVerified, boolean monthlyReportEmail, Instant createdAt, Instant updatedAt) {

		static Profile of(UserView user) {
			return new Profile(user.id(), user.email(), user.name(), user.profile().currency().getCurrencyCode(),
					user.profile().zone().getId(), user.profile().locale().toLanguageTag(), user.role().name(),
					user.emailVerified(), user.monthlyReportEmail(), user.createdAt(), user.updatedAt());
		}
	}

	record Account(UUID id, String name, String type, String balance, String openingBalance, String currency,
			boolean isDefault, Instant createdAt, Instant updatedAt) {

		static Account of(AccountView account) {
			return new Account(account.id(), account.name(), account.type().name(), plain(account.balance()),
					plain(account.openingBalance()), account.currency().getCurrencyCode(), account.isDefault(),
					account.createdAt(), account.updatedAt());
		}
	}

	record Category(String key, String name, String type, String colour, String icon, boolean archived) {

		static Category of(CategoryView category) {
			return new Category(category.key(), category.name(), category.type().name(), category.colour(),
					category.icon(), category.archived());
		}
	}

	/**
	 * A budget as set: its amount and alert thresholds (this month's spending is not
	 * data).
	 */
	record Budget(String scope, String amount, String currency, List<Integer> thresholds) {

		static Budget of(BudgetProgress budget) {
			return new Budget(budget.scope(), plain(budget.budget()), budget.budget().currency().getCurrencyCode(),
					budget.thresholds());
		}
	}

	record Schedule(UUID id, String interval, int every, LocalDate anchor, @Nullable LocalDate until,
			@Nullable LocalDate nextDue, boolean paused, String type, String amount, String currency,
			@Nullable String description, @Nullable String category, @Nullable String merchant, UUID accountId,
			@Nullable UUID toAccountId, List<BookedOccurrence> occurrences) {

		static Schedule of(RecurringView rule, List<BookedOccurrence> occurrences) {
			return new Schedule(rule.id(), rule.interval().name(), rule.every(), rule.anchor(), rule.until(),
					rule.nextDue(), rule.paused(), rule.type().name(), plain(rule.amount()),
					rule.amount().currency().getCurrencyCode(), rule.description(), rule.category(), rule.merchant(),
					rule.accountId(), rule.toAccountId(), occurrences);
		}
	}

	record Report(YearMonth month, String currency, String income, String expenses, String net, long transactions,
			String previousIncome, String previousExpenses, List<ReportLine> categories, List<ReportLine> merchants,
			List<ReportBudget> budgets, List<String> insights, @Nullable String summary, @Nullable String summaryModel,
			@Nullable Instant createdAt) {

		static Report of(MonthlyReportView report) {
			MonthlyReportView.Details details = report.details();
			return new Report(report.month(), report.income().currency().getCurrencyCode(), plain(report.income()),
					plain(report.expenses()), plain(report.net()), report.transactions(),
					plain(details.previousIncome()), plain(details.previousExpenses()),
					details.categories()
						.stream()
						.map(line -> new ReportLine(line.name(), null, plain(line.amount()), plain(line.previous())))
						.toList(),
					details.merchants()
						.stream()
						.map(line -> new ReportLine(line.name(), line.count(), plain(line.amount()), null))
						.toList(),
					details.budgets()
						.stream()
						.map(line -> new ReportBudget(line.name(), plain(line.budget()), plain(line.spent())))
						.toList(),
					details.insights(), (report.summary() != null) ? report.summary().text() : null,
					(report.summary() != null) ? report.summary().model() : null, report.createdAt());
		}
	}

	/**
	 * A category (with last month's amount) or a merchant (with how often) of a report.
	 */
	record ReportLine(String name, @Nullable Long count, String amount, @Nullable String previous) {
	}

	record ReportBudget(String name, String budget, String spent) {
	}

	record Receipt(UUID id, String fileName, String contentType, long size, String sha256, String status,
			@Nullable ScannedFields fields, @Nullable String message, @Nullable UUID transactionId, Instant createdAt) {

		static Receipt of(DigestedReceipt digested) {
			var receipt = digested.receipt();
			return new Receipt(receipt.id(), receipt.fileName(), receipt.contentType(), receipt.size(),
					digested.sha256(), receipt.status().name(), receipt.fields(), receipt.message(),
					receipt.transactionId(), receipt.createdAt());
		}
	}

	record Email(String subject, String kind, String state, Instant createdAt, @Nullable Instant sentAt) {

		static Email of(EmailSummary email) {
			return new Email(email.subject(), email.kind(), email.status(), email.createdAt(), email.sentAt());
		}
	}

	/**
	 * An entry of the audit log: when, what (its kind, and the words the Activity page
	 * shows for it), the details, and from which address and browser.
	 */
	record ApiToken(UUID id, String name, Instant createdAt, @Nullable Instant lastUsedAt,
			@Nullable Instant expiresAt) {

		static ApiToken of(ApiTokenView token) {
			return new ApiToken(token.id(), token.name(), token.createdAt(), token.lastUsedAt(), token.expiresAt());
		}
	}

	record AuditEntry(Instant at, String kind, String description, @Nullable String detail, @Nullable String address,
			@Nullable String browser) {

		static AuditEntry of(AuditEvent event) {
			return new AuditEntry(event.at(), event.kind().name(), event.kind().description(), event.detail(),
					event.address(), event.browser());
		}
	}

	/** One part of a split transaction. */
	record Part(@Nullable String category, String amount, @Nullable String description) {
	}

	/**
	 * A rate the user typed in: on {@code date}, 1 {@code from} = {@code rate}
	 * {@code to}.
	 */
	record HandRate(String from, String to, LocalDate date, String rate) {

		static HandRate of(Rate rate) {
			return new HandRate(rate.from().getCurrencyCode(), rate.to().getCurrencyCode(), rate.day(),
					rate.value().toPlainString());
		}
	}

	record Reconciliation(UUID accountId, LocalDate statementDate, String closingBalance, String currency,
			int transactions, @Nullable String adjustment, Instant at) {

		static Reconciliation of(Reconciliations.PastOf past) {
			Reconciliations.Past reconciliation = past.reconciliation();
			return new Reconciliation(past.accountId(), reconciliation.statementDate(),
					plain(reconciliation.closingBalance()),
					reconciliation.closingBalance().currency().getCurrencyCode(), reconciliation.transactions(),
					(reconciliation.adjustment() != null) ? plain(reconciliation.adjustment()) : null,
					reconciliation.at());
		}
	}

	record Transaction(UUID id, String type, String amount, String currency, LocalDate date,
			@Nullable String description, @Nullable String category, @Nullable String merchant, @Nullable String notes,
			UUID accountId, @Nullable UUID toAccountId, @Nullable UUID recurringId, List<String> tags, String status,
			@Nullable String toStatus, List<Part> splits, @Nullable String toAmount, @Nullable String toCurrency,
			@Nullable String originalAmount, @Nullable String originalCurrency, Instant createdAt, Instant updatedAt) {

		static Transaction of(TransactionView transaction) {
			Money received = transaction.toAmount();
			Money original = transaction.originalAmount();
			return new Transaction(transaction.id(), transaction.type().name(), plain(transaction.amount()),
					transaction.amount().currency().getCurrencyCode(), transaction.date(), transaction.description(),
					transaction.category(), transaction.merchant(), transaction.notes(), transaction.accountId(),
					transaction.toAccountId(), transaction.recurringRuleId(), transaction.tags(),
					transaction.status().name(),
					(transaction.toStatus() != null) ? transaction.toStatus().name() : null,
					transaction.splits()
						.stream()
						.map((part) -> new Part(part.category(),
								plain(Money.of(Objects.requireNonNull(part.amount()), transaction.amount().currency())),
								part.description()))
						.toList(),
					(received != null) ? plain(received) : null,
					(received != null) ? received.currency().getCurrencyCode() : null,
					(original != null) ? plain(original) : null,
					(original != null) ? original.currency().getCurrencyCode() : null, transaction.createdAt(),
					transaction.updatedAt());
		}
	}

}
