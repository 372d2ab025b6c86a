-- Moderation: the newsroom's rules, what they decided about each comment and why, readers' reports,
-- bans, and an audit of every action. Word lists are kept as typed, one entry per line.
CREATE TABLE moderation_settings (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    hold_all          INTEGER NOT NULL,
    hold_first        INTEGER NOT NULL,
    most_links        INTEGER NOT NULL,
    banned_words      TEXT    NOT NULL,
    suspect_words     TEXT    NOT NULL,
    blocked_domains   TEXT    NOT NULL,
    rejection_rate    INTEGER NOT NULL,
    repeat_across     INTEGER NOT NULL,
    scorer            INTEGER NOT NULL,
    abuse_threshold   INTEGER NOT NULL,
    report_threshold  INTEGER NOT NULL,
    close_after_days  INTEGER NOT NULL,
    digest            INTEGER NOT NULL,
    digest_sent_at    BIGINT
);

-- An article's own rules where they differ from the publication's (NULL: as the publication), and
-- whether its discussion was closed by hand.
CREATE TABLE moderation_articles (
    article_id        BIGINT  PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    hold_all          INTEGER,
    hold_first        INTEGER,
    most_links        INTEGER,
    scorer            INTEGER,
    close_after_days  INTEGER,
    closed_at         BIGINT
);

-- Why each comment was decided as it was when it came: the rule, the scorer's figures (per mille)
-- and its reasons, one per line ("feature<TAB>words<TAB>weight").
CREATE TABLE moderation_screenings (
    comment_id        BIGINT  PRIMARY KEY REFERENCES comments (id) ON DELETE CASCADE,
    rule              TEXT,
    abuse             INTEGER NOT NULL,
    spam              INTEGER NOT NULL,
    evidence          TEXT    NOT NULL,
    created_at        BIGINT  NOT NULL
);

-- Readers' reports: one per reader per comment; settled when a moderator decides about the comment.
CREATE TABLE comment_reports (
    id                INTEGER PRIMARY KEY,
    comment_id        BIGINT  NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    article_id        BIGINT  NOT NULL,
    reporter          TEXT    NOT NULL,
    reason            TEXT    NOT NULL CHECK (reason IN ('abuse', 'spam', 'off-topic', 'harassment', 'other')),
    details           TEXT,
    created_at        BIGINT  NOT NULL,
    settled_at        BIGINT,
    UNIQUE (comment_id, reporter)
);
CREATE INDEX comment_reports_open ON comment_reports (comment_id) WHERE settled_at IS NULL;
CREATE INDEX comment_reports_by_article ON comment_reports (article_id);

-- How many readers have reported each comment since it was last decided, counted as each report is
-- filed: one row per comment, so reports arriving at once take turns and exactly one reaches the
-- number that hides the comment.
CREATE TABLE comment_report_tallies (
    comment_id        BIGINT  PRIMARY KEY REFERENCES comments (id) ON DELETE CASCADE,
    open_reports      INTEGER NOT NULL
);

-- Who may not comment: an account, an email address, or a network address (by its keyed hash);
-- until a moment, or for good (NULL). A lifted ban is kept, with who lifted it.
CREATE TABLE moderation_bans (
    id                INTEGER PRIMARY KEY,
    kind              TEXT    NOT NULL CHECK (kind IN ('account', 'email', 'address')),
    value             TEXT    NOT NULL,
    label             TEXT    NOT NULL,
    reason            TEXT    NOT NULL,
    until             BIGINT,
    created_by        BIGINT,
    created_at        BIGINT  NOT NULL,
    lifted_at         BIGINT,
    lifted_by         BIGINT
);
CREATE INDEX moderation_bans_by_value ON moderation_bans (value, kind) WHERE lifted_at IS NULL;

-- Every moderation action and automatic decision: who (a person, or the rule), when, what and why.
-- No reference to the comment, so the line stays when the comment goes.
CREATE TABLE moderation_audit (
    id                INTEGER PRIMARY KEY,
    at                BIGINT  NOT NULL,
    actor_id          BIGINT,
    actor             TEXT    NOT NULL,
    action            TEXT    NOT NULL,
    comment_id        BIGINT,
    article_id        BIGINT,
    writer            TEXT,
    excerpt           TEXT,
    reason            TEXT
);
CREATE INDEX moderation_audit_by_time ON moderation_audit (at, id);
CREATE INDEX moderation_audit_by_action ON moderation_audit (action, at);


-- The moderation queue lists the comments waiting, taken for spam or refused (few, beside the approved);
-- a partial index, so that no query about approved comments is tempted away from the article's indexes.
-- A ban finds a network address's comments.
CREATE INDEX comments_not_approved ON comments (status, created_at, id) WHERE status <> 'approved';
CREATE INDEX comments_by_client ON comments (client_hash);

-- A comment's words reduced to a key moderation gives it (case, accents and punctuation aside), to
-- find the same words posted on other articles.
ALTER TABLE comments ADD COLUMN fingerprint TEXT;
CREATE INDEX comments_by_fingerprint ON comments (fingerprint, created_at) WHERE fingerprint IS NOT NULL;

-- A comment the newsroom chose to show first ("Editor's pick").
ALTER TABLE comments ADD COLUMN picked_at BIGINT;
CREATE INDEX comments_picked ON comments (article_id, picked_at) WHERE picked_at IS NOT NULL;
