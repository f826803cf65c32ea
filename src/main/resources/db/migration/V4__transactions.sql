CREATE TABLE transactions (
    id            UUID          PRIMARY KEY,
    user_id       UUID          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    account_id    UUID          NOT NULL REFERENCES accounts (id),
    to_account_id UUID          REFERENCES accounts (id),
    type          VARCHAR(16)   NOT NULL,
    amount        NUMERIC(19,4) NOT NULL,
    currency      VARCHAR(3)    NOT NULL,
    booked_on     DATE          NOT NULL,
    description   VARCHAR(255),
    category_key  VARCHAR(60),
    merchant      VARCHAR(120),
    notes         VARCHAR(2000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT ck_transactions_amount CHECK (amount > 0),
    CONSTRAINT ck_transactions_transfer CHECK ((type = 'TRANSFER') = (to_account_id IS NOT NULL)),
    CONSTRAINT ck_transactions_two_accounts CHECK (to_account_id IS NULL OR to_account_id <> account_id)
);
CREATE INDEX ix_transactions_user_date ON transactions (user_id, booked_on DESC, created_at DESC);
CREATE INDEX ix_transactions_account_date ON transactions (account_id, booked_on DESC, created_at DESC);
CREATE INDEX ix_transactions_to_account ON transactions (to_account_id);
