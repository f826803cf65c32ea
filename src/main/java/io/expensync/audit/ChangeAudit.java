package io.expensync.audit;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import io.expensync.accounts.AccountService;
import io.expensync.accounts.AccountView;
import io.expensync.audit.AuditEvent.Kind;
import io.expensync.transactions.TransactionChanged;
import io.expensync.transactions.AccountReconciled;
import io.expensync.transactions.TransactionView;
import io.expensync.transactions.TransactionsAdded;
import io.expensync.transactions.TransactionsRemoved;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logs changes to the user's transactions: what was added or deleted, and for a change,
 * each field that changed as old → new. Heard inside the changing database transaction,
 * so the entry is kept exactly when the change is.
 */
@Component
class ChangeAudit {

	private final AuditLog log;

	private final AccountService accounts;

	ChangeAudit(AuditLog log, AccountService accounts) {
		this.log = log;
		this.accounts = accounts;
	}

	@EventListener
	void transactionChanged(TransactionChanged change) {
		TransactionView before = change.before();
		TransactionView after = change.after();
		if (before == null && after != null) {
			log.record(change.userId(), Kind.TRANSACTION_ADDED, describe(after));
		}
		else if (before != null && after == null) {
			log.record(change.userId(), Kind.TRANSACTION_DELETED, describe(before));
		}
		else if (before != null) {
			Changes<TransactionView> changes = differences(change.userId(), before, after);
			if (!changes.none()) {
				log.record(change.userId(), Kind.TRANSACTION_CHANGED, changes.of(before.title()));
			}
		}
	}

	@EventListener
	void accountReconciled(AccountReconciled reconciled) {
		log.record(reconciled.userId(), Kind.ACCOUNT_RECONCILED,
				"%s to the statement of %s: %d transaction(s), closing balance %s%s".formatted(
						accounts.names(reconciled.userId()).get(reconciled.accountId()), reconciled.statementDate(),
						reconciled.count(), Changes.money(reconciled.closingBalance()),
						(reconciled.adjustment() != null) ? ", adjustment " + Changes.money(reconciled.adjustment())
								: ""));
	}

	@EventListener
	void transactionsRemoved(TransactionsRemoved removed) {
		log.record(removed.userId(), Kind.TRANSACTIONS_DELETED,
				"%d transaction(s) dated %s to %s".formatted(removed.count(), removed.earliest(), removed.latest()));
	}

	@EventListener
	void transactionsAdded(TransactionsAdded added) {
		log.record(added.userId(), Kind.TRANSACTIONS_IMPORTED,
				"%d transaction(s) dated %s to %s into %s".formatted(added.count(), added.earliest(), added.latest(),
						accounts.names(added.userId()).get(added.accountId())));
	}

	static String describe(TransactionView transaction) {
		return "%s %s on %s: %s%s".formatted(type(transaction), Changes.money(transaction.amount()), transaction.date(),
				transaction.title(), transaction.reconciled() ? " (reconciled)" : "");
	}

	private Changes<TransactionView> differences(UUID userId, TransactionView before, TransactionView after) {
		Changes<TransactionView> changes = Changes.between(before, after)
			.field("Type", ChangeAudit::type)
			.field("Amount", view -> Changes.money(view.amount()))
			.field("Amount that arrived", view -> (view.toAmount() != null) ? Changes.money(view.toAmount()) : null)
			.field("Original amount",
					view -> (view.originalAmount() != null) ? Changes.money(view.originalAmount()) : null)
			.field("Date", view -> String.valueOf(view.date()))
			.field("Description", TransactionView::description)
			.field("Category", TransactionView::category)
			.field("Merchant", TransactionView::merchant)
			.field("Notes", TransactionView::notes)
			.field("Tags", view -> view.tags().isEmpty() ? null : String.join(", ", view.tags()))
			.field("Split",
					view -> view.splits()
						.stream()
						.map((part) -> part.category() + " " + part.amount().toPlainString())
						.reduce((one, other) -> one + ", " + other)
						.orElse(null))
			.field("Status", view -> view.status().label())
			.field("Status on the receiving account",
					view -> (view.toStatus() != null) ? view.toStatus().label() : null);
		// names are looked up only for an account that changed
		if (!before.accountId().equals(after.accountId())) {
			changes.field("Account", view -> accountName(userId, view.accountId()));
		}
		if (!Objects.equals(before.toAccountId(), after.toAccountId())) {
			changes.field("To account", view -> accountName(userId, view.toAccountId()));
		}
		return changes;
	}

	private @Nullable String accountName(UUID userId, @Nullable UUID accountId) {
		if (accountId == null) {
			return null;
		}
		// a list, not a lookup that throws: an exception would mark the change's
		// transaction
		// for rollback
		return accounts.list(userId)
			.stream()
			.filter(account -> account.id().equals(accountId))
			.map(AccountView::name)
			.findFirst()
			.orElse("(a deleted account)");
	}

	private static String type(TransactionView view) {
		return view.type().name().toLowerCase(Locale.ROOT);
	}

}
