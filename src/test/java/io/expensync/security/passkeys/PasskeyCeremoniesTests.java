package io.expensync.security.passkeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasskeyCeremoniesTests {

	@Test
	void aLabelIsOneTidyLine() {
		assertThat(PasskeyCeremonies.label("  Work\tlaptop \n(Linux) ")).isEqualTo("Work laptop (Linux)");
	}

	@Test
	void aBlankOrMissingLabelBecomesPasskey() {
		assertThat(PasskeyCeremonies.label(null)).isEqualTo("Passkey");
		assertThat(PasskeyCeremonies.label(" \u0007 ")).isEqualTo("Passkey");
	}

	@Test
	void aLongLabelIsCutAtSixtyFourCharactersNotInsideOne() {
		String phones = "📱".repeat(70);
		assertThat(PasskeyCeremonies.label(phones)).isEqualTo("📱".repeat(64));
		assertThat(PasskeyCeremonies.label("a".repeat(63) + " b")).isEqualTo("a".repeat(63));
	}

}
