-- receipts the user uploaded: the file lies under the data directory (receipts/<user>/<id>),
-- this row says whose it is, what it is, what scanning it found and which transaction keeps it
CREATE TABLE receipts (
    id             UUID          PRIMARY KEY,
    user_id        UUID          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- null until a transaction is saved with it; when that transaction is deleted the
    -- receipt is let go and removed with the other unkept uploads
    transaction_id UUID          REFERENCES transactions (id) ON DELETE SET NULL,
    content_type   VARCHAR(40)   NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         VARCHAR(64)   NOT NULL,
    file_name      VARCHAR(255)  NOT NULL,
    status         VARCHAR(12)   NOT NULL,
    -- the fields found, as JSON, once scanned
    scan           VARCHAR(20000),
    failure        VARCHAR(500),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    scanned_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_receipts_transaction UNIQUE (transaction_id)
);
CREATE INDEX ix_receipts_user ON receipts (user_id, created_at);
CREATE INDEX ix_receipts_created ON receipts (created_at);
