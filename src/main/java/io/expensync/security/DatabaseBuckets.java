package io.expensync.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import org.jspecify.annotations.Nullable;

/**
 * Bucket4j buckets in the application's database ({@code rate_limit_buckets}), so that
 * every node counts the same attempts: each take locks the bucket's row
 * ({@code SELECT … FOR UPDATE}), changes its state and commits, in its own short database
 * transaction. Works on PostgreSQL and H2. A row lives until its bucket would be full
 * again; {@link #removeExpired} deletes the rest.
 */
class DatabaseBuckets extends AbstractSelectForUpdateBasedProxyManager<String> {

	private final DataSource dataSource;

	private final Clock clock;

	private final ExpirationAfterWriteStrategy expiry;

	DatabaseBuckets(DataSource dataSource, Clock clock, ClientSideConfig config) {
		super(config);
		this.dataSource = dataSource;
		this.clock = clock;
		this.expiry = config.getExpirationAfterWriteStrategy().orElse(ExpirationAfterWriteStrategy.none());
	}

	@Override
	protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
		return new RowTransaction(key);
	}

	/** Each row keeps when its bucket is full again, for {@link #removeExpired}. */
	@Override
	public boolean isExpireAfterWriteSupported() {
		return true;
	}

	@Override
	public void removeProxy(String key) {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement delete = connection.prepareStatement("delete from rate_limit_buckets where id = ?")) {
			delete.setString(1, key);
			delete.executeUpdate();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not remove rate-limit bucket " + key, ex);
		}
	}

	/** Deletes the rows of buckets that are full again; answers how many. */
	int removeExpired() {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement delete = connection
					.prepareStatement("delete from rate_limit_buckets where expires_at < ?")) {
			delete.setLong(1, clock.millis());
			return delete.executeUpdate();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not remove expired rate-limit buckets", ex);
		}
	}

	private final class RowTransaction implements SelectForUpdateBasedTransaction {

		private final String key;

		private @Nullable Connection connection;

		RowTransaction(String key) {
			this.key = key;
		}

		@Override
		public void begin(Optional<Long> timeoutNanos) {
			try {
				connection = dataSource.getConnection();
				connection.setAutoCommit(false);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not open a rate-limit transaction", ex);
			}
		}

		@Override
		public LockAndGetResult tryLockAndGet(Optional<Long> timeoutNanos) {
			try (PreparedStatement select = connection()
				.prepareStatement("select state from rate_limit_buckets where id = ? for update")) {
				select.setString(1, key);
				try (ResultSet row = select.executeQuery()) {
					return row.next() ? LockAndGetResult.locked(row.getBytes(1)) : LockAndGetResult.notLocked();
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not lock rate-limit bucket " + key, ex);
			}
		}

		/** Inserts the empty row; false when another node inserted it first. */
		@Override
		public boolean tryInsertEmptyData(Optional<Long> timeoutNanos) {
			Savepoint before = null;
			try (PreparedStatement insert = connection()
				.prepareStatement("insert into rate_limit_buckets (id, state, expires_at) values (?, null, null)")) {
				before = connection().setSavepoint();
				insert.setString(1, key);
				insert.executeUpdate();
				connection().releaseSavepoint(before);
				return true;
			}
			catch (SQLException ex) {
				// a duplicate key: PostgreSQL needs the savepoint to go on in this
				// transaction
				try {
					if (before != null) {
						connection().rollback(before);
					}
				}
				catch (SQLException rollback) {
					ex.addSuppressed(rollback);
					throw new IllegalStateException("Could not create rate-limit bucket " + key, ex);
				}
				return false;
			}
		}

		@Override
		public void update(byte[] data, RemoteBucketState state, Optional<Long> timeoutNanos) {
			try (PreparedStatement update = connection()
				.prepareStatement("update rate_limit_buckets set state = ?, expires_at = ? where id = ?")) {
				long now = clock.millis();
				long ttl = expiry.calculateTimeToLiveMillis(state, now * 1_000_000L);
				update.setBytes(1, data);
				if (ttl == Long.MAX_VALUE || ttl < 0) {
					update.setNull(2, java.sql.Types.BIGINT);
				}
				else {
					update.setLong(2, now + ttl);
				}
				update.setString(3, key);
				update.executeUpdate();
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not save rate-limit bucket " + key, ex);
			}
		}

		@Override
		public void commit(Optional<Long> timeoutNanos) {
			try {
				connection().commit();
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not commit rate-limit bucket " + key, ex);
			}
		}

		@Override
		public void rollback() {
			try {
				connection().rollback();
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not roll back rate-limit bucket " + key, ex);
			}
		}

		@Override
		public void release() {
			try {
				if (connection != null) {
					connection.setAutoCommit(true);
					connection.close();
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not release rate-limit connection", ex);
			}
		}

		private Connection connection() {
			if (connection == null) {
				throw new IllegalStateException("rate-limit transaction not begun");
			}
			return connection;
		}

	}

}
