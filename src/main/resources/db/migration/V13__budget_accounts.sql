-- the accounts whose expenses count towards a user's budgets; no row means all accounts.
-- Deleting an account drops its row, and a user left with none counts all accounts again.
CREATE TABLE budget_accounts (
    user_id    UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    account_id UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, account_id)
);
CREATE INDEX ix_budget_accounts_account ON budget_accounts (account_id);
