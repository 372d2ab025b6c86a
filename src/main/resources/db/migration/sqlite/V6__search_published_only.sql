-- The search index now holds only what readers can see, kept in step by the search module from
-- publishing's events, and orders equal matches by publication time. FTS5 tables cannot gain a
-- column, so the index is built anew from the published articles it held.
CREATE VIRTUAL TABLE article_search_new USING fts5(
    headline, standfirst, body, published_at UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO article_search_new (rowid, headline, standfirst, body, published_at)
SELECT s.rowid, s.headline, s.standfirst, s.body, a.published_at
FROM article_search s JOIN articles a ON a.id = s.rowid
WHERE a.status = 'published';
DROP TABLE article_search;
ALTER TABLE article_search_new RENAME TO article_search;
