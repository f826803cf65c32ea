package io.expensync.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.expensync.transactions.Reconciliations;
import io.expensync.transactions.Reconciliations.Done;
import io.expensync.transactions.Reconciliations.Statement;
import io.expensync.transactions.TransactionStatus;
import io.expensync.users.CurrentUser;
import io.expensync.web.MoneyInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reconciling an account with a bank statement through the API: {@code GET
 * …/reconciliation?statementDate=} lists the transactions not yet reconciled up to that
 * date with the balance the reconciled ones make; {@code POST …/reconciliations} with the
 * statement's date, closing balance and the ids of the transactions it shows marks them
 * reconciled when they come to it (400 naming the difference otherwise, unless
 * {@code adjust} books the difference as an adjustment).
 */
@RestController
@RequestMapping("/api/v1/accounts/{id}")
class ReconciliationApiController {

	record OpenResponse(UUID id, LocalDate date, String title, String amount, TransactionStatus status) {
	}

	record StatementResponse(LocalDate statementDate, String currency, String reconciledBalance,
			List<OpenResponse> open, boolean more) {

		static StatementResponse of(Statement statement) {
			return new StatementResponse(statement.statementDate(), statement.account().currency().getCurrencyCode(),
					statement.reconciledBalance().toPlainString(),
					statement.open()
						.stream()
						.map((open) -> new OpenResponse(open.transaction().id(), open.transaction().date(),
								open.transaction().title(), open.signed().toPlainString(), open.status()))
						.toList(),
					statement.more());
		}

	}

	record ReconcileRequest(@Nullable LocalDate statementDate, @Nullable String closingBalance,
			@Nullable @Size(max = Reconciliations.MAX_OPEN) List<@NotNull UUID> ids, @Nullable Boolean adjust) {
	}

	record ReconcileResponse(int reconciled, String closingBalance, String currency, @Nullable UUID adjustmentId) {
	}

	private final Reconciliations reconciliations;

	private final Clock clock;

	ReconciliationApiController(Reconciliations reconciliations, Clock clock) {
		this.reconciliations = reconciliations;
		this.clock = clock;
	}

	@GetMapping("/reconciliation")
	StatementResponse statement(CurrentUser user, @PathVariable UUID id, @RequestParam(
			required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate statementDate) {
		return StatementResponse
			.of(reconciliations.statement(user.id(), id, (statementDate != null) ? statementDate : user.today(clock)));
	}

	@PostMapping("/reconciliations")
	ReconcileResponse reconcile(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ReconcileRequest request) {
		Done done = reconciliations.reconcile(user.id(), id, request.statementDate(),
				MoneyInput.number("closingBalance", request.closingBalance()),
				(request.ids() != null) ? request.ids() : List.of(), Boolean.TRUE.equals(request.adjust()));
		return new ReconcileResponse(done.reconciled(), done.closingBalance().toPlainString(),
				done.closingBalance().currency().getCurrencyCode(),
				(done.adjustment() != null) ? done.adjustment().id() : null);
	}

}
