-- Free tags on transactions ("holiday-2026"): stored as typed but in lower case, so that one tag is one row
-- whatever its spelling. A transaction's tags go with it.
CREATE TABLE transaction_tags (
    transaction_id UUID        NOT NULL REFERENCES transactions (id) ON DELETE CASCADE,
    tag            VARCHAR(40) NOT NULL,
    PRIMARY KEY (transaction_id, tag)
);
CREATE INDEX ix_transaction_tags_tag ON transaction_tags (tag, transaction_id);
