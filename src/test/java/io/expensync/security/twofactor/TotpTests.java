package io.expensync.security.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The TOTP generator against RFC 6238's SHA-1 test vectors, the drift window, and Base32
 * against RFC 4648's.
 */
class TotpTests {

	private static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

	static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void matchesTheRfc6238Sha1Vectors(long seconds, String expected) {
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(seconds)), 8)).isEqualTo(expected);
	}

	@Test
	void sixDigitsAreTheLastSixOfTheEightWithLeadingZeros() {
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)), 6)).isEqualTo("081804");
	}

	@Test
	void acceptsOneStepOfDriftEitherWayAndNoMore() {
		Instant now = Instant.parse("2026-06-01T10:00:10Z");
		long step = Totp.step(now);
		assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step, 6), now)).hasValue(step);
		assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step - 1, 6), now)).hasValue(step - 1);
		assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step + 1, 6), now)).hasValue(step + 1);
		assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step - 2, 6), now)).isEmpty();
		assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step + 2, 6), now)).isEmpty();
		assertThat(Totp.match(RFC_SECRET, "12345", now)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI" })
	void base32MatchesRfc4648(String text, String encoded) {
		assertThat(Base32.encode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
		assertThat(new String(Base32.decode(encoded.toLowerCase() + "===="), StandardCharsets.US_ASCII))
			.isEqualTo(text);
	}

	@Test
	void base32RefusesOtherCharacters() {
		assertThatIllegalArgumentException().isThrownBy(() -> Base32.decode("MZXW1"));
	}

	@Test
	void recoveryCodesAreTenDistinctAndComparedWithoutCaseOrDashes() {
		var codes = RecoveryCodes.generate();
		assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(code -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
		String code = codes.get(0);
		SecretKeyring keyring = new SecretKeyring(KEY, Path.of("unused"));
		UUID ann = UUID.randomUUID();
		assertThat(RecoveryCodes.hash(keyring, ann, " " + code.toUpperCase().replace("-", "") + " "))
			.isEqualTo(RecoveryCodes.hash(keyring, ann, code))
			.hasSize(64);
	}

	/**
	 * A backup of the database alone cannot test the 2^50 possible codes: what is stored
	 * is keyed by the installation's secret key, and salted by its owner.
	 */
	@Test
	void aStoredRecoveryCodeNeedsTheKeyAndDiffersPerUser() {
		String code = RecoveryCodes.generate().get(0);
		UUID ann = UUID.randomUUID();
		SecretKeyring keyring = new SecretKeyring(KEY, Path.of("unused"));
		SecretKeyring anotherKey = new SecretKeyring(Base64.getEncoder().encodeToString(new byte[32]),
				Path.of("unused"));
		String stored = RecoveryCodes.hash(keyring, ann, code);
		assertThat(stored).isNotEqualTo(RecoveryCodes.unkeyedHash(code))
			.isNotEqualTo(RecoveryCodes.hash(anotherKey, ann, code))
			.isNotEqualTo(RecoveryCodes.hash(keyring, UUID.randomUUID(), code));
	}

}
