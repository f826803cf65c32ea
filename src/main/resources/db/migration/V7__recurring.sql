ALTER TABLE transactions ADD COLUMN recurring_rule_id UUID;
CREATE INDEX ix_transactions_rule ON transactions (recurring_rule_id);

CREATE TABLE recurring_rules (
    id            UUID          PRIMARY KEY,
    user_id       UUID          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    interval_unit VARCHAR(16)   NOT NULL,
    every_n       INT           NOT NULL,
    anchor_date   DATE          NOT NULL,
    until_date    DATE,
    -- the occurrence to book next, counted from the anchor (0 is the anchor), and its date; null once ended
    next_index    BIGINT        NOT NULL,
    next_due      DATE,
    type          VARCHAR(16)   NOT NULL,
    amount        NUMERIC(19,4) NOT NULL,
    currency      VARCHAR(3)    NOT NULL,
    description   VARCHAR(255),
    category_key  VARCHAR(60),
    merchant      VARCHAR(120),
    notes         VARCHAR(2000),
    account_id    UUID          NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    to_account_id UUID          REFERENCES accounts (id) ON DELETE CASCADE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT ck_recurring_every CHECK (every_n BETWEEN 1 AND 999),
    CONSTRAINT ck_recurring_amount CHECK (amount > 0)
);
CREATE INDEX ix_recurring_due ON recurring_rules (next_due);
CREATE INDEX ix_recurring_user ON recurring_rules (user_id);

-- one row per booked occurrence: the primary key is what makes booking exactly-once
CREATE TABLE recurring_occurrences (
    rule_id         UUID NOT NULL REFERENCES recurring_rules (id) ON DELETE CASCADE,
    occurrence_date DATE NOT NULL,
    transaction_id  UUID,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (rule_id, occurrence_date)
);
