-- The media library: what an upload was called, how large it is, who brought it, and the format of
-- its renditions, which differs from the original's for WebP and GIF (renditions are JPEG, or PNG
-- where the picture has transparency).

ALTER TABLE media ADD COLUMN rendition_type TEXT NOT NULL DEFAULT 'image/jpeg';
ALTER TABLE media ADD COLUMN original_name TEXT NOT NULL DEFAULT '';
-- 0 for pictures stored before the library counted them.
ALTER TABLE media ADD COLUMN byte_size BIGINT NOT NULL DEFAULT 0;
-- The account that uploaded it; null for pictures the program made (the demo's) and once the
-- account is gone: the picture stays, as the articles that show it do.
ALTER TABLE media ADD COLUMN uploaded_by INTEGER REFERENCES users (id) ON DELETE SET NULL;

-- Until now every picture was JPEG or PNG with renditions of its own type.
UPDATE media SET rendition_type = content_type;

CREATE INDEX media_by_time ON media (created_at DESC, id DESC);
CREATE INDEX articles_by_lead_media ON articles (lead_media_id);
