-- the percentages of a budget at which its user is alerted, ascending, e.g. '80,100'
ALTER TABLE budgets ADD COLUMN thresholds VARCHAR(60) DEFAULT '80,100' NOT NULL;
