package io.expensync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

class AheadOfTimeSettingsTests {

	@Test
	void theDefaultsAndSettingsThatAddNoBeansAreAccepted() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.mail.host", "smtp.example.org")
			.withProperty("expensync.limits.store", "database")
			.withProperty("expensync.jobs.enabled", "true")
			.withProperty("server.port", "9000")
			.withProperty("management.server.port", "9000");

		assertThat(AheadOfTimeSettings.conflicts(environment)).isEmpty();
	}

	@Test
	void eachSettingThatChangesWhichBeansExistIsNamed() {
		MockEnvironment environment = new MockEnvironment().withProperty("expensync.demo", "true")
			.withProperty("expensync.jobs.enabled", "false")
			.withProperty("management.server.port", "9090");

		assertThat(AheadOfTimeSettings.conflicts(environment)).containsExactly("expensync.demo=true (built with false)",
				"expensync.jobs.enabled=false (built with true)",
				"management.server.port=9090 (built with the actuator on the app's own port)");
	}

}
