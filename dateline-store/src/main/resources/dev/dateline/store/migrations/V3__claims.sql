-- Figures articles claim, one row per mention. Offsets index the article's original_text.
-- Replaced with the article's analysis. low/high NULL: unknown or unbounded; disclosed false: withheld.
CREATE TABLE claims (
    article_id     VARCHAR NOT NULL,
    ordinal        INTEGER NOT NULL,
    sentence       INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    start_offset   INTEGER NOT NULL,
    end_offset     INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    measure        VARCHAR NOT NULL,                -- killed | wounded | missing | captured | displaced | refugees | evacuated | casualties
    low            BIGINT,
    high           BIGINT,
    disclosed      BOOLEAN NOT NULL,
    subject_code   VARCHAR,
    subject_text   VARCHAR,
    category       VARCHAR NOT NULL,                -- military | civilian | all
    claimant_code  VARCHAR,
    claimant_text  VARCHAR,
    as_of          VARCHAR,                         -- TIMEX3 date value
    as_of_basis    VARCHAR NOT NULL,                -- sentence | article | none
    since          VARCHAR,
    rule           VARCHAR NOT NULL
);
