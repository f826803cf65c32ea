package io.expensync;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;

import io.expensync.users.CurrentUser;
import io.expensync.users.Profile;
import io.expensync.users.Role;
import io.expensync.users.UserView;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A user as a row of the users table only, for the module tests, which boot one module
 * without the users module: the other modules' rows name their user, and the database
 * holds them to it.
 */
public record UserRows(JdbcTemplate jdbc) {

	public static final Profile PROFILE = new Profile(Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"),
			Locale.forLanguageTag("en-IE"));

	/** A new user of that name, with an address no other test has. */
	public UserView insert(String name) {
		UUID id = UUID.randomUUID();
		String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "+" + id + "@example.org";
		Instant now = Instant.now();
		jdbc.update("""
				insert into users (id, email, password_hash, name, currency, timezone, locale, role, created_at,
				updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", id, email, "{noop}unused", name,
				PROFILE.currency().getCurrencyCode(), PROFILE.zone().getId(), PROFILE.locale().toLanguageTag(),
				Role.USER.name(), Timestamp.from(now), Timestamp.from(now));
		return new UserView(id, email, name, PROFILE, Role.USER, now, now, true, true);
	}

	public static CurrentUser current(UserView user) {
		return new CurrentUser(user.id(), user.email(), user.name(), user.profile(), user.role());
	}

}
