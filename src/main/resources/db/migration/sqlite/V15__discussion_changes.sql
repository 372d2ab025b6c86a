-- Each article's discussion counts its changes (a comment made public, edited, voted on, taken
-- down), so a node can keep the first page of threads it read and know with one small read whether
-- it is still what the database holds, whichever node wrote since.
ALTER TABLE comment_counts ADD COLUMN changes BIGINT NOT NULL DEFAULT 0;
