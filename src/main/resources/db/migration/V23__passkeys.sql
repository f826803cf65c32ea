-- Passkeys (WebAuthn): the two tables Spring Security's JdbcPublicKeyCredentialUserEntityRepository
-- and JdbcUserCredentialRepository read and write, as in its user-entities-schema.sql and
-- user-credentials-schema-postgres.sql. Bytes are BYTEA, which H2 reads as well (its BLOB is not
-- PostgreSQL's); times carry their zone, as everywhere in this schema.

-- One row per user who ever asked to add a passkey: their WebAuthn user handle (random bytes,
-- base64url) under their email address, which is what Spring Security names the user by. The
-- foreign key on the address removes a user's passkeys with the user's row, and would follow
-- the address if it changed.
CREATE TABLE user_entities (
    id           VARCHAR(1000) PRIMARY KEY,
    name         VARCHAR(254)  NOT NULL,
    display_name VARCHAR(254),
    CONSTRAINT uq_user_entities_name UNIQUE (name),
    CONSTRAINT fk_user_entities_user FOREIGN KEY (name) REFERENCES users (email)
        ON DELETE CASCADE ON UPDATE CASCADE
);

-- One row per passkey: its credential id (base64url), its public key (COSE), the signature
-- counter, the user's label, and when it was added and last used to sign in.
CREATE TABLE user_credentials (
    credential_id                VARCHAR(1000) PRIMARY KEY,
    user_entity_user_id          VARCHAR(1000) NOT NULL REFERENCES user_entities (id) ON DELETE CASCADE,
    public_key                   BYTEA         NOT NULL,
    signature_count              BIGINT,
    uv_initialized               BOOLEAN,
    backup_eligible              BOOLEAN       NOT NULL,
    authenticator_transports     VARCHAR(1000),
    public_key_credential_type   VARCHAR(100),
    backup_state                 BOOLEAN       NOT NULL,
    attestation_object           BYTEA,
    attestation_client_data_json BYTEA,
    created                      TIMESTAMP WITH TIME ZONE,
    last_used                    TIMESTAMP WITH TIME ZONE,
    label                        VARCHAR(1000) NOT NULL
);
CREATE INDEX ix_user_credentials_user ON user_credentials (user_entity_user_id);
