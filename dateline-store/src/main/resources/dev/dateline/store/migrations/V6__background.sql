-- Events that are history the article recalls ("the 2008 war", "since the 1975 accords") rather
-- than news: kept as evidence, never a new current event.
ALTER TABLE events ADD COLUMN background VARCHAR;      -- why it is background; NULL for news
ALTER TABLE story_events ADD COLUMN background BOOLEAN DEFAULT false;  -- every mention is background
