package io.expensync.privacy;

import io.expensync.accounts.AccountService;
import io.expensync.budgets.BudgetAccounts;
import io.expensync.budgets.BudgetService;
import io.expensync.categories.CategoryService;
import io.expensync.rates.ExchangeRates;
import io.expensync.recurring.RecurringService;
import io.expensync.rules.RuleService;
import io.expensync.transactions.Reconciliations;
import io.expensync.users.CurrentUser;
import tools.jackson.core.JsonGenerator;

import org.springframework.stereotype.Component;

/**
 * The export's parts about the user's money set-up: accounts with their balances,
 * categories, budgets and the accounts they count, the rules, the recurring schedules
 * with the occurrences booked, the reconciliations and the exchange rates typed in.
 */
@Component
class FinanceRecords {

	private final AccountService accounts;

	private final CategoryService categories;

	private final BudgetService budgets;

	private final RecurringService recurring;

	private final RuleService rules;

	private final Reconciliations reconciliations;

	private final ExchangeRates rates;

	FinanceRecords(AccountService accounts, CategoryService categories, BudgetService budgets,
			RecurringService recurring, RuleService rules, Reconciliations reconciliations, ExchangeRates rates) {
		this.rules = rules;
		this.rates = rates;
		this.reconciliations = reconciliations;
		this.accounts = accounts;
		this.categories = categories;
		this.budgets = budgets;
		this.recurring = recurring;
	}

	void write(CurrentUser user, JsonGenerator json) {
		json.writeArrayPropertyStart("accounts");
		accounts.list(user.id()).forEach(account -> json.writePOJO(Exported.Account.of(account)));
		json.writeEndArray();
		json.writeArrayPropertyStart("categories");
		categories.list(user.id()).forEach(category -> json.writePOJO(Exported.Category.of(category)));
		json.writeEndArray();
		json.writeArrayPropertyStart("budgets");
		budgets.all(user).forEach(budget -> json.writePOJO(Exported.Budget.of(budget)));
		json.writeEndArray();
		BudgetAccounts counted = budgets.countedAccounts(user);
		json.writeObjectPropertyStart("budgetAccounts");
		json.writeBooleanProperty("all", counted.countsAll());
		json.writePOJOProperty("accountIds", counted.accountIds());
		json.writeEndObject();
		json.writeArrayPropertyStart("recurring");
		recurring.list(user.id())
			.forEach(rule -> json.writePOJO(Exported.Schedule.of(rule, recurring.occurrences(user.id(), rule.id()))));
		json.writeEndArray();
		json.writeArrayPropertyStart("rules");
		rules.list(user.id()).forEach(json::writePOJO);
		json.writeEndArray();
		json.writeArrayPropertyStart("reconciliations");
		reconciliations.history(user.id()).forEach(past -> json.writePOJO(Exported.Reconciliation.of(past)));
		json.writeEndArray();
		json.writeArrayPropertyStart("handRates");
		rates.byHand(user.id()).forEach(rate -> json.writePOJO(Exported.HandRate.of(rate)));
		json.writeEndArray();
	}

}
