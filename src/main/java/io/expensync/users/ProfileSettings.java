package io.expensync.users;

import java.util.function.Function;

import io.expensync.web.FieldRules;
import io.expensync.web.InvalidFieldException;

/**
 * The name and settings a user gives when signing up and changes on the profile page, as
 * typed: the command that {@link UserService#updateProfile} checks, and part of
 * {@link SignUp}. Each field is checked under its own name.
 */
@FieldRules
public record ProfileSettings(String name, String currency, String timezone,
		String locale) implements FieldRules.Checked {

	/** The settings of a user who has not chosen any. */
	public static ProfileSettings defaults(String name) {
		return of(name, Profile.DEFAULT);
	}

	static ProfileSettings of(String name, Profile profile) {
		return new ProfileSettings(name, profile.currency().getCurrencyCode(), profile.zone().getId(),
				profile.locale().toLanguageTag());
	}

	@Override
	public void check(FieldRules.Problems problems) {
		text(problems, "name", name, 100, "Tell us your name", "A name has at most 100 characters");
		if (text(problems, "currency", currency, 3, "Choose a currency", "A currency is a 3-letter code like EUR")) {
			parses(problems, currency, Profile::currency);
		}
		if (text(problems, "timezone", timezone, 64, "Choose a timezone", "Choose a timezone from the list")) {
			parses(problems, timezone, Profile::zone);
		}
		if (text(problems, "locale", locale, 35, "Choose a locale", "A locale is a tag like en-US")) {
			parses(problems, locale, Profile::locale);
		}
	}

	/** The currency, timezone and locale; only for checked settings. */
	public Profile profile() {
		return Profile.of(currency, timezone, locale);
	}

	/** Whether the text is there and not too long; reports which, if not. */
	private static boolean text(FieldRules.Problems problems, String field, String value, int max, String missing,
			String tooLong) {
		if (value == null || value.isBlank()) {
			problems.add(field, missing);
			return false;
		}
		if (value.length() > max) {
			problems.add(field, tooLong);
			return false;
		}
		return true;
	}

	private static void parses(FieldRules.Problems problems, String value, Function<String, ?> parse) {
		try {
			parse.apply(value);
		}
		catch (InvalidFieldException ex) {
			problems.add(ex.field(), String.valueOf(ex.getMessage()));
		}
	}

}
