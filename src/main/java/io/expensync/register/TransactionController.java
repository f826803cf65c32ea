package io.expensync.register;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.expensync.accounts.AccountForm;
import io.expensync.accounts.AccountNotFoundException;
import io.expensync.accounts.AccountService;
import io.expensync.accounts.AccountType;
import io.expensync.accounts.AccountView;
import io.expensync.categories.CategoryService;
import io.expensync.receipts.ReceiptUploads;
import io.expensync.recurring.RecurrenceInterval;
import io.expensync.register.Entries.Entry;
import io.expensync.transactions.ReconciledChangeRefused;
import io.expensync.transactions.TransactionDraft;
import io.expensync.transactions.TransactionStatus;
import io.expensync.transactions.TransactionTags;
import io.expensync.transactions.TransactionTags.TagUse;
import io.expensync.transactions.TransactionType;
import io.expensync.transactions.TransactionView;
import io.expensync.users.CurrentUser;
import io.expensync.web.InvalidInputException.Problem;
import io.expensync.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The transaction form: add a transaction (once, or the first of a schedule), change or
 * delete one, each with the receipt kept with it.
 */
@Controller
class TransactionController {

	private final Entries entries;

	private final AccountService accounts;

	private final CategoryService categories;

	private final ReceiptUploads receipts;

	private final TransactionTags tags;

	private final Clock clock;

	TransactionController(Entries entries, AccountService accounts, CategoryService categories, ReceiptUploads receipts,
			TransactionTags tags, Clock clock) {
		this.entries = entries;
		this.tags = tags;
		this.receipts = receipts;
		this.accounts = accounts;
		this.categories = categories;
		this.clock = clock;
	}

	/**
	 * The form's choices are read in one read-only transaction, as on the edit form; the
	 * accounts once, for the default account and for the choice.
	 */
	@GetMapping("/transactions/new")
	@Transactional(readOnly = true)
	String newTransaction(CurrentUser user, @RequestParam(required = false) @Nullable UUID accountId, Model model) {
		TransactionForm form = new TransactionForm();
		form.setDate(user.today(clock));
		List<AccountView> mine = accounts.list(user.id());
		form.setAccountId(accountId != null ? accounts.get(user.id(), accountId).id()
				: mine.stream().filter(AccountView::isDefault).map(AccountView::id).findFirst().orElse(null));
		return form(user, form, null, mine, model);
	}

	@PostMapping("/transactions")
	String create(CurrentUser user, @ModelAttribute("form") TransactionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return save(user, form, result, null, model, redirect);
	}

	@GetMapping("/transactions/{id}/edit")
	@Transactional(readOnly = true)
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		Entry entry = entries.get(user.id(), id);
		return form(user, TransactionForm.of(entry.transaction()), entry, model);
	}

	@PostMapping("/transactions/{id}/edit")
	String update(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") TransactionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(user, form, result, entries.get(user.id(), id), model, redirect);
	}

	/**
	 * Deletes the transaction; a reconciled one only with {@code confirmReconciled},
	 * which the page sends once the user said yes to deleting it.
	 */
	@PostMapping("/transactions/{id}/delete")
	String delete(CurrentUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean confirmReconciled, RedirectAttributes redirect) {
		try {
			TransactionView deleted = entries.delete(user.id(), id, confirmReconciled);
			redirect.addFlashAttribute("success", "Transaction deleted.");
			return "redirect:/accounts/" + deleted.accountId();
		}
		catch (ReconciledChangeRefused ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/transactions/" + id + "/edit";
		}
	}

	/** Records a new transaction, or amends the one the entry holds. */
	private String save(CurrentUser user, TransactionForm form, BindingResult result, @Nullable Entry entry,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			// a value no form field sends (not a date, not an id): nothing to save
			return form(user, form, entry, model);
		}
		TransactionDraft draft = form.toCommand(result);
		if (result.hasFieldErrors("toAmount") || result.hasFieldErrors("originalAmount")) {
			// an optional amount that is not a number is left out of the draft, which
			// would then be saved without it
			return form(user, form, entry, model);
		}
		TransactionView saved;
		try {
			saved = (entry != null)
					? entries.amend(user.id(), entry.transaction().id(), draft, form.getReceiptId(),
							form.isConfirmReconciled())
					: entries.record(user.id(), draft, form.recurrence(), form.getReceiptId());
		}
		catch (ReconciledChangeRefused ex) {
			result.rejectValue("confirmReconciled", "reconciled",
					"This transaction is reconciled with a bank statement: tick the box to change its amount, date, type or account anyway");
			return form(user, form, entry, model);
		}
		catch (InvalidInputException ex) {
			rejectIn(result, ex);
			return form(user, form, entry, model);
		}
		catch (AccountNotFoundException ex) {
			result.rejectValue(ex.id().equals(form.getAccountId()) ? "accountId" : "toAccountId", "notFound",
					"Choose one of your accounts");
			return form(user, form, entry, model);
		}
		redirect.addFlashAttribute("success", entry == null ? "Transaction added." : "Transaction saved.");
		return "redirect:/accounts/" + saved.accountId();
	}

	/**
	 * Shows the service's problems; where the form could not read a field (the amount),
	 * its own message stays, not the service's that the field is missing.
	 */
	private static void rejectIn(BindingResult result, InvalidInputException ex) {
		List<Problem> unread = ex.problems()
			.stream()
			.filter(problem -> !result.hasFieldErrors(problem.field()))
			.toList();
		if (!unread.isEmpty()) {
			new InvalidInputException(unread).rejectIn(result);
		}
	}

	private String form(CurrentUser user, TransactionForm form, @Nullable Entry entry, Model model) {
		return form(user, form, entry, accounts.list(user.id()), model);
	}

	private String form(CurrentUser user, TransactionForm form, @Nullable Entry entry, List<AccountView> mine,
			Model model) {
		model.addAttribute("form", form);
		model.addAttribute("transactionId", (entry != null) ? entry.transaction().id() : null);
		model.addAttribute("reconciled", entry != null && entry.transaction().reconciled());
		model.addAttribute("statuses", (entry != null && entry.transaction().reconciled()) ? TransactionStatus.values()
				: new TransactionStatus[] { TransactionStatus.PENDING, TransactionStatus.CLEARED });
		model.addAttribute("receipt", (entry != null) ? entry.receipt() : null);
		model.addAttribute("receiptScanning", receipts.scanning());
		model.addAttribute("accounts", mine);
		model.addAttribute("categories",
				categories.list(user.id())
					.stream()
					.filter(category -> !category.archived() || category.key().equals(form.getCategory()))
					.toList());
		model.addAttribute("types", TransactionType.values());
		model.addAttribute("knownTags", tags.list(user.id()).stream().map(TagUse::tag).limit(500).toList());
		model.addAttribute("intervals", RecurrenceInterval.values());
		AccountForm newAccount = new AccountForm();
		newAccount.setCurrency(user.currency().getCurrencyCode());
		model.addAttribute("newAccount", newAccount);
		model.addAttribute("accountTypes", AccountType.values());
		return "transactions/form";
	}

}
