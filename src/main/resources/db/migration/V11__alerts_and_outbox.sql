-- one row per budget alert sent: its key makes each (budget, month, threshold) alert go out at most once
CREATE TABLE budget_alerts (
    budget_id  UUID       NOT NULL REFERENCES budgets (id) ON DELETE CASCADE,
    alert_month VARCHAR(7) NOT NULL,
    threshold  INT        NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (budget_id, alert_month, threshold)
);

-- every email, written in the same transaction as the change that causes it
CREATE TABLE email_outbox (
    id              UUID          PRIMARY KEY,
    user_id         UUID          REFERENCES users (id) ON DELETE CASCADE,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(255)  NOT NULL,
    html_body       VARCHAR(200000) NOT NULL,
    text_body       VARCHAR(200000) NOT NULL,
    kind            VARCHAR(40)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_outbox_pending ON email_outbox (status, next_attempt_at);
CREATE INDEX ix_outbox_user ON email_outbox (user_id, created_at);
