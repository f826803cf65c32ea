package io.expensync.apitokens;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.expensync.users.CurrentUser;
import io.expensync.users.UserService;
import io.expensync.web.InvalidFieldException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Making, listing and revoking a user's API tokens, and finding the holder of a token
 * that signs an API request in. Making and revoking are announced as
 * {@link ApiTokenCreated} and {@link ApiTokenRevoked}.
 */
@Service
public class ApiTokenService {

	/** Enough for every script a person runs; a bound on what one account can store. */
	static final int MOST_PER_USER = 25;

	private final ApiTokenRepository tokens;

	private final UserService users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApiTokenService(ApiTokenRepository tokens, UserService users, ApplicationEventPublisher events, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	/** The user's tokens, newest first, expired ones included (marked). */
	@Transactional(readOnly = true)
	public List<ApiTokenView> list(UUID userId) {
		Instant now = clock.instant();
		return tokens.findByUserIdOrderByCreatedAtDescIdAsc(userId).stream().map(token -> token.view(now)).toList();
	}

	/**
	 * Makes a token for the user, from a form the caller validated (its name is checked
	 * again here, as the column holds at most 100 characters).
	 * @return the token with its secret, which is not kept and cannot be shown again
	 * @throws InvalidFieldException on {@code name} when it is blank or too long, when
	 * the user has a token of that name, or when they have {@value #MOST_PER_USER} tokens
	 * already
	 */
	@Transactional
	public CreatedApiToken create(CurrentUser user, ApiTokenForm form) {
		users.confirmPassword(user.id(), "password", form.getPassword());
		String name = form.getName().strip();
		if (name.isEmpty() || name.length() > ApiTokenForm.LONGEST_NAME) {
			throw new InvalidFieldException("name", "A token's name has 1 to 100 characters.");
		}
		if (tokens.countByUserId(user.id()) >= MOST_PER_USER) {
			throw new InvalidFieldException("name", "You have %d tokens, the most one account may have. %s"
				.formatted(MOST_PER_USER, "Revoke one you no longer use first."));
		}
		if (tokens.existsByUserIdAndNameIgnoreCase(user.id(), name)) {
			throw new InvalidFieldException("name",
					"You have a token named “%s” already. Choose another name.".formatted(name));
		}
		String secret = TokenSecrets.generate();
		Instant now = clock.instant();
		ApiToken token = tokens
			.save(new ApiToken(user.id(), name, TokenSecrets.hash(secret), now, form.getLifetime().expiryFrom(now)));
		events.publishEvent(new ApiTokenCreated(user.id(), token.id(), token.name(), expiresOn(token, user.zone())));
		return new CreatedApiToken(token.view(now), secret);
	}

	/**
	 * Revokes one of the user's tokens (an expired one too): it stops working at once.
	 * @throws ApiTokenNotFoundException when the user has no token with this id
	 */
	@Transactional
	public ApiTokenView revoke(CurrentUser user, UUID id) {
		ApiToken token = tokens.findByIdAndUserId(id, user.id()).orElseThrow(() -> new ApiTokenNotFoundException(id));
		Instant now = clock.instant();
		tokens.delete(token);
		events.publishEvent(new ApiTokenRevoked(user.id(), token.id(), token.name(), expiresOn(token, user.zone()),
				token.isExpiredAt(now)));
		return token.view(now);
	}

	/**
	 * Who holds this secret, when it is a token that has neither expired nor been
	 * revoked; notes the use (to about a minute). Anything else changes nothing.
	 */
	@Transactional
	public Optional<ApiTokenHolder> holder(String secret) {
		if (!TokenSecrets.looksLikeOne(secret)) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return tokens.findByTokenHash(TokenSecrets.hash(secret)).filter(token -> !token.isExpiredAt(now)).map(token -> {
			token.noteUse(now);
			return new ApiTokenHolder(token.id(), users.currentUser(token.userId()));
		});
	}

	private static @Nullable LocalDate expiresOn(ApiToken token, ZoneId zone) {
		Instant expiry = token.expiresAt();
		return (expiry != null) ? LocalDate.ofInstant(expiry, zone) : null;
	}

}
