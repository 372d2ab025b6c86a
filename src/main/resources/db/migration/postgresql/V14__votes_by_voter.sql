-- A reader's page shows their own votes: read by voter and article, rather than by every comment on the page.
CREATE INDEX comment_votes_by_voter ON comment_votes (voter, comment_id);

-- Threads whose first comment was taken down while replies to it are public keep their place; they
-- are few, and found without reading the article's other comments.
CREATE INDEX comments_kept_threads ON comments (article_id, created_at, id)
    WHERE depth = 0 AND status <> 'approved' AND thread_replies > 0;
