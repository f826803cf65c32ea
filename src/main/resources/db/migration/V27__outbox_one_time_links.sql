-- An email with a one-time link (confirm the address, reset the password) keeps its body only until it is
-- delivered or its link has expired (7 days at most): then the body is replaced by a note, so that no admin
-- and no database backup finds a usable link in the outbox. Emails written before this are treated alike.
ALTER TABLE email_outbox ADD COLUMN one_time_link BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE email_outbox SET one_time_link = TRUE WHERE kind IN ('welcome', 'verify-address', 'password-reset');
UPDATE email_outbox
SET html_body = '<p>This email held a one-time link. It was removed once the email was delivered or the link had expired.</p>',
    text_body = 'This email held a one-time link. It was removed once the email was delivered or the link had expired.'
WHERE one_time_link AND (status = 'SENT' OR created_at < CURRENT_TIMESTAMP - INTERVAL '7' DAY);
