package io.expensync.security;

import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.expensync.security.Throttles.Limit;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Throttles} buckets kept in this node's memory, by id (the limit and the
 * key). One left alone for its limit's whole period is full again and is dropped; at most
 * {@value Throttles#MAX_KEYS} are kept, the least used going first beyond that, except
 * those kept while empty.
 */
final class MemoryBuckets {

	private final Cache<String, Held> buckets;

	private final TimeMeter time;

	private final Function<Limit, Bandwidth> bandwidths;

	/**
	 * @param bandwidths how many attempts a new bucket of each limit holds and how it
	 * refills
	 */
	MemoryBuckets(TimeMeter time, Function<Limit, Bandwidth> bandwidths) {
		this.time = time;
		this.bandwidths = bandwidths;
		this.buckets = Caffeine.newBuilder()
			.maximumWeight(Throttles.MAX_KEYS)
			.weigher((String id, Held held) -> held.kept() ? 0 : 1)
			.expireAfter(Expiry.accessing((String id, Held held) -> held.limit().period))
			.ticker(time::currentTimeNanos)
			.executor(Runnable::run)
			.build();
	}

	/** The bucket with this id, made full when there is none. */
	Bucket bucket(String id, Limit limit) {
		return buckets
			.get(id, (key) -> new Held(limit,
					Bucket.builder().addLimit(bandwidths.apply(limit)).withCustomTimePrecision(time).build(), false))
			.bucket();
	}

	/** The bucket with this id, if there is one; none is made. */
	@Nullable Bucket existing(String id) {
		Held held = buckets.getIfPresent(id);
		return (held != null) ? held.bucket() : null;
	}

	/**
	 * An empty bucket holds a key back (an account locked, an address held up): it weighs
	 * nothing, so no flood of other keys pushes it out; it goes when it is full again.
	 */
	void keepWhileEmpty(String id) {
		buckets.asMap().computeIfPresent(id, (key, held) -> held.kept() ? held : held.keep());
	}

	void forget(String id) {
		buckets.invalidate(id);
	}

	/** How many buckets there are. */
	long size() {
		buckets.cleanUp();
		return buckets.estimatedSize();
	}

	/**
	 * A bucket, with the limit that says how long it is kept unused, and whether it is
	 * kept whatever the number of keys.
	 */
	private record Held(Limit limit, Bucket bucket, boolean kept) {

		Held keep() {
			return new Held(limit, bucket, true);
		}

	}

}
