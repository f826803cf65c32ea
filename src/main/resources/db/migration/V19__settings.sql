-- what an administrator changed for the whole installation in the app (e.g. whether anyone
-- may sign up); a setting missing here keeps its value from the configuration
CREATE TABLE settings (
    name          VARCHAR(60)  PRIMARY KEY,
    setting_value VARCHAR(200) NOT NULL,
    updated_by    UUID         REFERENCES users (id) ON DELETE SET NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
