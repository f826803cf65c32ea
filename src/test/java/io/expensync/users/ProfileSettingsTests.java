package io.expensync.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

class ProfileSettingsTests {

	final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void readsTheSettingsAsTyped() {
		ProfileSettings settings = new ProfileSettings("Ann", "chf", " Europe/Zurich", "de-CH");
		assertThat(problems(settings)).isEmpty();
		assertThat(settings.profile().currency().getCurrencyCode()).isEqualTo("CHF");
		assertThat(settings.profile().zone().getId()).isEqualTo("Europe/Zurich");
		assertThat(settings.profile().locale().toLanguageTag()).isEqualTo("de-CH");
	}

	@Test
	void namesEachBrokenFieldUnderItsOwnName() {
		assertThat(problems(new ProfileSettings(" ", "EURO", "Nowhere/Special", "12"))).containsExactlyInAnyOrder(
				"name: Tell us your name", "currency: A currency is a 3-letter code like EUR",
				"timezone: 'Nowhere/Special' is not a known timezone", "locale: '12' is not a language tag like en-US");
		assertThat(problems(new ProfileSettings("a".repeat(101), "", "x".repeat(65), ""))).containsExactlyInAnyOrder(
				"name: A name has at most 100 characters", "currency: Choose a currency",
				"timezone: Choose a timezone from the list", "locale: Choose a locale");
	}

	@Test
	void aSignUpNamesItsProfileFieldsBesideItsOwn() {
		assertThat(problems(new SignUp("not-an-email", "short", new ProfileSettings("", "EUR", "UTC", "en"))))
			.containsExactlyInAnyOrder("email: Enter an email address like ann@example.org",
					"password: A password needs 10 to 72 characters", "name: Tell us your name");
		assertThat(problems(new SignUp("ann@example.org", "a long enough password", ProfileSettings.defaults("Ann"))))
			.isEmpty();
	}

	@Test
	void aPatchKeepsWhatItLeavesOut() {
		UserView ann = new UserView(java.util.UUID.randomUUID(), "ann@example.org", "Ann", Profile.DEFAULT, Role.USER,
				java.time.Instant.EPOCH, java.time.Instant.EPOCH, false, true);
		assertThat(new ProfilePatch(null, "EUR", null, null).onto(ann))
			.isEqualTo(new ProfileSettings("Ann", "EUR", "UTC", "en-US"));
	}

	private List<String> problems(Object command) {
		return validator.validate(command)
			.stream()
			.map(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
			.toList();
	}

}
