package io.expensync.budgets;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import io.expensync.transactions.ConversionsBody;
import io.expensync.users.CurrentUser;
import io.expensync.web.PageResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/budgets}: the budgets with this month's progress; {@code PUT /{scope}}
 * sets one ({@code ALL} for all spending or an expense category's key), {@code DELETE
 * /{scope}} removes it. {@code GET/PUT /accounts} reads and chooses the accounts whose
 * expenses count towards all budgets.
 */
@RestController
@RequestMapping("/api/v1/budgets")
class BudgetApiController {

	/** {@code accountIds}: the accounts whose expenses count; empty for all accounts. */
	record BudgetResponse(String scope, YearMonth month, String amount, String currency, String spent, String remaining,
			String percentUsed, BudgetProgress.Level level, List<Integer> thresholds, List<UUID> accountIds,
			ConversionsBody conversions) {

		static BudgetResponse of(BudgetProgress progress) {
			return new BudgetResponse(progress.scope(), progress.month(), progress.budget().toPlainString(),
					progress.budget().currency().getCurrencyCode(), progress.spent().toPlainString(),
					progress.remaining().toPlainString(), progress.percentUsed().toPlainString(), progress.level(),
					progress.thresholds(), progress.accounts().accountIds(),
					ConversionsBody.of(progress.conversions()));
		}
	}

	/**
	 * The accounts that count towards all budgets; {@code allAccounts} (and no ids) when
	 * every account counts, also those added later.
	 */
	record CountedAccountsResponse(boolean allAccounts, List<UUID> accountIds, List<String> names) {

		static CountedAccountsResponse of(BudgetAccounts counted) {
			return new CountedAccountsResponse(counted.countsAll(), counted.accountIds(), counted.names());
		}
	}

	/**
	 * The amount is in the user's currency; thresholds default to 80 and 100 percent.
	 * {@link BudgetSetting} holds the rules.
	 */
	record BudgetRequest(@Nullable String amount, @Nullable List<Integer> thresholds) {

		BudgetSetting toSetting(String scope, CurrentUser user) {
			return new BudgetSetting(scope, amount, user.currency(),
					(thresholds != null) ? thresholds : BudgetService.DEFAULT_THRESHOLDS);
		}
	}

	private final BudgetService budgets;

	BudgetApiController(BudgetService budgets) {
		this.budgets = budgets;
	}

	@GetMapping
	PageResponse<BudgetResponse> list(CurrentUser user) {
		return PageResponse.of(budgets.all(user).stream().map(BudgetResponse::of).toList());
	}

	@GetMapping("/accounts")
	CountedAccountsResponse countedAccounts(CurrentUser user) {
		return CountedAccountsResponse.of(budgets.countedAccounts(user));
	}

	/** Another user's or an unknown account id answers 404 and changes nothing. */
	@PutMapping("/accounts")
	CountedAccountsResponse countAccounts(CurrentUser user, @RequestBody AccountsToCount choice) {
		return CountedAccountsResponse.of(budgets.countAccounts(user, choice));
	}

	@PutMapping("/{scope}")
	BudgetResponse set(CurrentUser user, @PathVariable String scope, @RequestBody BudgetRequest request) {
		return BudgetResponse.of(budgets.set(user, request.toSetting(scope, user)));
	}

	@DeleteMapping("/{scope}")
	ResponseEntity<Void> remove(CurrentUser user, @PathVariable String scope) {
		budgets.remove(user, scope);
		return ResponseEntity.noContent().build();
	}

}
