package io.expensync.budgets;

import io.expensync.web.NotFoundException;

public class BudgetNotFoundException extends NotFoundException {

	BudgetNotFoundException(String scope) {
		super("Budget", scope);
	}

}
