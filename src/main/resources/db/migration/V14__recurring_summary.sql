-- occurrences the job booked that no daily summary email has told the user about yet;
-- what was booked before this migration counts as told
ALTER TABLE recurring_occurrences ADD COLUMN told BOOLEAN DEFAULT TRUE NOT NULL;
CREATE INDEX ix_occurrences_untold ON recurring_occurrences (told);
