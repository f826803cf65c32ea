package io.expensync.users.signup;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Settings an administrator changes in the app for the whole installation, kept in the
 * database so every node sees them; each overrides its configured default once set.
 */
@Repository
class InstallationSettings {

	static final String REGISTRATION_OPEN = "registration-open";

	private final JdbcClient jdbc;

	private final Clock clock;

	InstallationSettings(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Makes other sign-ups wait until this transaction ends, so that only one can be the
	 * first (the row is made by migration V28).
	 */
	void lockSignUps() {
		jdbc.sql("select name from settings where name = 'sign-up-lock' for update").query(String.class).optional();
	}

	Optional<String> get(String name) {
		return jdbc.sql("select setting_value from settings where name = ?").param(name).query(String.class).optional();
	}

	void set(String name, String value, UUID by) {
		Timestamp now = Timestamp.from(clock.instant());
		int updated = jdbc.sql("update settings set setting_value = ?, updated_by = ?, updated_at = ? where name = ?")
			.params(value, by, now, name)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into settings (name, setting_value, updated_by, updated_at) values (?, ?, ?, ?)")
				.params(name, value, by, now)
				.update();
		}
	}

}
