package io.expensync.security;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import io.expensync.web.Sha256;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Token buckets for what attackers repeat: signing in, signing up, asking for password
 * resets; per signed-in user for what fills the database or costs the server most:
 * changes, and scanning receipts; and per API token, every request. Each limit holds so
 * many attempts per period per key (an address, an IP) and refills gradually, so that
 * after a burst one more try opens up every period/capacity. The buckets live in this
 * node's memory (or, with {@code expensync.limits.store=database}, in the database):
 * <ul>
 * <li>a bucket is made only when an attempt is taken or recorded, not when one is merely
 * checked, so refused requests make none;</li>
 * <li>one left alone for its limit's whole period is full again and is dropped;</li>
 * <li>at most {@value #MAX_KEYS} are kept: beyond that the least used go first, never all
 * at once; an empty bucket (an account locked, an address held up) is kept whatever their
 * number, until it is full again;</li>
 * <li>a key longer than {@value #MAX_KEY_LENGTH} characters (no address or email is) is
 * kept as its SHA-256.</li>
 * </ul>
 */
@Component
class Throttles {

	static final int MAX_KEYS = 100_000;

	static final int MAX_KEY_LENGTH = 320;

	/**
	 * What is limited, over which period; how many each allows is a setting
	 * ({@code expensync.limits.sign-in-per-ip} and so on) with the default given here.
	 */
	enum Limit {

		/** Sign-in attempts (form, sign-in code, passkey or API) from one address. */
		SIGN_IN_PER_IP(30, Duration.ofMinutes(10)),
		/** Failed sign-ins for one account before it is locked for a while. */
		FAILED_SIGN_INS_PER_ACCOUNT(5, Duration.ofMinutes(15)),
		/** New accounts from one address. */
		SIGN_UP_PER_IP(10, Duration.ofHours(1)),
		/** Reset requests and reset attempts from one address. */
		RESET_PER_IP(10, Duration.ofMinutes(15)),
		/** Reset emails to one address. */
		RESET_PER_ADDRESS(3, Duration.ofHours(1)),
		/** Sign-ups with one address on the form, each of which may email it. */
		SIGN_UP_EMAILS_PER_ADDRESS(5, Duration.ofHours(1)),
		/** Receipts one user uploads to be scanned. */
		RECEIPT_SCANS_PER_USER(100, Duration.ofHours(1)),
		/**
		 * Changes (POST, PUT, PATCH, DELETE) one signed-in user sends, pages and API
		 * alike.
		 */
		WRITES_PER_USER(1000, Duration.ofHours(1)),
		/**
		 * Requests one API token sends, reads included: more than a script syncing a
		 * person's finances needs (ten a second, on average), and a bound on what a
		 * leaked or runaway token can cost the server.
		 */
		API_TOKEN_REQUESTS(600, Duration.ofMinutes(1));

		final long defaultCapacity;

		final Duration period;

		Limit(long defaultCapacity, Duration period) {
			this.defaultCapacity = defaultCapacity;
			this.period = period;
		}

		String property() {
			return "expensync.limits." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	private final Map<Limit, Long> capacities = new EnumMap<>(Limit.class);

	private final MemoryBuckets memory;

	/**
	 * The buckets in the database, shared by all nodes; null when each node counts alone.
	 */
	private final @Nullable DatabaseBuckets shared;

	Throttles(Clock clock, Environment environment, DataSource dataSource) {
		for (Limit limit : Limit.values()) {
			capacities.put(limit, environment.getProperty(limit.property(), Long.class, limit.defaultCapacity));
		}
		TimeMeter time = new TimeMeter() {
			@Override
			public long currentTimeNanos() {
				return ChronoUnit.NANOS.between(java.time.Instant.EPOCH, clock.instant());
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}
		};
		this.memory = new MemoryBuckets(time, this::bandwidth);
		String store = environment.getProperty("expensync.limits.store", "memory");
		if (!store.equals("memory") && !store.equals("database")) {
			throw new IllegalStateException("expensync.limits.store must be memory or database, not " + store);
		}
		this.shared = store.equals("database")
				? new DatabaseBuckets(dataSource, clock, ClientSideConfig.getDefault()
					.withClientClock(time)
					.withExpirationAfterWriteStrategy(
							ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1))))
				: null;
	}

	/** Whether the buckets are in the database, shared by every node. */
	boolean sharedAcrossNodes() {
		return shared != null;
	}

	/**
	 * Removes the database rows of buckets that are full again; 0 when the buckets are in
	 * memory.
	 */
	int removeExpired() {
		return (shared != null) ? shared.removeExpired() : 0;
	}

	long capacity(Limit limit) {
		return capacities.get(limit);
	}

	/** Takes one attempt; answers how long to wait when none is left. */
	Optional<Duration> take(Limit limit, String key) {
		ConsumptionProbe probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
		keepWhileEmpty(limit, key, probe.getRemainingTokens());
		return probe.isConsumed() ? Optional.empty() : Optional.of(waitFor(probe.getNanosToWaitForRefill()));
	}

	/**
	 * Without taking one: how long to wait when none is left. A key never taken from has
	 * them all, and gets no bucket.
	 */
	Optional<Duration> check(Limit limit, String key) {
		Bucket bucket = (shared != null) ? bucket(limit, key) : memory.existing(id(limit, key));
		if (bucket == null) {
			return Optional.empty();
		}
		var estimate = bucket.estimateAbilityToConsume(1);
		return estimate.canBeConsumed() ? Optional.empty() : Optional.of(waitFor(estimate.getNanosToWaitForRefill()));
	}

	/** Records one (a failure) whether or not any is left. */
	void record(Limit limit, String key) {
		Bucket bucket = bucket(limit, key);
		bucket.tryConsume(1);
		keepWhileEmpty(limit, key, bucket.getAvailableTokens());
	}

	/** Keeps an empty bucket in memory, whatever their number, until it is full again. */
	private void keepWhileEmpty(Limit limit, String key, long remaining) {
		if (shared == null && remaining <= 0) {
			memory.keepWhileEmpty(id(limit, key));
		}
	}

	/** Starts the key afresh, e.g. an account after a good sign-in. */
	void forget(Limit limit, String key) {
		if (shared != null) {
			shared.removeProxy(id(limit, key));
		}
		memory.forget(id(limit, key));
	}

	/** How many buckets this node holds in memory. */
	long keys() {
		return memory.size();
	}

	private Bucket bucket(Limit limit, String key) {
		if (shared != null) {
			return shared.builder().build(id(limit, key), () -> configuration(limit));
		}
		return memory.bucket(id(limit, key), limit);
	}

	private BucketConfiguration configuration(Limit limit) {
		return BucketConfiguration.builder().addLimit(bandwidth(limit)).build();
	}

	private Bandwidth bandwidth(Limit limit) {
		return Bandwidth.builder()
			.capacity(capacity(limit))
			.refillGreedy(capacity(limit), limit.period)
			.id(limit.name())
			.build();
	}

	private static String id(Limit limit, String key) {
		String normal = key.strip().toLowerCase(Locale.ROOT);
		return limit.name() + ':' + (normal.length() > MAX_KEY_LENGTH ? "sha256:" + Sha256.hex(normal) : normal);
	}

	private static Duration waitFor(long nanos) {
		// whole seconds, rounded up, and at least one
		return Duration.ofSeconds(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
	}

}
