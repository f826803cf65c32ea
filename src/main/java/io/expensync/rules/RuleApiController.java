package io.expensync.rules;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.expensync.rules.RuleChanges.Change;
import io.expensync.rules.RuleChanges.Preview;
import io.expensync.transactions.TransactionType;
import io.expensync.users.CurrentUser;
import io.expensync.web.InvalidFieldException;
import io.expensync.web.MoneyInput;
import io.expensync.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/rules}: the user's rules in the order they are tried; create, read,
 * change, delete, reorder; and for one rule, what it would change in the transactions
 * already there, and applying it to them.
 */
@RestController
@RequestMapping("/api/v1/rules")
class RuleApiController {

	/** At most this many changed transactions are listed; the total counts them all. */
	static final int LISTED_CHANGES = 500;

	record RuleResponse(UUID id, int position, String name, List<TextCondition> conditions, @Nullable String minAmount,
			@Nullable String maxAmount, @Nullable UUID accountId, @Nullable TransactionType type,
			@Nullable String setCategory, @Nullable String setMerchant, @Nullable String setDescription,
			Instant createdAt, Instant updatedAt) {

		static RuleResponse of(RuleView rule) {
			return new RuleResponse(rule.id(), rule.position(), rule.name(), rule.conditions(), plain(rule.minAmount()),
					plain(rule.maxAmount()), rule.accountId(), rule.type(), rule.setCategory(), rule.setMerchant(),
					rule.setDescription(), rule.createdAt(), rule.updatedAt());
		}

		private static @Nullable String plain(@Nullable BigDecimal amount) {
			return (amount == null) ? null : amount.stripTrailingZeros().toPlainString();
		}
	}

	/**
	 * A new rule: amounts are decimal strings; {@code conditions} is a list of
	 * {@code {field, operator, text}}; {@code type} is INCOME, EXPENSE or TRANSFER, left
	 * out (or "") for any.
	 */
	record RuleRequest(@Nullable String name, @Nullable List<TextCondition> conditions, @Nullable String minAmount,
			@Nullable String maxAmount, @Nullable UUID accountId, @Nullable String type, @Nullable String setCategory,
			@Nullable String setMerchant, @Nullable String setDescription) {

		RuleDetails toDetails() {
			return new RuleDetails(name, (conditions == null) ? List.of() : conditions,
					MoneyInput.number("minAmount", minAmount), MoneyInput.number("maxAmount", maxAmount), accountId,
					(type == null) ? null : RulePatch.type(type), setCategory, setMerchant, setDescription);
		}
	}

	/**
	 * Changes the fields given; the others stay. An empty string clears an amount, the
	 * account, the type or an action; {@code conditions} replaces the text conditions (an
	 * empty list removes them). The result is checked as a whole rule.
	 */
	record RulePatch(@Nullable String name, @Nullable List<TextCondition> conditions, @Nullable String minAmount,
			@Nullable String maxAmount, @Nullable String accountId, @Nullable String type, @Nullable String setCategory,
			@Nullable String setMerchant, @Nullable String setDescription) {

		RuleDetails onto(RuleView stored) {
			return new RuleDetails(name != null ? name : stored.name(),
					conditions != null ? conditions : stored.conditions(),
					minAmount == null ? stored.minAmount() : amount("minAmount", minAmount),
					maxAmount == null ? stored.maxAmount() : amount("maxAmount", maxAmount),
					accountId == null ? stored.accountId() : account(accountId),
					type == null ? stored.type() : type(type), or(setCategory, stored.setCategory()),
					or(setMerchant, stored.setMerchant()), or(setDescription, stored.setDescription()));
		}

		private static @Nullable BigDecimal amount(String field, String text) {
			return text.isEmpty() ? null : MoneyInput.number(field, text);
		}

		private static @Nullable UUID account(String text) {
			if (text.isEmpty()) {
				return null;
			}
			try {
				return UUID.fromString(text);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidFieldException("accountId", "Not an account's id");
			}
		}

		static @Nullable TransactionType type(String text) {
			if (text.isEmpty()) {
				return null;
			}
			try {
				return TransactionType.valueOf(text);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidFieldException("type", "Choose INCOME, EXPENSE or TRANSFER, or \"\" for any");
			}
		}

		/** Null keeps what is stored; an empty text clears it. */
		private static @Nullable String or(@Nullable String change, @Nullable String stored) {
			return (change == null) ? stored : change;
		}
	}

	record OrderRequest(@NotNull @Size(max = RuleService.MAX_RULES) List<@NotNull UUID> ids) {
	}

	record ChangeResponse(UUID transactionId, LocalDate date, TransactionType type, String amount, String currency,
			Values before, Values after) {

		static ChangeResponse of(Change change) {
			var tx = change.before();
			return new ChangeResponse(tx.id(), tx.date(), tx.type(), tx.amount().toPlainString(),
					tx.amount().currency().getCurrencyCode(),
					new Values(tx.category(), tx.merchant(), tx.description()),
					new Values(change.category(), change.merchant(), change.description()));
		}
	}

	record Values(@Nullable String category, @Nullable String merchant, @Nullable String description) {
	}

	record ChangesResponse(long total, int listed, List<ChangeResponse> items) {
	}

	record AppliedResponse(int changed) {
	}

	private final RuleService rules;

	private final RuleChanges changes;

	RuleApiController(RuleService rules, RuleChanges changes) {
		this.rules = rules;
		this.changes = changes;
	}

	@GetMapping
	PageResponse<RuleResponse> list(CurrentUser user) {
		return PageResponse.of(rules.list(user.id()).stream().map(RuleResponse::of).toList());
	}

	@PostMapping
	ResponseEntity<RuleResponse> create(CurrentUser user, @RequestBody RuleRequest request) {
		RuleView rule = rules.create(user.id(), request.toDetails());
		return ResponseEntity.created(URI.create("/api/v1/rules/" + rule.id())).body(RuleResponse.of(rule));
	}

	@GetMapping("/{id}")
	RuleResponse get(CurrentUser user, @PathVariable UUID id) {
		return RuleResponse.of(rules.get(user.id(), id));
	}

	@PatchMapping("/{id}")
	RuleResponse patch(CurrentUser user, @PathVariable UUID id, @RequestBody RulePatch patch) {
		RuleView stored = rules.get(user.id(), id);
		return RuleResponse.of(rules.update(user.id(), id, patch.onto(stored)));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(CurrentUser user, @PathVariable UUID id) {
		rules.delete(user.id(), id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * Puts the rules in this order: {@code {ids: [...]}}, each of the user's rules once.
	 */
	@PutMapping("/order")
	PageResponse<RuleResponse> reorder(CurrentUser user, @Valid @RequestBody OrderRequest request) {
		return PageResponse.of(rules.reorder(user.id(), request.ids()).stream().map(RuleResponse::of).toList());
	}

	/** The transactions the rule would change, before and after, oldest first. */
	@GetMapping("/{id}/changes")
	ChangesResponse changes(CurrentUser user, @PathVariable UUID id) {
		Preview preview = changes.preview(user.id(), id, LISTED_CHANGES);
		return new ChangesResponse(preview.total(), preview.changes().size(),
				preview.changes().stream().map(ChangeResponse::of).toList());
	}

	/** Changes every transaction the rule would change. */
	@PostMapping("/{id}/apply")
	AppliedResponse apply(CurrentUser user, @PathVariable UUID id) {
		return new AppliedResponse(changes.apply(user.id(), id));
	}

}
