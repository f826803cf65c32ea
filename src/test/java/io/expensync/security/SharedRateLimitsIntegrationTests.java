package io.expensync.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import io.expensync.MovableClockConfiguration;
import io.expensync.MutableClock;
import io.expensync.security.Throttles.Limit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With {@code expensync.limits.store=database} two nodes (here two {@link Throttles} on
 * the same database) count the same attempts: what one node took, the other cannot take
 * again, even when both take at the same moment; rows of full buckets are removed.
 */
@SpringBootTest(properties = "expensync.limits.store=database")
@Import(MovableClockConfiguration.class)
class SharedRateLimitsIntegrationTests {

	@Autowired
	MutableClock clock;

	@Autowired
	Environment environment;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	Throttles nodeA;

	Throttles nodeB;

	@BeforeEach
	void twoNodes() {
		clock.set(Instant.parse("2026-05-10T10:00:00Z"));
		nodeA = new Throttles(clock, environment, dataSource);
		nodeB = new Throttles(clock, environment, dataSource);
		assertThat(nodeA.sharedAcrossNodes()).isTrue();
	}

	@Test
	void failedSignInsOnEitherNodeLockTheAccountOnBoth() {
		String account = "shared+" + UUID.randomUUID() + "@example.org";
		for (int i = 0; i < 3; i++) {
			nodeA.record(Limit.FAILED_SIGN_INS_PER_ACCOUNT, account);
		}
		assertThat(nodeB.check(Limit.FAILED_SIGN_INS_PER_ACCOUNT, account)).isEmpty();
		nodeB.record(Limit.FAILED_SIGN_INS_PER_ACCOUNT, account);
		nodeB.record(Limit.FAILED_SIGN_INS_PER_ACCOUNT, account);
		assertThat(nodeA.check(Limit.FAILED_SIGN_INS_PER_ACCOUNT, account))
			.hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofSeconds(1), Duration.ofMinutes(3)));

		// a good sign-in on one node starts the account afresh on both
		nodeA.forget(Limit.FAILED_SIGN_INS_PER_ACCOUNT, account);
		assertThat(nodeB.check(Limit.FAILED_SIGN_INS_PER_ACCOUNT, account)).isEmpty();
	}

	@Test
	void concurrentTakesOnTwoNodesGrantExactlyTheCapacity() throws Exception {
		String address = "race+" + UUID.randomUUID() + "@example.org";
		long capacity = nodeA.capacity(Limit.RESET_PER_ADDRESS);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Boolean>> takes = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				Throttles node = (i % 2 == 0) ? nodeA : nodeB;
				takes.add(() -> node.take(Limit.RESET_PER_ADDRESS, address).isEmpty());
			}
			long granted = 0;
			for (Future<Boolean> take : pool.invokeAll(takes)) {
				granted += take.get() ? 1 : 0;
			}
			assertThat(granted).isEqualTo(capacity);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void rowsOfBucketsThatAreFullAgainAreRemoved() {
		String address = "expiry+" + UUID.randomUUID() + "@example.org";
		// all three of the hour taken: the bucket is full again an hour later
		for (int i = 0; i < 3; i++) {
			nodeA.take(Limit.RESET_PER_ADDRESS, address);
		}
		String id = "RESET_PER_ADDRESS:" + address;
		assertThat(rows(id)).isEqualTo(1);

		clock.set(clock.instant().plus(Duration.ofMinutes(30)));
		nodeB.removeExpired();
		assertThat(rows(id)).as("not full yet").isEqualTo(1);

		clock.set(clock.instant().plus(Duration.ofHours(1)));
		nodeB.removeExpired();
		assertThat(rows(id)).isZero();
		assertThat(nodeA.take(Limit.RESET_PER_ADDRESS, address)).isEmpty();
	}

	private int rows(String id) {
		return jdbc.queryForObject("select count(*) from rate_limit_buckets where id = ?", Integer.class, id);
	}

}
