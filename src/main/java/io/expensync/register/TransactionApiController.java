package io.expensync.register;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.expensync.accounts.AccountService;
import io.expensync.money.Money;
import io.expensync.recurring.RecurrenceInterval;
import io.expensync.recurring.RecurrenceRequest;
import io.expensync.transactions.BulkDeletion;
import io.expensync.transactions.SplitPart;
import io.expensync.transactions.Tags;
import io.expensync.transactions.TransactionDraft;
import io.expensync.transactions.TransactionFilter;
import io.expensync.transactions.TransactionSearch;
import io.expensync.transactions.TransactionService;
import io.expensync.transactions.TransactionStatus;
import io.expensync.transactions.TransactionType;
import io.expensync.transactions.TransactionView;
import io.expensync.users.CurrentUser;
import io.expensync.web.InvalidFieldException;
import io.expensync.web.MoneyInput;
import io.expensync.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/transactions}: list with filters and paging (newest first), create,
 * read, change, delete and bulk delete, with free tags ({@code tags: ["holiday-2026"]},
 * {@code ?tag=}). A transfer is one transaction of type TRANSFER from {@code accountId}
 * to {@code toAccountId}; between accounts of two currencies it carries what arrived,
 * {@code toAmount}, in the receiving account's currency. An income or expense made in
 * another currency keeps {@code originalAmount} and {@code originalCurrency}.
 */
@RestController
@RequestMapping("/api/v1/transactions")
class TransactionApiController {

	record TransactionResponse(UUID id, TransactionType type, String amount, String currency, LocalDate date,
			@Nullable String description, @Nullable String category, @Nullable String merchant, @Nullable String notes,
			UUID accountId, @Nullable UUID toAccountId, @Nullable UUID recurringId, List<String> tags,
			TransactionStatus status, @Nullable TransactionStatus toStatus, List<SplitBody> splits,
			@Nullable String toAmount, @Nullable String toCurrency, @Nullable String rate,
			@Nullable String originalAmount, @Nullable String originalCurrency, Instant createdAt, Instant updatedAt) {

		static TransactionResponse of(TransactionView tx) {
			Money received = tx.toAmount();
			Money original = tx.originalAmount();
			BigDecimal rate = tx.impliedRate();
			return new TransactionResponse(tx.id(), tx.type(), tx.amount().toPlainString(),
					tx.amount().currency().getCurrencyCode(), tx.date(), tx.description(), tx.category(), tx.merchant(),
					tx.notes(), tx.accountId(), tx.toAccountId(), tx.recurringRuleId(), tx.tags(), tx.status(),
					tx.toStatus(), tx.splits().stream().map(SplitBody::of).toList(),
					(received != null) ? received.toPlainString() : null,
					(received != null) ? received.currency().getCurrencyCode() : null,
					(rate != null) ? rate.toPlainString() : null, (original != null) ? original.toPlainString() : null,
					(original != null) ? original.currency().getCurrencyCode() : null, tx.createdAt(), tx.updatedAt());
		}
	}

	/**
	 * Creates a transaction; the amount is a decimal string in the account's currency
	 * (given as {@code currency}, or left out).
	 */
	record TransactionRequest(@Nullable TransactionType type, @Nullable String amount, @Nullable String currency,
			@Nullable LocalDate date, @Nullable String description, @Nullable String category,
			@Nullable String merchant, @Nullable String notes, @Nullable UUID accountId, @Nullable UUID toAccountId,
			@Nullable RecurrenceBody recurrence, @Nullable UUID receiptId, @Nullable List<@Nullable String> tags,
			@Nullable TransactionStatus status, @Nullable TransactionStatus toStatus,
			@Nullable List<@Nullable SplitBody> splits, @Nullable String toAmount, @Nullable String toCurrency,
			@Nullable String originalAmount, @Nullable String originalCurrency) {

		TransactionDraft toCommand() {
			return new TransactionDraft(type, MoneyInput.number("amount", amount), currency, date, description,
					category, merchant, notes, accountId, toAccountId, tagsOf(tags), status, toStatus, partsOf(splits),
					MoneyInput.number("toAmount", toAmount), toCurrency,
					MoneyInput.number("originalAmount", originalAmount), originalCurrency);
		}
	}

	/**
	 * {@code {"interval": "MONTHLY", "every": 1, "until": null}}: the new transaction
	 * repeats from its date.
	 */
	record RecurrenceBody(@Nullable RecurrenceInterval interval, @Nullable Integer every, @Nullable LocalDate until) {

		RecurrenceRequest toRequest() {
			return new RecurrenceRequest(interval, every == null ? 1 : every, until);
		}
	}

	/**
	 * Changes the fields given; the others stay. An empty string clears description,
	 * merchant or notes, an empty list the tags, an empty {@code originalCurrency} the
	 * original amount.
	 */
	record PatchRequest(@Nullable TransactionType type, @Nullable String amount, @Nullable String currency,
			@Nullable LocalDate date, @Nullable String description, @Nullable String category,
			@Nullable String merchant, @Nullable String notes, @Nullable UUID accountId, @Nullable UUID toAccountId,
			@Nullable UUID receiptId, @Nullable List<@Nullable String> tags, @Nullable TransactionStatus status,
			@Nullable TransactionStatus toStatus, @Nullable List<@Nullable SplitBody> splits, @Nullable String toAmount,
			@Nullable String toCurrency, @Nullable String originalAmount, @Nullable String originalCurrency) {

		TransactionDraft.Patch toCommand() {
			return new TransactionDraft.Patch(type, MoneyInput.number("amount", amount), currency, date, description,
					category, merchant, notes, accountId, toAccountId, (tags == null) ? null : tagsOf(tags), status,
					toStatus, (splits == null) ? null : partsOf(splits), MoneyInput.number("toAmount", toAmount),
					toCurrency, MoneyInput.number("originalAmount", originalAmount), originalCurrency);
		}
	}

	/**
	 * The tags as sent: a null among them, or more than a transaction can carry even
	 * before equal ones are merged, is refused.
	 */
	static List<String> tagsOf(@Nullable List<@Nullable String> tags) {
		if (tags == null) {
			return List.of();
		}
		if (tags.size() > 5 * Tags.MAX_PER_TRANSACTION) {
			throw new InvalidFieldException("tags", "At most " + Tags.MAX_PER_TRANSACTION + " tags on one transaction");
		}
		if (tags.contains(null)) {
			throw new InvalidFieldException("tags", "A tag is text, not null");
		}
		return Tags.normalised(tags);
	}

	/** One part of a split transaction: {@code {category, amount, description}}. */
	record SplitBody(@Nullable String category, @Nullable String amount, @Nullable String description) {

		static SplitBody of(SplitPart part) {
			return new SplitBody(part.category(), (part.amount() != null) ? part.amount().toPlainString() : null,
					part.description());
		}

	}

	/**
	 * The parts as sent; a part that is null, or an amount that is no number, is refused
	 * naming it.
	 */
	static List<SplitPart> partsOf(@Nullable List<@Nullable SplitBody> splits) {
		if (splits == null) {
			return List.of();
		}
		if (splits.size() > TransactionDraft.MAX_SPLITS) {
			throw new InvalidFieldException("splits", "At most " + TransactionDraft.MAX_SPLITS + " parts");
		}
		List<SplitPart> parts = new java.util.ArrayList<>();
		for (int i = 0; i < splits.size(); i++) {
			SplitBody body = splits.get(i);
			if (body == null) {
				throw new InvalidFieldException("splits[" + i + "]", "Part " + (i + 1) + " is empty");
			}
			parts.add(new SplitPart(body.category(), MoneyInput.number("splits[" + i + "].amount", body.amount()),
					body.description()));
		}
		return parts;
	}

	record BulkDeleteRequest(@NotEmpty @Size(max = 1000) List<@NotNull UUID> ids) {
	}

	record BulkDeleteResponse(int deleted) {
	}

	private final TransactionService transactions;

	private final TransactionSearch search;

	private final BulkDeletion bulkDeletion;

	private final AccountService accounts;

	private final Entries entries;

	TransactionApiController(TransactionService transactions, TransactionSearch search, BulkDeletion bulkDeletion,
			AccountService accounts, Entries entries) {
		this.entries = entries;
		this.transactions = transactions;
		this.search = search;
		this.bulkDeletion = bulkDeletion;
		this.accounts = accounts;
	}

	@GetMapping
	PageResponse<TransactionResponse> list(CurrentUser user, @RequestParam(required = false) @Nullable UUID accountId,
			@RequestParam(required = false) @Nullable TransactionType type,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String tag,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(required = false) @Nullable String dir,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		if (accountId != null) {
			accounts.get(user.id(), accountId);
		}
		TransactionFilter filter = new TransactionFilter(accountId, type, category, from, to, q, null, tag);
		LedgerQuery order = new LedgerQuery(null, null, null, null, null, sort, dir, page);
		return PageResponse.of(search.search(user.id(), filter, order.sorting(), order.direction(), page, size),
				TransactionResponse::of);
	}

	@PostMapping
	ResponseEntity<TransactionResponse> create(CurrentUser user, @RequestBody TransactionRequest request) {
		TransactionView created = entries.record(user.id(), request.toCommand(),
				request.recurrence() == null ? null : request.recurrence().toRequest(), request.receiptId());
		return ResponseEntity.created(URI.create("/api/v1/transactions/" + created.id()))
			.body(TransactionResponse.of(created));
	}

	@GetMapping("/{id}")
	TransactionResponse get(CurrentUser user, @PathVariable UUID id) {
		return TransactionResponse.of(transactions.get(user.id(), id));
	}

	@PatchMapping("/{id}")
	TransactionResponse patch(CurrentUser user, @PathVariable UUID id, @RequestBody PatchRequest patch,
			@RequestParam(defaultValue = "false") boolean confirmReconciled) {
		return TransactionResponse
			.of(entries.patch(user.id(), id, patch.toCommand(), patch.receiptId(), confirmReconciled));
	}

	/**
	 * Deletes the transaction; a reconciled one only with {@code confirmReconciled=true}
	 * (409 otherwise).
	 */
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(CurrentUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean confirmReconciled) {
		transactions.delete(user.id(), id, confirmReconciled);
		return ResponseEntity.noContent().build();
	}

	/**
	 * Deletes all the listed transactions, or none if any of them is not found (or is
	 * reconciled, unless {@code confirmReconciled=true}).
	 */
	@PostMapping("/bulk-delete")
	BulkDeleteResponse bulkDelete(CurrentUser user, @Valid @RequestBody BulkDeleteRequest request,
			@RequestParam(defaultValue = "false") boolean confirmReconciled) {
		return new BulkDeleteResponse(bulkDeletion.deleteAll(user.id(), request.ids(), confirmReconciled));
	}

}
