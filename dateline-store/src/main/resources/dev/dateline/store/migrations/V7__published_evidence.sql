-- How each publication date was found: the statement or the expressions used, one per line.
ALTER TABLE articles ADD COLUMN published_evidence VARCHAR;
