-- The story each stored article belongs to, as the last analyze that read it clustered it.
-- A story's id is the id of its first article.
CREATE TABLE story_articles (
    article_id VARCHAR PRIMARY KEY,
    story_id   VARCHAR NOT NULL
);
