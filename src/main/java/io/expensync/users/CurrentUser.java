package io.expensync.users;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;

/**
 * The signed-in user, passed to controller methods as an argument. Every query a
 * controller makes is scoped by {@link #id()}.
 */
public record CurrentUser(UUID id, String email, String name, Profile profile, Role role) {

	public Currency currency() {
		return profile.currency();
	}

	public ZoneId zone() {
		return profile.zone();
	}

	public Locale locale() {
		return profile.locale();
	}

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	/** Today in the user's timezone. */
	public LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(zone()));
	}

	public YearMonth currentMonth(Clock clock) {
		return YearMonth.from(today(clock));
	}

}
