-- rate-limit buckets shared by all nodes (expensync.limits.store=database): one row per
-- limit and key (an address, an account), Bucket4j's serialised state, and when the row
-- may be removed because the bucket would be full again by then (epoch milliseconds)
CREATE TABLE rate_limit_buckets (
    id         VARCHAR(320) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX ix_rate_limit_buckets_expiry ON rate_limit_buckets (expires_at);
