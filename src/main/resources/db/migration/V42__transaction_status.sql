-- Whether the bank has booked a transaction yet: PENDING (typed in, not seen on a statement), CLEARED (seen, or
-- imported from the bank) or RECONCILED (ticked off against a statement's closing balance). A transfer is on two
-- statements, so its receiving side has its own status. Rows imported so far came from the bank.
ALTER TABLE transactions ADD COLUMN status VARCHAR(12) DEFAULT 'PENDING' NOT NULL;
ALTER TABLE transactions ADD COLUMN to_status VARCHAR(12);
UPDATE transactions SET status = 'CLEARED' WHERE import_id IS NOT NULL OR bank_id IS NOT NULL;
UPDATE transactions SET to_status = status WHERE to_account_id IS NOT NULL;
-- (written with CASE, not IN or ORs that H2 turns into IN: H2 keeps the session that made an IN list's
-- constraint, and fails every insert once that connection is closed)
ALTER TABLE transactions ADD CONSTRAINT ck_transactions_status
    CHECK ((CASE status WHEN 'PENDING' THEN 1 WHEN 'CLEARED' THEN 1 WHEN 'RECONCILED' THEN 1 ELSE 0 END) = 1
       AND (CASE COALESCE(to_status, 'PENDING') WHEN 'PENDING' THEN 1 WHEN 'CLEARED' THEN 1 WHEN 'RECONCILED' THEN 1
            ELSE 0 END) = 1
       AND ((to_account_id IS NULL) = (to_status IS NULL)));

-- Each reconciliation of an account with a bank statement: the statement's date and closing balance, how many
-- transactions it ticked off, and the adjustment booked when they could not come to it.
CREATE TABLE reconciliations (
    id              UUID          PRIMARY KEY,
    user_id         UUID          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    account_id      UUID          NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    statement_date  DATE          NOT NULL,
    closing_balance NUMERIC(19,4) NOT NULL,
    currency        VARCHAR(3)    NOT NULL,
    transactions    INTEGER       NOT NULL,
    adjustment      NUMERIC(19,4),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_reconciliations_account ON reconciliations (account_id, statement_date DESC, created_at DESC);
CREATE INDEX ix_reconciliations_user ON reconciliations (user_id);
