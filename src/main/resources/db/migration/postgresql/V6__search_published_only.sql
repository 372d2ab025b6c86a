-- The search index now holds only what readers can see, kept in step by the search module from
-- publishing's events, and orders equal matches by publication time.
DELETE FROM article_search s USING articles a WHERE a.id = s.article_id AND a.status <> 'published';
ALTER TABLE article_search ADD COLUMN published_at BIGINT;
UPDATE article_search s SET published_at = a.published_at FROM articles a WHERE a.id = s.article_id;
