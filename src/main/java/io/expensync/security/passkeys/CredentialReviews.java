package io.expensync.security.passkeys;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import io.expensync.apitokens.ApiTokenService;
import io.expensync.users.CredentialsChanged;
import io.expensync.users.CredentialsChanged.Change;
import io.expensync.users.UserService;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A password reset leaves the user's passkeys and API tokens as they were, and each of
 * them signs in without the password. Whoever reset the password because someone else
 * knew it may find that person's passkey or token among them; so after a reset, the first
 * page after each sign-in is the review of both ({@code /profile/review}), until the user
 * says they have looked. A user with neither has nothing to review.
 */
@Component
class CredentialReviews {

	/** The session attribute that sends this sign-in's first page to the review. */
	static final String DUE = CredentialReviews.class.getName() + ".due";

	private final JdbcClient jdbc;

	private final PasskeyService passkeys;

	private final ApiTokenService tokens;

	private final UserService users;

	CredentialReviews(JdbcClient jdbc, PasskeyService passkeys, ApiTokenService tokens, UserService users) {
		this.jdbc = jdbc;
		this.passkeys = passkeys;
		this.tokens = tokens;
		this.users = users;
	}

	/** Heard in the reset's own transaction. */
	@EventListener
	void on(CredentialsChanged changed) {
		if (changed.change() != Change.PASSWORD_RESET || !hasAny(changed.userId())) {
			return;
		}
		OffsetDateTime at = OffsetDateTime.ofInstant(changed.at(), ZoneOffset.UTC);
		if (jdbc.sql("update credential_reviews set reset_at = ? where user_id = ?")
			.params(at, changed.userId())
			.update() == 0) {
			jdbc.sql("insert into credential_reviews (user_id, reset_at) values (?, ?)")
				.params(changed.userId(), at)
				.update();
		}
	}

	private boolean hasAny(UUID userId) {
		return !tokens.list(userId).isEmpty()
				|| users.current(users.get(userId).email()).map(user -> !passkeys.list(user).isEmpty()).orElse(false);
	}

	/** A sign-in of a user with a review due sends its first page there. */
	@EventListener
	void on(InteractiveAuthenticationSuccessEvent signedIn) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
			return;
		}
		users.current(signedIn.getAuthentication().getName())
			.flatMap(user -> due(user.id()))
			.ifPresent(since -> request.getRequest().getSession().setAttribute(DUE, since));
	}

	/** When the password was reset, if the user has not looked at their keys since. */
	@Transactional(readOnly = true)
	public Optional<Instant> due(UUID userId) {
		return jdbc.sql("select reset_at from credential_reviews where user_id = ?")
			.param(userId)
			.query((row, n) -> row.getObject(1, OffsetDateTime.class).toInstant())
			.optional();
	}

	/** The user has looked, and kept what is left. */
	@Transactional
	public void done(UUID userId, HttpSession session) {
		jdbc.sql("delete from credential_reviews where user_id = ?").param(userId).update();
		session.removeAttribute(DUE);
	}

}
