-- what happened to an account's security, for the user to see on their Security activity page:
-- sign-ins, failed sign-ins, two-factor changes, sessions signed out; where from and when
CREATE TABLE audit_events (
    id         UUID         PRIMARY KEY,
    user_id    UUID         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       VARCHAR(40)  NOT NULL,
    detail     VARCHAR(500),
    address    VARCHAR(64),
    browser    VARCHAR(100),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_audit_events_user ON audit_events (user_id, created_at DESC);
