-- Whether readers without an account may comment (1) or must sign in first (0).
ALTER TABLE publication ADD COLUMN guests_may_comment INTEGER NOT NULL DEFAULT 1;

-- Mail that can be stopped in one click (RFC 8058) says where.
ALTER TABLE email_outbox ADD COLUMN unsubscribe_url TEXT;
