-- Money in two currencies. A transfer between accounts of two currencies carries the amount that arrived, in the
-- receiving account's currency, exactly as the bank booked it (to_amount, to_currency); the sending side moves by
-- amount. A purchase or refund abroad keeps the amount and currency it was made in beside the booked amount.
ALTER TABLE transactions ADD COLUMN to_amount NUMERIC(19,4);
ALTER TABLE transactions ADD COLUMN to_currency VARCHAR(3);
ALTER TABLE transactions ADD COLUMN original_amount NUMERIC(19,4);
ALTER TABLE transactions ADD COLUMN original_currency VARCHAR(3);
ALTER TABLE transactions ADD CONSTRAINT ck_transactions_to_amount
    CHECK ((to_amount IS NULL) = (to_currency IS NULL)
       AND (to_amount IS NULL OR (to_amount > 0 AND to_account_id IS NOT NULL AND to_currency <> currency)));
ALTER TABLE transactions ADD CONSTRAINT ck_transactions_original_amount
    CHECK ((original_amount IS NULL) = (original_currency IS NULL)
       AND (original_amount IS NULL OR (original_amount > 0 AND to_account_id IS NULL
            AND original_currency <> currency)));
