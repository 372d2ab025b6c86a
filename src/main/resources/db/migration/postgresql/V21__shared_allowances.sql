-- Limits on how often the public may act (post, vote, sign in, ask for mail) that hold across every
-- node sharing the database: per allowance and holder (a hash of the address, account or email), the
-- uses counted in the current window and in the one before it, which the sliding estimate reads.
CREATE TABLE allowance_counts (
    allowance  TEXT    NOT NULL,
    holder     TEXT    NOT NULL,
    window_no  BIGINT  NOT NULL,
    used       INTEGER NOT NULL,
    previous   INTEGER NOT NULL,
    expires_at BIGINT  NOT NULL,
    PRIMARY KEY (allowance, holder)
);
CREATE INDEX allowance_counts_by_expiry ON allowance_counts (expires_at);
