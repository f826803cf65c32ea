CREATE TABLE accounts (
    id              UUID          PRIMARY KEY,
    user_id         UUID          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name            VARCHAR(100)  NOT NULL,
    type            VARCHAR(16)   NOT NULL,
    currency        VARCHAR(3)    NOT NULL,
    balance         NUMERIC(19,4) NOT NULL,
    opening_balance NUMERIC(19,4) NOT NULL,
    -- the owner's id while this is their default account: unique, so at most one default per user
    default_owner   UUID,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT uk_accounts_default UNIQUE (default_owner)
);
CREATE INDEX ix_accounts_user ON accounts (user_id, created_at);
