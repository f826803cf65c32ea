package io.expensync.register;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.expensync.accounts.AccountService;
import io.expensync.accounts.AccountView;
import io.expensync.categories.CategoryService;
import io.expensync.recurring.ScheduleDescriptions;
import io.expensync.transactions.AccountActivities;
import io.expensync.transactions.AccountActivities.ActivityRange;
import io.expensync.transactions.BulkDeletion;
import io.expensync.transactions.TransactionSearch;
import io.expensync.transactions.TransactionTags;
import io.expensync.transactions.TransactionTags.TagUse;
import io.expensync.transactions.TransactionType;
import io.expensync.transactions.TransactionView;
import io.expensync.users.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An account's page: its header, the income/expense chart and the transactions table
 * (search, filters, sort, pages, bulk delete). htmx requests get just the part they
 * replace.
 */
@Controller
class AccountPageController {

	static final int PAGE_SIZE = 20;

	private final AccountService accounts;

	private final TransactionSearch search;

	private final AccountActivities activities;

	private final BulkDeletion bulkDeletion;

	private final CategoryService categories;

	private final ScheduleDescriptions schedules;

	private final TransactionTags tags;

	AccountPageController(AccountService accounts, TransactionSearch search, AccountActivities activities,
			BulkDeletion bulkDeletion, CategoryService categories, ScheduleDescriptions schedules,
			TransactionTags tags) {
		this.schedules = schedules;
		this.tags = tags;
		this.accounts = accounts;
		this.search = search;
		this.activities = activities;
		this.bulkDeletion = bulkDeletion;
		this.categories = categories;
	}

	/**
	 * Read in one read-only transaction: one connection and one session for the page's
	 * eight reads, not one each.
	 */
	@GetMapping("/accounts/{id}")
	@Transactional(readOnly = true)
	String account(CurrentUser user, @PathVariable UUID id, @ModelAttribute("query") LedgerQuery query,
			@RequestParam(required = false) @Nullable String range,
			@RequestHeader(name = "HX-Target", required = false) @Nullable String htmxTarget, Model model) {
		AccountView account = accounts.get(user.id(), id);
		model.addAttribute("account", account);
		if ("activity".equals(htmxTarget)) {
			model.addAttribute("activity",
					activities.activity(user.id(), id, account.currency(), ActivityRange.of(range), user.zone()));
			model.addAttribute("ranges", ActivityRange.values());
			return "transactions/list :: activity";
		}
		Page<TransactionView> rows = search.search(user.id(), query.filter(id), query.sorting(), query.direction(),
				query.pageNumber(), PAGE_SIZE);
		model.addAttribute("rows", rows);
		model.addAttribute("schedules", schedules(user, rows));
		model.addAttribute("categories", categories.byKey(user.id()));
		model.addAttribute("accountNames", accounts.names(user.id()));
		model.addAttribute("types", TransactionType.values());
		if ("ledger".equals(htmxTarget)) {
			return "transactions/list :: ledger";
		}
		// the table's total is the account's count when nothing narrows it: no need to
		// count twice
		model.addAttribute("count",
				query.isUnfiltered() ? rows.getTotalElements() : search.countForAccount(user.id(), id));
		model.addAttribute("activity",
				activities.activity(user.id(), id, account.currency(), ActivityRange.of(range), user.zone()));
		model.addAttribute("ranges", ActivityRange.values());
		model.addAttribute("knownTags", tags.list(user.id()).stream().map(TagUse::tag).limit(500).toList());
		return "transactions/list";
	}

	/**
	 * Deletes the ticked transactions, or with {@code all=true} every transaction that
	 * the table's current search and filters match.
	 */
	@PostMapping("/accounts/{id}/bulk-delete")
	String bulkDelete(CurrentUser user, @PathVariable UUID id, @ModelAttribute("query") LedgerQuery query,
			@RequestParam(name = "ids", required = false) @Nullable List<UUID> ids,
			@RequestParam(defaultValue = "false") boolean all,
			@RequestParam(defaultValue = "false") boolean confirmReconciled, RedirectAttributes redirect) {
		accounts.get(user.id(), id);
		int deleted;
		if (all) {
			deleted = bulkDeletion.deleteMatching(user.id(), query.filter(id), confirmReconciled);
		}
		else if (ids == null || ids.isEmpty()) {
			redirect.addFlashAttribute("error", "Select the transactions to delete first.");
			return "redirect:/accounts/" + id;
		}
		else {
			deleted = bulkDeletion.deleteAll(user.id(), ids, confirmReconciled);
		}
		redirect.addFlashAttribute("success", "%d transaction(s) deleted.".formatted(deleted));
		return "redirect:/accounts/" + id;
	}

	/** Descriptions of the schedules of the rows on the page. */
	private Map<UUID, String> schedules(CurrentUser user, Page<TransactionView> rows) {
		Set<UUID> ruleIds = rows.stream()
			.map(TransactionView::recurringRuleId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		return schedules.describe(user.id(), ruleIds);
	}

}
