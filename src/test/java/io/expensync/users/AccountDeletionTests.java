package io.expensync.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

class AccountDeletionTests {

	final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void thePageAsksForThePasswordAndATypedConfirmation() {
		assertThat(problems(new AccountDeletion("", " ")))
			.containsExactlyInAnyOrder("password: Enter your current password", "confirm: Type DELETE to confirm");
		assertThat(problems(new AccountDeletion("secret", "x".repeat(255))))
			.containsExactly("confirm: Type DELETE to confirm");
	}

	@Test
	void theApiAsksOnlyForThePassword() {
		assertThat(problems(new AccountDeletion("secret", null))).isEmpty();
		assertThat(problems(new AccountDeletion(" ", null))).containsExactly("password: Enter your current password");
		assertThat(new AccountDeletion("secret", null).confirms("ann@example.org")).isTrue();
	}

	@Test
	void deleteOrTheAddressConfirmsIgnoringCaseAndBlanks() {
		assertThat(new AccountDeletion("secret", " DELETE ").confirms("ann@example.org")).isTrue();
		assertThat(new AccountDeletion("secret", " Ann@Example.org").confirms("ann@example.org")).isTrue();
		assertThat(new AccountDeletion("secret", "delete it").confirms("ann@example.org")).isFalse();
	}

	private List<String> problems(Object command) {
		return validator.validate(command)
			.stream()
			.map(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
			.toList();
	}

}
