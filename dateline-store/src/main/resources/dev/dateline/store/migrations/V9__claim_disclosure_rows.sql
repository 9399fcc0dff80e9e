-- The disclosure of the claims stored before V8 (DuckDB cannot alter and update a table in one transaction).
UPDATE claims SET disclosure = CASE WHEN disclosed THEN 'stated' ELSE 'withheld' END WHERE disclosure IS NULL;
