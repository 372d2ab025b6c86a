-- A guest's comments, found by their pass: the addresses they wrote under, for the bans that name an
-- address, when they vote.
CREATE INDEX comments_by_guest ON comments (guest_id, id) WHERE guest_id IS NOT NULL;
