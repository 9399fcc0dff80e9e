-- How likely each stored event's coding is right, by the confidence model (0 to 1). Events the
-- coder abstains from are not stored. NULL for events stored before the model existed.
ALTER TABLE events ADD COLUMN confidence DOUBLE;
