package io.expensync.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.expensync.Api;
import io.expensync.TestUsers;
import io.expensync.users.CurrentUser;
import io.expensync.users.UserService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * The pages read most often read in one transaction, not one per part of the page: one
 * connection from the pool and one snapshot of the ledger for the whole page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PageTransactionsIntegrationTests {

	static final String SIGNED_IN_USER = UserService.class.getName() + ".current";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	PlatformTransactionManager transactions;

	Api api;

	CurrentUser ann;

	String giro;

	final Thread testThread = Thread.currentThread();

	/** The transactions begun on this thread (the request's, with MockMvc), by name. */
	final List<String> begun = new ArrayList<>();

	final TransactionExecutionListener counting = new TransactionExecutionListener() {
		@Override
		public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
			if (Thread.currentThread() == testThread && transaction.isNewTransaction()) {
				begun.add(transaction.getTransactionName());
			}
		}
	};

	@BeforeEach
	void annWithTwoAccountsAndSomeTransactions() {
		api = new Api(mvc);
		ann = users.signUp("Ann");
		giro = api.account(ann, "Giro", "1000.00");
		String savings = api.account(ann, "Savings", "50.00");
		api.transaction(ann, giro, "EXPENSE", "12.50", "food");
		api.transaction(ann, giro, "INCOME", "100.00", "salary");
		api.transfer(ann, giro, savings, "25.00");
		((ConfigurableTransactionManager) transactions).addListener(counting);
	}

	@AfterEach
	void stopCounting() {
		((ConfigurableTransactionManager) transactions).getTransactionExecutionListeners().remove(counting);
	}

	@Test
	void theDashboardReadsInOneTransaction() {
		String page = api.page(ann, "/dashboard");

		assertThat(page).contains("Giro", "Savings", "€12.50");
		// the signed-in user, read for every page's header, and then the page
		assertThat(begun).containsExactly(SIGNED_IN_USER, "io.expensync.dashboard.DashboardController.dashboard");
	}

	@Test
	void anAccountPageReadsInOneTransaction() {
		String page = api.page(ann, "/accounts/" + giro);

		assertThat(page).contains("Giro", "€12.50", "€100.00", "€25.00");
		assertThat(begun).containsExactly(SIGNED_IN_USER, "io.expensync.register.AccountPageController.account");
	}

	@Test
	void theListPagesReadInOneTransactionEach() {
		Map<String, String> handlers = new LinkedHashMap<>();
		handlers.put("/budgets", "io.expensync.budgets.BudgetController.list");
		handlers.put("/transactions/new", "io.expensync.register.TransactionController.newTransaction");
		handlers.put("/recurring", "io.expensync.recurring.RecurringController.list");
		handlers.put("/rules", "io.expensync.rules.RuleController.list");
		handlers.put("/reports", "io.expensync.reports.ReportController.history");
		handlers.forEach((path, handler) -> {
			begun.clear();
			api.page(ann, path);
			assertThat(begun).as(path).containsExactly(SIGNED_IN_USER, handler);
		});
	}

}
