-- A comment approved, taken down and approved again tells its subscribers once.
ALTER TABLE comments ADD COLUMN notified_at BIGINT;
-- A job that keeps failing is set aside after a few tries instead of holding up every later one.
ALTER TABLE discussion_jobs ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
-- Columns that deletions and follow-ups look rows up by.
CREATE INDEX comments_by_parent ON comments (parent_id);
CREATE INDEX comment_subscriptions_by_comment ON comment_subscriptions (comment_id);
CREATE INDEX discussion_jobs_by_comment ON discussion_jobs (comment_id);
-- Each article's number of public comments, kept as comments come and go: pages and lists of cards
-- show it without counting thirty thousand rows.
CREATE TABLE comment_counts (
    article_id       BIGINT PRIMARY KEY,
    public_comments  BIGINT NOT NULL DEFAULT 0
);
INSERT INTO comment_counts (article_id, public_comments)
SELECT article_id, COUNT(*) FROM comments WHERE status = 'approved' AND deleted_at IS NULL GROUP BY article_id;
-- The comment feed lists an article's newest comments at any depth.
CREATE INDEX comments_recent ON comments (article_id, status, created_at, id);
