-- People's portraits are kept apart from the media library, as small squares; a byline that follows a
-- staff member's account shows theirs.
ALTER TABLE authors ADD COLUMN avatar_url TEXT;
