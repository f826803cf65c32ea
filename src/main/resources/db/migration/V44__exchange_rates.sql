-- Exchange rates. The column for the day is rate_date, not "day": DAY is a reserved word in H2.
--
-- The European Central Bank's daily reference rates: how many units of the currency one euro is worth on that
-- day. The euro itself (1 on every day) is not stored. Shared by all users; only the ECB job writes them.
CREATE TABLE reference_rates (
    currency  VARCHAR(3)     NOT NULL,
    rate_date DATE           NOT NULL,
    per_euro  NUMERIC(19,10) NOT NULL,
    PRIMARY KEY (currency, rate_date),
    CONSTRAINT ck_reference_rates_per_euro CHECK (per_euro > 0)
);
-- the cross rate of two currencies joins them on the day
CREATE INDEX ix_reference_rates_date ON reference_rates (rate_date, currency);

-- Rates a user typed in: on that day, 1 base is worth rate quote. They go with the user.
CREATE TABLE hand_rates (
    user_id    UUID           NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    base       VARCHAR(3)     NOT NULL,
    quote      VARCHAR(3)     NOT NULL,
    rate_date  DATE           NOT NULL,
    rate       NUMERIC(19,10) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, base, quote, rate_date),
    CONSTRAINT ck_hand_rates_rate CHECK (rate > 0),
    CONSTRAINT ck_hand_rates_pair CHECK (base <> quote)
);
