package io.expensync.users.signup;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import io.expensync.users.Profile;
import io.expensync.users.RegistrationClosedException;
import io.expensync.users.SignUp;
import io.expensync.users.SignUpLinkRequested;
import io.expensync.users.SignUpRepeated;
import io.expensync.users.UserView;
import io.expensync.users.password.PasswordPolicy;
import io.expensync.users.store.User;
import io.expensync.users.store.UserRepository;
import io.expensync.web.Commands;
import io.expensync.web.InvalidFieldException;
import io.expensync.web.InvalidInputException;
import io.expensync.web.Sha256;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up through an emailed link, on an installation that sends email (SMTP configured)
 * and has its first user: the sign-up page answers the same, in the same time, whether or
 * not the address has an account, and the answer comes by email. A new address gets a
 * link that makes the account when opened (which proves the address); an address with an
 * account gets an email saying so, with the way to sign in or reset the password. Without
 * email there is nobody to tell privately, so the page says it (see the README).
 */
@Service
public class SignUpsByEmail {

	static final Duration LINK_LIFETIME = Duration.ofHours(24);

	public static final String SENT = "Check your email: we have sent a message to %s to finish signing up. "
			+ "The link in it works for 24 hours.";

	private final SecureRandom random = new SecureRandom();

	private final Registrations registrations;

	private final UserRepository accounts;

	private final PasswordPolicy passwords;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Commands commands;

	private final Clock clock;

	private final boolean sendsEmail;

	SignUpsByEmail(Registrations registrations, UserRepository accounts, PasswordPolicy passwords, JdbcClient jdbc,
			ApplicationEventPublisher events, Commands commands, Clock clock,
			@Value("${spring.mail.host:}") String mailHost) {
		this.registrations = registrations;
		this.accounts = accounts;
		this.passwords = passwords;
		this.jdbc = jdbc;
		this.events = events;
		this.commands = commands;
		this.clock = clock;
		this.sendsEmail = !mailHost.isBlank();
	}

	/** Whether a sign-up now goes through an emailed link. */
	@Transactional(readOnly = true)
	public boolean byEmail() {
		return sendsEmail && accounts.count() > 0;
	}

	/**
	 * Records an ask to sign up; whether the address has an account is looked up
	 * afterwards ({@link #on(SignUpAsked)}).
	 * @throws RegistrationClosedException when sign-up is closed
	 * @throws InvalidInputException naming each field that is not valid, or the password
	 * the policy refuses
	 */
	@Transactional
	public void ask(SignUp signUp) {
		if (!registrations.isOpen()) {
			throw new RegistrationClosedException();
		}
		commands.valid(signUp);
		String email = User.normalise(signUp.email());
		Profile profile = signUp.profile().profile();
		events.publishEvent(new SignUpAsked(email, passwords.hash("password", signUp.password(), email, signUp.name()),
				signUp.name(), profile.currency().getCurrencyCode(), profile.zone().getId(),
				profile.locale().toLanguageTag()));
	}

	/**
	 * Runs after the ask has committed and the request has answered: tells an existing
	 * user, or keeps the sign-up (a later ask for the same address replaces it) and sends
	 * its link.
	 */
	@ApplicationModuleListener
	void on(SignUpAsked asked) {
		Optional<User> existing = accounts.findByEmail(asked.email());
		if (existing.isPresent()) {
			events.publishEvent(new SignUpRepeated(existing.get().id()));
			return;
		}
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		jdbc.sql("delete from pending_sign_ups where email = ? or expires_at < ?").params(asked.email(), now).update();
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("""
				insert into pending_sign_ups (token_hash, email, password_hash, name, currency, timezone, locale,
				  expires_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(Sha256.hex(token), asked.email(), asked.passwordHash(), asked.name(), asked.currency(),
					asked.timezone(), asked.locale(), now.plus(LINK_LIFETIME))
			.update();
		events.publishEvent(new SignUpLinkRequested(asked.email(), asked.name(), Locale.forLanguageTag(asked.locale()),
				token, LINK_LIFETIME));
	}

	/** The address a usable link would make an account for. */
	@Transactional(readOnly = true)
	public Optional<String> pending(String token) {
		return find(token).map(Pending::email);
	}

	/**
	 * Makes the account the link was sent for; the link is used up.
	 * @throws InvalidFieldException on {@code token} for a link that is unknown, used or
	 * expired, and on {@code email} when the address got an account meanwhile
	 * @throws RegistrationClosedException when sign-up was closed meanwhile
	 */
	@Transactional
	public UserView finish(String token) {
		Pending pending = find(token).orElseThrow(SignUpsByEmail::expired);
		if (jdbc.sql("delete from pending_sign_ups where token_hash = ?").param(Sha256.hex(token)).update() != 1) {
			throw expired();
		}
		return registrations.register(pending.email(), pending::passwordHash, pending.name(),
				Profile.of(pending.currency(), pending.timezone(), pending.locale()), true);
	}

	private Optional<Pending> find(String token) {
		if (token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select email, password_hash, name, currency, timezone, locale from pending_sign_ups
				where token_hash = ? and expires_at > ?""")
			.params(Sha256.hex(token), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.query(Pending.class)
			.optional();
	}

	private static InvalidFieldException expired() {
		return new InvalidFieldException("token",
				"This link has expired or was used already. Sign up again to get a new one.");
	}

	record Pending(String email, String passwordHash, String name, String currency, String timezone, String locale) {
	}

}
