-- the report's insights as a paragraph an AI provider wrote when the report was made, and the
-- model that wrote it; null when phrasing was off or its paragraph was not used
ALTER TABLE monthly_reports ADD COLUMN summary VARCHAR(1000);
ALTER TABLE monthly_reports ADD COLUMN summary_model VARCHAR(200);
