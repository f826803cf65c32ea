package io.expensync.apitokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TokenSecretsTests {

	@Test
	void aSecretIsThePrefixAnd43Base64urlCharactersAndNeverRepeats() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String secret = TokenSecrets.generate();
			assertThat(secret).matches("exs_[A-Za-z0-9_-]{43}");
			assertThat(TokenSecrets.looksLikeOne(secret)).isTrue();
			assertThat(seen.add(secret)).isTrue();
		}
	}

	@Test
	void onlyTheShapeOfASecretIsLookedUp() {
		String secret = TokenSecrets.generate();
		assertThat(TokenSecrets.looksLikeOne(secret.substring(0, 46))).isFalse();
		assertThat(TokenSecrets.looksLikeOne(secret + "A")).isFalse();
		assertThat(TokenSecrets.looksLikeOne("EXS_" + secret.substring(4))).isFalse();
		assertThat(TokenSecrets.looksLikeOne(secret.substring(0, 10) + "+" + secret.substring(11))).isFalse();
		assertThat(TokenSecrets.looksLikeOne("")).isFalse();
	}

	@Test
	void theHashIsTheHexSha256OfTheWholeSecret() {
		// sha256sum of the bytes "exs_abc"
		assertThat(TokenSecrets.hash("exs_abc"))
			.isEqualTo("0cb7b978a85e6db9e07765cc56ad48f2281c001d4075719aa419bf361076c15a");
	}

}
