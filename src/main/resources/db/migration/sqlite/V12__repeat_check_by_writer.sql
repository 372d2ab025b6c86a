-- The check for a word-for-word repeat looks at one writer's recent comments. Without these it read
-- every comment of the article, so each new comment cost more than the one before.
CREATE INDEX comments_by_guest_email ON comments (author_email, created_at);
DROP INDEX comments_by_user;
CREATE INDEX comments_by_user ON comments (user_id, created_at);
