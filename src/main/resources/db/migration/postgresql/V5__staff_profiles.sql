-- A person's picture, shown with their comments and, for staff, in their byline.
ALTER TABLE users ADD COLUMN avatar_url TEXT;
-- The account behind a byline: its name, bio and picture follow the account's profile.
ALTER TABLE authors ADD COLUMN user_id BIGINT REFERENCES users (id) ON DELETE SET NULL;
CREATE UNIQUE INDEX authors_by_user ON authors (user_id);
