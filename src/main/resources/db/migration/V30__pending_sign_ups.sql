-- A sign-up waiting for its emailed link (when the installation sends email): the account is made only once the
-- link is opened, so that the sign-up page answers the same whether or not the address has an account. Only a hash
-- of the link's token is kept, and the password only as its hash.
CREATE TABLE pending_sign_ups (
    token_hash    VARCHAR(64)  NOT NULL PRIMARY KEY,
    email         VARCHAR(254) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    name          VARCHAR(100) NOT NULL,
    currency      VARCHAR(3)   NOT NULL,
    timezone      VARCHAR(64)  NOT NULL,
    locale        VARCHAR(35)  NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX pending_sign_ups_email ON pending_sign_ups (email);
