-- one report per user and month: the key makes the monthly job's work happen once
CREATE TABLE monthly_reports (
    id            UUID          PRIMARY KEY,
    user_id       UUID          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    report_month  VARCHAR(7)    NOT NULL,
    currency      VARCHAR(3)    NOT NULL,
    income        NUMERIC(19,4) NOT NULL,
    expenses      NUMERIC(19,4) NOT NULL,
    transactions  INT           NOT NULL,
    -- categories, merchants, budgets and insights as computed on the day, as JSON
    details       VARCHAR(100000) NOT NULL,
    emailed       BOOLEAN       NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_monthly_reports_month UNIQUE (user_id, report_month)
);

-- users may turn the monthly report email off
ALTER TABLE users ADD COLUMN monthly_report_email BOOLEAN DEFAULT TRUE NOT NULL;
