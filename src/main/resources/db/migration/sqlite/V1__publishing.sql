-- Times are epoch milliseconds (UTC) in both databases, so the same SQL compares them.

CREATE TABLE publication (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    name          TEXT    NOT NULL,
    tagline       TEXT    NOT NULL DEFAULT '',
    base_url      TEXT    NOT NULL,
    language      TEXT    NOT NULL DEFAULT 'en',
    time_zone     TEXT    NOT NULL DEFAULT 'UTC',
    logo_url      TEXT,
    support_text  TEXT    NOT NULL DEFAULT '',
    support_html  TEXT    NOT NULL DEFAULT '',
    updated_at    BIGINT  NOT NULL
);

CREATE TABLE media (
    id            INTEGER PRIMARY KEY,
    storage_key   TEXT    NOT NULL UNIQUE,
    content_type  TEXT    NOT NULL,
    width         INTEGER NOT NULL,
    height        INTEGER NOT NULL,
    rendition_widths TEXT NOT NULL DEFAULT '',
    alt_text      TEXT    NOT NULL DEFAULT '',
    caption       TEXT    NOT NULL DEFAULT '',
    credit        TEXT    NOT NULL DEFAULT '',
    created_at    BIGINT  NOT NULL
);

CREATE TABLE authors (
    id            INTEGER PRIMARY KEY,
    slug          TEXT    NOT NULL UNIQUE,
    name          TEXT    NOT NULL,
    bio_short     TEXT    NOT NULL DEFAULT '',
    bio_long      TEXT    NOT NULL DEFAULT '',
    avatar_media_id INTEGER REFERENCES media (id) ON DELETE SET NULL,
    created_at    BIGINT  NOT NULL,
    updated_at    BIGINT  NOT NULL
);

CREATE TABLE sections (
    id            INTEGER PRIMARY KEY,
    slug          TEXT    NOT NULL UNIQUE,
    name          TEXT    NOT NULL,
    description   TEXT    NOT NULL DEFAULT '',
    position      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE tags (
    id            INTEGER PRIMARY KEY,
    slug          TEXT    NOT NULL UNIQUE,
    name          TEXT    NOT NULL
);

CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    slug          TEXT    NOT NULL UNIQUE,
    headline      TEXT    NOT NULL,
    standfirst    TEXT    NOT NULL DEFAULT '',
    body_markdown TEXT    NOT NULL DEFAULT '',
    body_html     TEXT    NOT NULL DEFAULT '',
    lead_media_id INTEGER REFERENCES media (id) ON DELETE SET NULL,
    section_id    INTEGER REFERENCES sections (id) ON DELETE SET NULL,
    status        TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'scheduled', 'published')),
    published_at  BIGINT,
    created_at    BIGINT  NOT NULL,
    updated_at    BIGINT  NOT NULL,
    version       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_by_status_time ON articles (status, published_at DESC);
CREATE INDEX articles_by_section ON articles (section_id, status, published_at DESC);

CREATE TABLE article_authors (
    article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    author_id     INTEGER NOT NULL REFERENCES authors (id),
    position      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, author_id)
);
CREATE INDEX article_authors_by_author ON article_authors (author_id);

CREATE TABLE article_tags (
    article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag_id        INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tags_by_tag ON article_tags (tag_id);

-- Old addresses of renamed articles, answered with a permanent redirect.
CREATE TABLE article_redirects (
    old_slug      TEXT    PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);

-- Addresses of deleted articles, answered with 410 Gone rather than 404.
CREATE TABLE retired_slugs (
    slug          TEXT    PRIMARY KEY,
    retired_at    BIGINT  NOT NULL
);

-- Full-text index; rowid is the article id. Kept in step by the application, which
-- indexes plain text (not Markdown) so that matches and highlights read naturally.
CREATE VIRTUAL TABLE article_search USING fts5(
    headline, standfirst, body,
    tokenize = 'unicode61 remove_diacritics 2'
);
