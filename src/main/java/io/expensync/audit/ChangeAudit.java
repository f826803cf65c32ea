package io.expensync.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import io.expensync.audit.AuditEvent.Kind;
import io.expensync.transactions.TransactionChanged;
import io.expensync.transactions.TransactionView;
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

	ChangeAudit(AuditLog log) {
		this.log = log;
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
			String changes = differences(before, after);
			if (!changes.isEmpty()) {
				log.record(change.userId(), Kind.TRANSACTION_CHANGED, before.title() + ": " + changes);
			}
		}
	}

	@EventListener
	void transactionsRemoved(TransactionsRemoved removed) {
		log.record(removed.userId(), Kind.TRANSACTIONS_DELETED,
				"%d transaction(s) dated %s to %s".formatted(removed.count(), removed.earliest(), removed.latest()));
	}

	static String describe(TransactionView transaction) {
		return "%s %s on %s: %s".formatted(transaction.type().name().toLowerCase(Locale.ROOT), money(transaction),
				transaction.date(), transaction.title());
	}

	/** Each field that differs, as {@code field old → new}, separated by semicolons. */
	static String differences(TransactionView before, @Nullable TransactionView after) {
		if (after == null) {
			return "";
		}
		List<String> changes = new ArrayList<>();
		compare(changes, "type", before, after, view -> view.type().name().toLowerCase(Locale.ROOT));
		compare(changes, "amount", before, after, ChangeAudit::money);
		compare(changes, "date", before, after, view -> String.valueOf(view.date()));
		compare(changes, "description", before, after, TransactionView::description);
		compare(changes, "category", before, after, TransactionView::category);
		compare(changes, "merchant", before, after, TransactionView::merchant);
		compare(changes, "notes", before, after, TransactionView::notes);
		if (!before.accountId().equals(after.accountId())
				|| !Objects.equals(before.toAccountId(), after.toAccountId())) {
			changes.add("account changed");
		}
		return String.join("; ", changes);
	}

	private static void compare(List<String> changes, String field, TransactionView before, TransactionView after,
			Function<TransactionView, @Nullable String> value) {
		String was = value.apply(before);
		String now = value.apply(after);
		if (!Objects.equals(was, now)) {
			changes.add("%s %s → %s".formatted(field, shown(was), shown(now)));
		}
	}

	private static String shown(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return "(none)";
		}
		return (value.length() > 60) ? value.substring(0, 57) + "…" : value;
	}

	private static String money(TransactionView view) {
		return view.amount().amount().toPlainString() + " " + view.amount().currency().getCurrencyCode();
	}

}
