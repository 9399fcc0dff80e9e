-- How a claim gives its figure: stated, withheld, or said to be unconfirmed ("could not confirm"),
-- filled for older rows by V9. "disclosed" stays, true for stated figures only.
ALTER TABLE claims ADD COLUMN disclosure VARCHAR;
-- The place whose people a figure counts, when narrower than a country ("killed in Tskhinvali").
ALTER TABLE claims ADD COLUMN place VARCHAR;
