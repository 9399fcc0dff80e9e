-- Each story's events, mentions reporting one happening merged, as the last analyze that read the
-- story's articles merged them: the timeline. Replaced story by story.
CREATE TABLE story_events (
    story_id     VARCHAR NOT NULL,
    event_id     VARCHAR NOT NULL,                -- the id of its first mention: <article>-e<n>
    date         VARCHAR,                         -- TIMEX3 value the mentions give, NULL when none
    summary      VARCHAR NOT NULL,
    modality     VARCHAR NOT NULL,                -- the latest mention's
    num_articles INTEGER NOT NULL,
    num_sources  INTEGER NOT NULL,
    importance   DOUBLE NOT NULL,                 -- independent sources x 10 + |Goldstein|
    mentions     VARCHAR[] NOT NULL,              -- <article>-e<n> of every mention
    PRIMARY KEY (story_id, event_id)
);
