package io.expensync.users.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

class PasswordChangeTests {

	final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void theNewPasswordIsTypedTheSameTwice() {
		assertThat(problems(new PasswordChange("old secret", "a new long secret", "a new long secret"))).isEmpty();
		assertThat(problems(new PasswordChange("old secret", "a new long secret", "a new long secreT")))
			.containsExactly("confirm: The two new passwords differ");
	}

	@Test
	void aMissingNewPasswordIsNamedOnlyOnce() {
		assertThat(problems(new PasswordChange("", " ", "other"))).containsExactlyInAnyOrder(
				"currentPassword: Enter your current password", "newPassword: Choose a new password");
	}

	private List<String> problems(Object command) {
		return validator.validate(command)
			.stream()
			.map(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
			.toList();
	}

}
