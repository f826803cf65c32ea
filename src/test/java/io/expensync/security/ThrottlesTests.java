package io.expensync.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import io.expensync.MutableClock;
import io.expensync.security.Throttles.Limit;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

/**
 * The buckets in memory stay bounded under a flood of keys without forgetting the
 * lockouts that matter, and go once they are full again.
 */
class ThrottlesTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T10:00:00Z"));

	private final Throttles throttles = new Throttles(clock, new MockEnvironment(), null);

	@Test
	void aFloodOfNamesNeitherGrowsTheStoreWithoutBoundNorLiftsALockout() {
		lockOut("victim@example.org");

		for (int i = 0; i < Throttles.MAX_KEYS + 50_000; i++) {
			throttles.record(Limit.FAILED_SIGN_INS_PER_ACCOUNT, "flood" + i + "@example.org");
		}

		assertThat(throttles.keys()).as("the names tried, and the lockout kept besides")
			.isLessThanOrEqualTo(Throttles.MAX_KEYS + 1);
		assertThat(throttles.check(Limit.FAILED_SIGN_INS_PER_ACCOUNT, "victim@example.org")).as("still locked")
			.isPresent();
	}

	@Test
	void checkingMakesNoBucketAndARefusedNameCostsNone() {
		for (int i = 0; i < 1_000; i++) {
			assertThat(throttles.check(Limit.FAILED_SIGN_INS_PER_ACCOUNT, "checked" + i + "@example.org")).isEmpty();
		}
		assertThat(throttles.keys()).isZero();
	}

	@Test
	void aBucketFullAgainIsDropped() {
		lockOut("ann@example.org");
		assertThat(throttles.keys()).isOne();

		clock.set(clock.instant().plus(Limit.FAILED_SIGN_INS_PER_ACCOUNT.period).plus(Duration.ofSeconds(1)));

		assertThat(throttles.keys()).isZero();
		assertThat(throttles.check(Limit.FAILED_SIGN_INS_PER_ACCOUNT, "ann@example.org")).isEmpty();
	}

	@Test
	void aLongKeyIsHeldAsItsHashAndStillCounts() {
		String huge = "x".repeat(500_000) + "@example.org";
		String sameStart = "x".repeat(500_000) + "@example.com";
		lockOut(huge);

		assertThat(throttles.check(Limit.FAILED_SIGN_INS_PER_ACCOUNT, huge)).isPresent();
		assertThat(throttles.check(Limit.FAILED_SIGN_INS_PER_ACCOUNT, sameStart)).as("another key").isEmpty();
	}

	private void lockOut(String name) {
		for (int i = 0; i < throttles.capacity(Limit.FAILED_SIGN_INS_PER_ACCOUNT); i++) {
			throttles.record(Limit.FAILED_SIGN_INS_PER_ACCOUNT, name);
		}
		assertThat(throttles.check(Limit.FAILED_SIGN_INS_PER_ACCOUNT, name)).isPresent();
	}

}
