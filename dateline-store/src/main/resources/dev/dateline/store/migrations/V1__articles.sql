-- Articles, where they were read from, and their sentences with tokens.
CREATE TABLE articles (
    id                   VARCHAR PRIMARY KEY,      -- first 16 hex of the SHA-256 of original_text
    format               VARCHAR NOT NULL,         -- text | markdown | html
    original_text        VARCHAR NOT NULL,
    clean_text           VARCHAR NOT NULL,
    offset_map           INTEGER[] NOT NULL,       -- OffsetMap.encode(): clean_text positions to original_text
    paragraphs           INTEGER[] NOT NULL,       -- start, end, start, end, ... in clean_text
    title                VARCHAR,
    outlet               VARCHAR,
    byline               VARCHAR,
    agencies             VARCHAR[] NOT NULL,
    dateline             VARCHAR,
    url                  VARCHAR,
    language             VARCHAR NOT NULL,
    published_date       DATE,
    published_earliest   DATE,
    published_latest     DATE,
    published_basis      VARCHAR NOT NULL,
    published_confidence DOUBLE NOT NULL,
    sentence_count       INTEGER NOT NULL,
    token_count          INTEGER NOT NULL,
    pipeline_version     VARCHAR NOT NULL,         -- analysis is redone when this changes
    first_seen           TIMESTAMP NOT NULL,
    analyzed_at          TIMESTAMP NOT NULL
);

-- Every place an article was read from: the same text under two names is one article, two sources.
CREATE TABLE article_sources (
    article_id  VARCHAR NOT NULL,
    source      VARCHAR NOT NULL,
    source_line INTEGER NOT NULL,                  -- line of a JSON Lines record, 0 for a whole file
    first_seen  TIMESTAMP NOT NULL,
    PRIMARY KEY (article_id, source, source_line)
);

-- One row per sentence; token attributes are parallel lists. Offsets index original_text.
-- No key: an article's sentences are replaced (deleted and inserted) in one transaction, which
-- DuckDB's eager unique-constraint checks would refuse.
CREATE TABLE sentences (
    article_id   VARCHAR NOT NULL,
    idx          INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    token_starts INTEGER[] NOT NULL,
    token_ends   INTEGER[] NOT NULL,
    words        VARCHAR[] NOT NULL,
    pos          VARCHAR[] NOT NULL,
    lemmas       VARCHAR[] NOT NULL,
    heads        INTEGER[] NOT NULL,               -- index of the head token, -1 for the root
    relations    VARCHAR[] NOT NULL                -- Universal Dependencies relation to the head
);
