CREATE TABLE users (
    id                INTEGER PRIMARY KEY,
    email             TEXT    NOT NULL UNIQUE,
    display_name      TEXT    NOT NULL,
    password_hash     TEXT    NOT NULL,
    role              TEXT    NOT NULL CHECK (role IN ('owner', 'editor', 'author', 'contributor', 'moderator', 'reader')),
    bio               TEXT    NOT NULL DEFAULT '',
    email_verified_at BIGINT,
    disabled_at       BIGINT,
    created_at        BIGINT  NOT NULL,
    updated_at        BIGINT  NOT NULL
);

-- One-time links (email verification, password reset). Only a hash of the token is kept, so a
-- copy of the database does not let anyone in.
CREATE TABLE account_tokens (
    token_hash        TEXT    PRIMARY KEY,
    user_id           INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose           TEXT    NOT NULL CHECK (purpose IN ('verify', 'reset')),
    expires_at        BIGINT  NOT NULL,
    used_at           BIGINT,
    created_at        BIGINT  NOT NULL
);
CREATE INDEX account_tokens_by_user ON account_tokens (user_id, purpose);

-- Who started an article, so that authors publish their own and contributors edit only theirs;
-- and when a draft was submitted for review.
ALTER TABLE articles ADD COLUMN created_by INTEGER REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE articles ADD COLUMN submitted_at BIGINT;

CREATE TABLE article_revisions (
    id                INTEGER PRIMARY KEY,
    article_id        INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    version           INTEGER NOT NULL,
    slug              TEXT    NOT NULL,
    headline          TEXT    NOT NULL,
    standfirst        TEXT    NOT NULL,
    body_markdown     TEXT    NOT NULL,
    status            TEXT    NOT NULL,
    saved_by          INTEGER REFERENCES users (id) ON DELETE SET NULL,
    saved_at          BIGINT  NOT NULL,
    UNIQUE (article_id, version)
);
