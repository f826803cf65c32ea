package io.expensync.register;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.expensync.money.Money;
import io.expensync.transactions.Reconciliations;
import io.expensync.transactions.Reconciliations.Done;
import io.expensync.transactions.Reconciliations.Statement;
import io.expensync.users.CurrentUser;
import io.expensync.web.InvalidInputException;
import io.expensync.web.MoneyInput;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reconciling an account on its page: the statement's date and closing balance first,
 * then the transactions not yet reconciled up to that date, to tick off while the
 * difference to the closing balance is worked out as you tick; when it is zero they are
 * reconciled together, and when it cannot be, an adjustment makes it up.
 */
@Controller
class ReconciliationController {

	private final Reconciliations reconciliations;

	private final Clock clock;

	ReconciliationController(Reconciliations reconciliations, Clock clock) {
		this.reconciliations = reconciliations;
		this.clock = clock;
	}

	@GetMapping("/accounts/{id}/reconcile")
	String start(CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate statementDate,
			@RequestParam(required = false) @Nullable String closingBalance, Model model) {
		return page(user, id, statementDate, closingBalance, Set.of(), model);
	}

	@PostMapping("/accounts/{id}/reconcile")
	String reconcile(CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate statementDate,
			@RequestParam(required = false) @Nullable String closingBalance,
			@RequestParam(name = "ids", required = false) @Nullable List<UUID> ids,
			@RequestParam(defaultValue = "false") boolean adjust, Model model, RedirectAttributes redirect) {
		List<UUID> ticked = (ids != null) ? ids : List.of();
		try {
			BigDecimal closing = MoneyInput.number("closingBalance", closingBalance);
			Done done = reconciliations.reconcile(user.id(), id, statementDate, closing, ticked, adjust);
			redirect.addFlashAttribute("success",
					"Reconciled %d transaction(s) to the statement of %s: balance %s%s.".formatted(done.reconciled(),
							statementDate, done.closingBalance().toPlainString(),
							(done.adjustment() != null)
									? ", with an adjustment of " + done.adjustment().signedFor(id).toPlainString()
									: ""));
			return "redirect:/accounts/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.messagesInOneLine());
			return page(user, id, statementDate, closingBalance, Set.copyOf(ticked), model);
		}
	}

	/**
	 * The page against a statement of the date (today when none is given); once a closing
	 * balance is given, the transactions to tick, those ticked before ticked again.
	 */
	private String page(CurrentUser user, UUID id, @Nullable LocalDate statementDate, @Nullable String closingBalance,
			Set<UUID> ticked, Model model) {
		Statement statement = reconciliations.statement(user.id(), id,
				(statementDate != null) ? statementDate : user.today(clock));
		String closing = (closingBalance != null) ? closingBalance.strip() : "";
		model.addAttribute("closingBalance", closing);
		model.addAttribute("ticked", ticked);
		if (!closing.isEmpty()) {
			try {
				Money closingMoney = Money.of(MoneyInput.number("closingBalance", closing),
						statement.account().currency());
				model.addAttribute("closingMoney", closingMoney);
				model.addAttribute("closingMinor", Reconciliations.minor(closingMoney));
			}
			catch (InvalidInputException | IllegalArgumentException ex) {
				model.addAttribute("closingError", ex.getMessage());
			}
		}
		model.addAttribute("statement", statement);
		model.addAttribute("account", statement.account());
		model.addAttribute("fractionDigits", Money.fractionDigits(statement.account().currency()));
		return "accounts/reconcile";
	}

}
