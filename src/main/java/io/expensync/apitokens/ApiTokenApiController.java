package io.expensync.apitokens;

import java.time.Instant;
import java.util.UUID;

import io.expensync.users.CurrentUser;
import io.expensync.web.PageResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/tokens}: list and revoke. Tokens are made only on the profile page,
 * after a full sign-in (with the second factor, for those who have it on), never with a
 * password or a token alone.
 */
@RestController
@RequestMapping("/api/v1/tokens")
class ApiTokenApiController {

	record TokenResponse(UUID id, String name, Instant createdAt, @Nullable Instant lastUsedAt,
			@Nullable Instant expiresAt, boolean expired) {

		static TokenResponse of(ApiTokenView token) {
			return new TokenResponse(token.id(), token.name(), token.createdAt(), token.lastUsedAt(), token.expiresAt(),
					token.expired());
		}
	}

	private final ApiTokenService tokens;

	ApiTokenApiController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	PageResponse<TokenResponse> list(CurrentUser user) {
		return PageResponse.of(tokens.list(user.id()).stream().map(TokenResponse::of).toList());
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> revoke(CurrentUser user, @PathVariable UUID id) {
		tokens.revoke(user, id);
		return ResponseEntity.noContent().build();
	}

}
