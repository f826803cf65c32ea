-- personal API tokens: a script or app sends one as "Authorization: Bearer exs_..." and acts as
-- its owner. Only a SHA-256 of each token is kept, so a copy of the database opens no account.
-- expires_at is null for a token that never expires; last_used_at is noted at most once a
-- minute. Revoking a token deletes its row; the audit log keeps that it was revoked.
CREATE TABLE api_tokens (
    id           UUID         PRIMARY KEY,
    user_id      UUID         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_api_tokens_hash UNIQUE (token_hash),
    CONSTRAINT uq_api_tokens_name UNIQUE (user_id, name)
);
