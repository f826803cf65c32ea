package io.expensync.users.email;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import io.expensync.web.Sha256;

import org.springframework.stereotype.Component;

/**
 * Issues and redeems the links sent by email: 256 random bits each, stored only as a
 * SHA-256 hash, usable once and until they expire.
 */
@Component
class EmailTokens {

	private final SecureRandom random = new SecureRandom();

	private final EmailTokenRepository tokens;

	private final Clock clock;

	EmailTokens(EmailTokenRepository tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/** A new token for the link; its earlier unused ones of that purpose stop working. */
	String issue(UUID userId, EmailToken.Purpose purpose, Duration lifetime) {
		revokeAll(userId, purpose);
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		tokens.save(new EmailToken(userId, purpose, hash(token), clock.instant().plus(lifetime), clock.instant()));
		return token;
	}

	/**
	 * The user the token was issued to, if it is one of that purpose, unused and not
	 * expired; it is used up by this call.
	 */
	Optional<UUID> redeem(String token, EmailToken.Purpose purpose) {
		if (token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return tokens.findByTokenHashAndPurpose(hash(token), purpose)
			.filter(found -> tokens.use(found.id(), clock.instant()) == 1)
			.map(EmailToken::userId);
	}

	/** Every unused link of the user for that purpose stops working. */
	void revokeAll(UUID userId, EmailToken.Purpose purpose) {
		tokens.useAll(userId, purpose, clock.instant());
	}

	/** Whether the token would be redeemed now, without using it. */
	boolean valid(String token, EmailToken.Purpose purpose) {
		return owner(token, purpose).isPresent();
	}

	/** The user a usable token was issued to, without using it. */
	Optional<UUID> owner(String token, EmailToken.Purpose purpose) {
		if (token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return tokens.findByTokenHashAndPurpose(hash(token), purpose)
			.filter(found -> found.usableAt(clock.instant()))
			.map(EmailToken::userId);
	}

	private static String hash(String token) {
		return Sha256.hex(token);
	}

}
