CREATE TABLE budgets (
    id         UUID          PRIMARY KEY,
    user_id    UUID          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- what the budget covers: 'ALL' for all spending, later a category key
    scope      VARCHAR(60)   NOT NULL,
    amount     NUMERIC(19,4) NOT NULL,
    currency   VARCHAR(3)    NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT        NOT NULL,
    CONSTRAINT uk_budgets_scope UNIQUE (user_id, scope),
    CONSTRAINT ck_budgets_amount CHECK (amount > 0)
);
