-- PostgreSQL only: search matches '%text%' anywhere in description, merchant and notes, which a b-tree index
-- cannot serve. Trigram indexes can, so a search reads the matching rows instead of the whole ledger.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_transactions_description_trgm ON transactions USING gin (lower(description) gin_trgm_ops);
CREATE INDEX ix_transactions_merchant_trgm ON transactions USING gin (lower(merchant) gin_trgm_ops);
CREATE INDEX ix_transactions_notes_trgm ON transactions USING gin (lower(notes) gin_trgm_ops);
