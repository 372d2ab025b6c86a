-- Limits on how often the public may act (post, vote, sign in, ask for mail) that hold across every
-- node sharing the database: how many times each holder acted in each window of each allowance.
-- Rows outlive their window by one more, which the next window's estimate reads, then go.
CREATE TABLE allowance_counts (
    allowance  TEXT    NOT NULL,
    holder     TEXT    NOT NULL,
    window_no  BIGINT  NOT NULL,
    used       INTEGER NOT NULL,
    expires_at BIGINT  NOT NULL,
    PRIMARY KEY (allowance, holder, window_no)
);
CREATE INDEX allowance_counts_by_expiry ON allowance_counts (expires_at);
