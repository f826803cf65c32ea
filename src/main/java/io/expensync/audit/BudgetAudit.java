package io.expensync.audit;

import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

import io.expensync.audit.AuditEvent.Kind;
import io.expensync.budgets.BudgetAccountsChosen;
import io.expensync.budgets.BudgetChanged;
import io.expensync.budgets.BudgetChanged.Terms;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logs the budgets the user sets, changes (amount, alert percentages) and removes, and
 * their choice of the accounts that count towards them. Heard inside the changing
 * database transaction, so the entry is kept exactly when the change is.
 */
@Component
class BudgetAudit {

	private final AuditLog log;

	BudgetAudit(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void budgetChanged(BudgetChanged change) {
		Terms before = change.before();
		Terms after = change.after();
		if (before == null && after != null) {
			log.record(change.userId(), Kind.BUDGET_ADDED, describe(change.name(), after));
		}
		else if (before != null && after == null) {
			log.record(change.userId(), Kind.BUDGET_DELETED, describe(change.name(), before));
		}
		else if (before != null) {
			Changes<Terms> changes = Changes.between(before, after)
				.field("Amount", terms -> Changes.money(terms.amount()))
				.field("Alerts at", terms -> percentages(terms.thresholds()));
			if (!changes.none()) {
				log.record(change.userId(), Kind.BUDGET_CHANGED, changes.of(change.name()));
			}
		}
	}

	@EventListener
	void accountsChosen(BudgetAccountsChosen chosen) {
		if (!new HashSet<>(chosen.before().accountIds()).equals(new HashSet<>(chosen.after().accountIds()))) {
			log.record(chosen.userId(), Kind.BUDGET_ACCOUNTS_CHANGED,
					chosen.before().describe() + " → " + chosen.after().describe());
		}
	}

	private static String describe(String name, Terms terms) {
		return "%s: %s a month, alerts at %s".formatted(name, Changes.money(terms.amount()),
				percentages(terms.thresholds()));
	}

	private static String percentages(List<Integer> thresholds) {
		return thresholds.stream().map(percent -> percent + " %").collect(Collectors.joining(", "));
	}

}
