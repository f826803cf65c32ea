package io.expensync.transactions;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.expensync.accounts.AccountForm;
import io.expensync.accounts.AccountNotFoundException;
import io.expensync.accounts.AccountType;
import io.expensync.accounts.AccountService;
import io.expensync.accounts.AccountView;
import io.expensync.categories.CategoryService;
import io.expensync.users.CurrentUser;
import io.expensync.web.InvalidFieldException;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account page (its transactions, searchable and a page at a time) and the
 * transaction form.
 */
@Controller
class TransactionController {

	private final TransactionService transactions;

	private final AccountService accounts;

	private final CategoryService categories;

	private final Clock clock;

	TransactionController(TransactionService transactions, AccountService accounts, CategoryService categories,
			Clock clock) {
		this.transactions = transactions;
		this.accounts = accounts;
		this.categories = categories;
		this.clock = clock;
	}

	@GetMapping("/transactions/new")
	String newTransaction(CurrentUser user, @RequestParam(required = false) @Nullable UUID accountId, Model model) {
		TransactionForm form = new TransactionForm();
		form.setDate(user.today(clock));
		List<AccountView> mine = accounts.list(user.id());
		form.setAccountId(accountId != null ? accounts.get(user.id(), accountId).id()
				: mine.stream().filter(AccountView::isDefault).map(AccountView::id).findFirst().orElse(null));
		return form(user, form, null, model);
	}

	@PostMapping("/transactions")
	String create(CurrentUser user, @Valid @ModelAttribute("form") TransactionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return save(user, form, result, null, model, redirect);
	}

	@GetMapping("/transactions/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		return form(user, TransactionForm.of(transactions.get(user.id(), id)), id, model);
	}

	@PostMapping("/transactions/{id}/edit")
	String update(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("form") TransactionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		transactions.get(user.id(), id);
		return save(user, form, result, id, model, redirect);
	}

	@PostMapping("/transactions/{id}/delete")
	String delete(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		TransactionView transaction = transactions.get(user.id(), id);
		transactions.delete(user.id(), id);
		redirect.addFlashAttribute("success", "Transaction deleted.");
		return "redirect:/accounts/" + transaction.accountId();
	}

	private String save(CurrentUser user, TransactionForm form, BindingResult result, @Nullable UUID id, Model model,
			RedirectAttributes redirect) {
		checkEachField(user, form, result);
		if (result.hasErrors()) {
			return form(user, form, id, model);
		}
		TransactionView saved;
		try {
			AccountView account = ownAccount(user, form.getAccountId(), "accountId");
			if (form.getType() == TransactionType.TRANSFER && form.getToAccountId() != null) {
				ownAccount(user, form.getToAccountId(), "toAccountId");
			}
			TransactionDraft draft = form.toDraft(account);
			saved = (id != null) ? transactions.amend(user.id(), id, draft, form.getReceiptId())
					: transactions.record(user.id(), draft, form.recurrence(), form.getReceiptId());
		}
		catch (InvalidFieldException ex) {
			ex.rejectIn(result);
			return form(user, form, id, model);
		}
		redirect.addFlashAttribute("success", id == null ? "Transaction added." : "Transaction saved.");
		return "redirect:/accounts/" + saved.accountId();
	}

	private String form(CurrentUser user, TransactionForm form, @Nullable UUID id, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("transactionId", id);
		model.addAttribute("receipt", (id != null) ? transactions.receipt(user.id(), id).orElse(null) : null);
		model.addAttribute("accounts", accounts.list(user.id()));
		model.addAttribute("categories",
				categories.list(user.id())
					.stream()
					.filter(category -> !category.archived() || category.key().equals(form.getCategory()))
					.toList());
		model.addAttribute("types", TransactionType.values());
		model.addAttribute("intervals", RecurrenceInterval.values());
		AccountForm newAccount = new AccountForm();
		newAccount.setCurrency(user.currency().getCurrencyCode());
		model.addAttribute("newAccount", newAccount);
		model.addAttribute("accountTypes", AccountType.values());
		return "transactions/form";
	}

	/**
	 * Finds every missing or unreadable field at once, so the user fixes the form in one
	 * go.
	 */
	private void checkEachField(CurrentUser user, TransactionForm form, BindingResult result) {
		if (form.getType() == TransactionType.TRANSFER && form.getToAccountId() == null) {
			result.rejectValue("toAccountId", "required", "Choose the account the money goes to");
		}
		if (form.getType() != TransactionType.TRANSFER && form.getCategory().isBlank()) {
			result.rejectValue("category", "required", "Choose a category");
		}
		if (!result.hasFieldErrors("amount") && !result.hasFieldErrors("accountId")) {
			try {
				form.toAmount(ownAccount(user, form.getAccountId(), "accountId"));
			}
			catch (InvalidFieldException ex) {
				ex.rejectIn(result);
			}
		}
	}

	private AccountView ownAccount(CurrentUser user, @Nullable UUID accountId, String field) {
		try {
			if (accountId == null) {
				throw new InvalidFieldException(field, "Choose an account");
			}
			return accounts.get(user.id(), accountId);
		}
		catch (AccountNotFoundException ex) {
			throw new InvalidFieldException(field, "Choose one of your accounts");
		}
	}

}
