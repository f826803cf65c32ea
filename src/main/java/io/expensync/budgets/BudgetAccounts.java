package io.expensync.budgets;

import java.util.List;
import java.util.UUID;

/**
 * Which accounts count towards the user's budgets: the chosen ones, or all (also those
 * added later) when {@code accountIds} is empty. Names are in the order of the accounts
 * page.
 */
public record BudgetAccounts(List<UUID> accountIds, List<String> names) {

	public BudgetAccounts {
		accountIds = List.copyOf(accountIds);
		names = List.copyOf(names);
	}

	static BudgetAccounts all() {
		return new BudgetAccounts(List.of(), List.of());
	}

	public boolean countsAll() {
		return accountIds.isEmpty();
	}

	public boolean counts(UUID accountId) {
		return countsAll() || accountIds.contains(accountId);
	}

	/** "all your accounts", or "Giro and Card", for the sentences on the pages. */
	public String describe() {
		if (countsAll()) {
			return "all your accounts";
		}
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}

}
