package io.expensync.accounts;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import io.expensync.users.CurrentUser;
import io.expensync.web.PageResponse;

import org.jspecify.annotations.Nullable;
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
 * {@code /api/v1/accounts}: list, create, read, rename or retype, delete, make default.
 */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountApiController {

	record AccountResponse(UUID id, String name, AccountType type, String currency, String balance,
			String openingBalance, boolean isDefault, Instant createdAt, Instant updatedAt) {

		static AccountResponse of(AccountView account) {
			return new AccountResponse(account.id(), account.name(), account.type(),
					account.currency().getCurrencyCode(), account.balance().toPlainString(),
					account.openingBalance().toPlainString(), account.isDefault(), account.createdAt(),
					account.updatedAt());
		}
	}

	/**
	 * An account to open; the opening balance is 0 when left out. {@link NewAccount}
	 * holds the rules.
	 */
	record CreateAccountRequest(String name, AccountType type, String currency, @Nullable String openingBalance,
			@Nullable Boolean isDefault) {

		NewAccount toNewAccount() {
			return new NewAccount(name, type, currency, (openingBalance != null) ? openingBalance : "0",
					Boolean.TRUE.equals(isDefault));
		}
	}

	private final AccountService accounts;

	AccountApiController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	PageResponse<AccountResponse> list(CurrentUser user) {
		return PageResponse.of(accounts.list(user.id()).stream().map(AccountResponse::of).toList());
	}

	@PostMapping
	ResponseEntity<AccountResponse> create(CurrentUser user, @RequestBody CreateAccountRequest request) {
		AccountView account = accounts.create(user.id(), request.toNewAccount());
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + account.id())).body(AccountResponse.of(account));
	}

	@GetMapping("/{id}")
	AccountResponse get(CurrentUser user, @PathVariable UUID id) {
		return AccountResponse.of(accounts.get(user.id(), id));
	}

	/**
	 * Fields left out stay as they are. Currency and opening balance cannot change once
	 * there are postings.
	 */
	@PatchMapping("/{id}")
	AccountResponse patch(CurrentUser user, @PathVariable UUID id, @RequestBody AccountPatch patch) {
		return AccountResponse.of(accounts.patch(user.id(), id, patch));
	}

	/**
	 * Deletes the account and its transactions; transfers to other accounts are reversed
	 * there, and when one of them is reconciled there only with
	 * {@code confirmReconciled=true} (409 without).
	 */
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(CurrentUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean confirmReconciled) {
		accounts.delete(user.id(), id, confirmReconciled);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/default")
	AccountResponse makeDefault(CurrentUser user, @PathVariable UUID id) {
		return AccountResponse.of(accounts.makeDefault(user.id(), id));
	}

}
