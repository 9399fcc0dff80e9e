-- Events coded from each article, one row per mention (merging across articles comes later).
-- Offsets index the article's original_text. Replaced with the article's analysis.
CREATE TABLE events (
    article_id    VARCHAR NOT NULL,
    ordinal       INTEGER NOT NULL,                -- position among the article's events
    sentence      INTEGER NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end   INTEGER NOT NULL,
    trigger_text  VARCHAR NOT NULL,
    cameo         VARCHAR NOT NULL,                -- the code CAMEO gives the sentence (036 for "agreed to meet")
    act           VARCHAR NOT NULL,                -- the code of the act itself (040)
    plover_type   VARCHAR,                         -- null for statements (01x)
    plover_mode   VARCHAR,
    goldstein     DOUBLE NOT NULL,
    quad_class    INTEGER NOT NULL,
    modality      VARCHAR NOT NULL,                -- asserted | planned | requested | hypothetical | negated | denied | refused
    source_codes  VARCHAR[] NOT NULL,              -- '' for an actor that did not resolve
    source_texts  VARCHAR[] NOT NULL,
    target_codes  VARCHAR[] NOT NULL,
    target_texts  VARCHAR[] NOT NULL,
    claimant      VARCHAR,
    time_value    VARCHAR,                         -- TIMEX3 value
    time_basis    VARCHAR NOT NULL,                -- sentence | article | none
    place         VARCHAR,
    rule          VARCHAR NOT NULL                 -- how it was coded
);
