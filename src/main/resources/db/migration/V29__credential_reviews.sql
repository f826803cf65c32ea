-- After a password reset, the user is shown the passkeys and API tokens that still sign in to the account (neither
-- is touched by the reset), until they say they have looked: whoever reset the password because someone else knew it
-- may find that person's passkey or token there.
CREATE TABLE credential_reviews (
    user_id  UUID      NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    reset_at TIMESTAMP WITH TIME ZONE NOT NULL
);
