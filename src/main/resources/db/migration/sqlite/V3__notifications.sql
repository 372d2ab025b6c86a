-- The email outbox: each message is written here in the transaction that causes it and sent by
-- the worker after that transaction commits. Times are epoch milliseconds (UTC).
CREATE TABLE email_outbox (
    id              INTEGER PRIMARY KEY,
    recipient       TEXT    NOT NULL,
    template        TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    text_body       TEXT    NOT NULL,
    html_body       TEXT    NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    -- Not sent before this time: when it was queued, then as the retry schedule says.
    next_attempt_at BIGINT  NOT NULL,
    -- Claimed by a worker until this time; a worker that dies lets the claim run out.
    claimed_until   BIGINT  NOT NULL DEFAULT 0,
    last_error      TEXT,
    created_at      BIGINT  NOT NULL,
    sent_at         BIGINT
);
-- The worker looks only for queued messages; sent ones pile up outside this index.
CREATE INDEX email_outbox_due ON email_outbox (next_attempt_at) WHERE status = 'queued';
