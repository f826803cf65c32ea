-- two-factor sign-in (TOTP, RFC 6238), one row per user who turned it on. The secret is
-- encrypted (AES-GCM, the installation's key from expensync.security.secret-key or
-- <data dir>/secret.key), so a copy of the database alone yields no codes. last_step is the
-- 30-second step of the last code accepted: a code is never taken twice.
CREATE TABLE two_factor (
    user_id     UUID         PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    secret      VARCHAR(200) NOT NULL,
    last_step   BIGINT       NOT NULL,
    enabled_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL
);

-- one-time recovery codes, kept only as SHA-256 hashes; used_at is set when one is spent
CREATE TABLE recovery_codes (
    id          UUID         PRIMARY KEY,
    user_id     UUID         NOT NULL REFERENCES two_factor (user_id) ON DELETE CASCADE,
    code_hash   VARCHAR(64)  NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_recovery_codes_hash UNIQUE (user_id, code_hash)
);
