-- Every rule can differ on an article: its word lists and email domains switched off or added to,
-- the writer's refusal rate and the copy check set apart from the publication's (NULL: as the publication).
ALTER TABLE moderation_articles ADD COLUMN banned_words     INTEGER;
ALTER TABLE moderation_articles ADD COLUMN more_banned      TEXT;
ALTER TABLE moderation_articles ADD COLUMN suspect_words    INTEGER;
ALTER TABLE moderation_articles ADD COLUMN more_suspect     TEXT;
ALTER TABLE moderation_articles ADD COLUMN blocked_domains  INTEGER;
ALTER TABLE moderation_articles ADD COLUMN rejection_rate   INTEGER;
ALTER TABLE moderation_articles ADD COLUMN repeat_across    INTEGER;

-- The words (by fingerprint) of the last day's comments, the article they first came on and when,
-- and when they were last seen, written as each comment is screened: with several nodes, two copies
-- posted at the same moment on two articles meet here, one after the other, where reading the stored
-- comments would miss both.
CREATE TABLE moderation_fingerprints (
    fingerprint       TEXT    PRIMARY KEY,
    article_id        BIGINT  NOT NULL,
    seen_at           BIGINT  NOT NULL,
    last_at           BIGINT  NOT NULL
);
CREATE INDEX moderation_fingerprints_by_age ON moderation_fingerprints (last_at);
