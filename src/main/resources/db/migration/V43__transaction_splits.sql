-- A transaction split into parts, each under its own category and with its own description; the parts sum
-- exactly to the transaction's amount (checked by the app), and a split transaction has no category of its own.
CREATE TABLE transaction_splits (
    transaction_id UUID          NOT NULL REFERENCES transactions (id) ON DELETE CASCADE,
    position       INTEGER       NOT NULL,
    category_key   VARCHAR(60)   NOT NULL,
    amount         NUMERIC(19,4) NOT NULL,
    description    VARCHAR(255),
    PRIMARY KEY (transaction_id, position),
    CONSTRAINT ck_transaction_splits_amount CHECK (amount > 0)
);
CREATE INDEX ix_transaction_splits_category ON transaction_splits (category_key, transaction_id);
