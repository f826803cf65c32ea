-- when the user proved the address is theirs; null until then
ALTER TABLE users ADD COLUMN email_verified_at TIMESTAMP WITH TIME ZONE;

-- single-use, expiring links sent by email (address verification, password reset); only a
-- SHA-256 of each token is kept, so a copy of the database opens no account
CREATE TABLE email_tokens (
    id          UUID        PRIMARY KEY,
    user_id     UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose     VARCHAR(20) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_email_tokens_hash UNIQUE (token_hash)
);
CREATE INDEX ix_email_tokens_user ON email_tokens (user_id, purpose);
