-- Dedup by unique keys. An import now asks SQLite to insert a notice unless
-- its origin or its content hash is already stored, one statement where
-- there used to be two look-ups and an insert, so both keys become unique.
-- uid stays the notice's public name (exports, annotations) but loses its
-- unique index: uids are hashes, so that index took each new notice at a
-- random page, the costliest write of a large import, and origin and hash
-- already decide whether two notices are one.
--
-- The store never wrote one origin or one hash twice through an import,
-- but an updated notice could take on the hash of another: the oldest keeps
-- the plain key, later ones get "#id" after it, which no import ever
-- produces, so their rows stay as they are and the unique indexes can be
-- built. Runs with foreign keys off (the store's migration rule), so moving
-- the rows to the rebuilt table leaves claims, tags and notes in place.

UPDATE notice SET content_hash = content_hash || '#' || id
 WHERE id NOT IN (SELECT min(id) FROM notice GROUP BY content_hash);
UPDATE notice SET origin = origin || '#' || id
 WHERE origin <> '' AND id NOT IN (SELECT min(id) FROM notice WHERE origin <> '' GROUP BY origin);

CREATE TABLE notice_v2 (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL,
    title        TEXT NOT NULL DEFAULT '',
    body         TEXT NOT NULL DEFAULT '',
    url          TEXT NOT NULL DEFAULT '',
    lang         TEXT NOT NULL DEFAULT '',
    direction    TEXT NOT NULL DEFAULT 'ltr' CHECK (direction IN ('ltr', 'rtl')),
    kind         TEXT NOT NULL DEFAULT 'text',
    platform     TEXT NOT NULL DEFAULT '',
    origin       TEXT NOT NULL DEFAULT '',
    published_at TEXT,
    imported_at  TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'new',
    starred      INTEGER NOT NULL DEFAULT 0,
    summary      TEXT NOT NULL DEFAULT ''
);
INSERT INTO notice_v2 (id, uid, title, body, url, lang, direction, kind, platform, origin,
    published_at, imported_at, content_hash, status, starred, summary)
SELECT id, uid, title, body, url, lang, direction, kind, platform, origin,
    published_at, imported_at, content_hash, status, starred, summary FROM notice;
DROP TABLE notice;
ALTER TABLE notice_v2 RENAME TO notice;

CREATE UNIQUE INDEX notice_hash ON notice (content_hash);
CREATE UNIQUE INDEX notice_origin ON notice (origin) WHERE origin <> '';
