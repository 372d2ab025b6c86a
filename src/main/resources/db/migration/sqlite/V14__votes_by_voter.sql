-- A reader's page shows their own votes: read by voter and article, rather than by every comment on the page.
CREATE INDEX comment_votes_by_voter ON comment_votes (voter, comment_id);
