-- A row that sign-ups lock while they decide whether they are the installation's first (who becomes its admin):
-- two first sign-ups at once both counted no users and both became admins.
INSERT INTO settings (name, setting_value, updated_by, updated_at)
VALUES ('sign-up-lock', 'held while a sign-up checks whether it is the first', NULL, CURRENT_TIMESTAMP);
