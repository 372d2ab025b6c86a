-- Browsers an account has signed in from, so that their sign-ins are counted apart from a stranger's
-- failures. Only a hash of the cookie's token is kept.
CREATE TABLE known_browsers (
    token_hash        TEXT    PRIMARY KEY,
    user_id           INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at        BIGINT  NOT NULL,
    created_at        BIGINT  NOT NULL
);
CREATE INDEX known_browsers_by_user ON known_browsers (user_id);
