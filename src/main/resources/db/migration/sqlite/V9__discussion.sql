-- The discussion under every article. A comment's counts (votes, replies) are kept with it, so that
-- sorting and paging cost no joins; threads are found by their first comment (thread_id).
CREATE TABLE comments (
    id                INTEGER PRIMARY KEY,
    article_id        INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    parent_id         INTEGER REFERENCES comments (id) ON DELETE CASCADE,
    thread_id         INTEGER,
    depth             INTEGER NOT NULL,
    user_id           INTEGER REFERENCES users (id) ON DELETE SET NULL,
    guest_id          TEXT,
    author_name       TEXT    NOT NULL,
    author_email      TEXT,
    author_website    TEXT,
    body_markdown     TEXT    NOT NULL,
    body_html         TEXT    NOT NULL,
    status            TEXT    NOT NULL CHECK (status IN ('pending', 'approved', 'spam', 'trash')),
    approved_seq      BIGINT,
    up_votes          INTEGER NOT NULL DEFAULT 0,
    down_votes        INTEGER NOT NULL DEFAULT 0,
    score             INTEGER NOT NULL DEFAULT 0,
    replies           INTEGER NOT NULL DEFAULT 0,
    thread_replies    INTEGER NOT NULL DEFAULT 0,
    quote             TEXT,
    quote_prefix      TEXT,
    quote_suffix      TEXT,
    question_id       INTEGER,
    client_hash       TEXT,
    created_at        BIGINT  NOT NULL,
    edited_at         BIGINT,
    deleted_at        BIGINT
);
CREATE INDEX comments_newest ON comments (article_id, status, depth, created_at, id);
CREATE INDEX comments_most_voted ON comments (article_id, status, depth, score, id);
CREATE INDEX comments_in_thread ON comments (thread_id, status, created_at, id);
CREATE INDEX comments_approved ON comments (article_id, approved_seq);
CREATE INDEX comments_by_user ON comments (user_id);

-- One vote per reader per comment: an account, or a guest's pass; a guest's network address (hashed)
-- votes once too, so clearing cookies does not vote again.
CREATE TABLE comment_votes (
    comment_id        INTEGER NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    voter             TEXT    NOT NULL,
    client_hash       TEXT,
    value             INTEGER NOT NULL CHECK (value IN (-1, 1)),
    created_at        BIGINT  NOT NULL,
    PRIMARY KEY (comment_id, voter)
);
CREATE UNIQUE INDEX comment_votes_guest_address ON comment_votes (comment_id, client_hash) WHERE voter LIKE 'g:%';

-- Counters handed out in commit order: the approval sequence live notices resume from.
CREATE TABLE discussion_counters (
    name              TEXT    PRIMARY KEY,
    value             BIGINT  NOT NULL
);
INSERT INTO discussion_counters (name, value) VALUES ('approved', 0);

-- The key that signs guests' passes, made on first start.
CREATE TABLE discussion_keys (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    secret            TEXT    NOT NULL
);

-- Who wants mail about what: new comments on an article, replies to their own comments there, or
-- replies to one comment. Guests confirm first; every message can end a subscription in one click
-- (its links are signed with the discussion's key, so nothing secret is stored here).
CREATE TABLE comment_subscriptions (
    id                INTEGER PRIMARY KEY,
    email             TEXT    NOT NULL,
    user_id           INTEGER REFERENCES users (id) ON DELETE CASCADE,
    article_id        INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    comment_id        INTEGER REFERENCES comments (id) ON DELETE CASCADE,
    kind              TEXT    NOT NULL CHECK (kind IN ('article', 'my-replies', 'comment')),
    confirmed_at      BIGINT,
    created_at        BIGINT  NOT NULL
);
CREATE INDEX comment_subscriptions_by_article ON comment_subscriptions (article_id, kind);
CREATE INDEX comment_subscriptions_by_email ON comment_subscriptions (email);

-- Work left by a change for after its commit (who to tell of an approved comment), done by a worker,
-- so that a post is answered as soon as it is stored and nothing is lost if the process stops.
CREATE TABLE discussion_jobs (
    id                INTEGER PRIMARY KEY,
    comment_id        INTEGER NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    kind              TEXT    NOT NULL,
    created_at        BIGINT  NOT NULL
);
