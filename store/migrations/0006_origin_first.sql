-- A notice is known by its origin first. The content hash is unique only
-- among notices that have no origin (pasted text, loose files): two group
-- members who both wrote "ok" are two messages, not one, and a feed item
-- and a pasted copy of it are both kept. The hash stays indexed for the
-- duplicate look-up of origin-less notices.
DROP INDEX notice_hash;
CREATE INDEX notice_hash ON notice (content_hash);
CREATE UNIQUE INDEX notice_loose_hash ON notice (content_hash) WHERE origin = '';
