-- Team desks: every claim, source, tag and note gets a uid that is the same
-- on every laptop (notices have had one from the start), the desk gets a
-- uid of its own, and history becomes an append-only change log keyed by
-- entity uid: each change carries its own uid, its author and its time, so
-- two desks can be merged, or synced through a server, change by change.
--
-- Uids are derived where the same thing can arrive on two laptops on its
-- own (an extracted claim from its notice and anchor, a source from its
-- name and kind, a tag from its name, a restored note from its notice, time
-- and text) with td_uid, the store's SQL function that computes
-- app.DeriveUID; things made by hand get random ones.

ALTER TABLE claim ADD COLUMN uid TEXT NOT NULL DEFAULT '';
ALTER TABLE source ADD COLUMN uid TEXT NOT NULL DEFAULT '';
ALTER TABLE tag ADD COLUMN uid TEXT NOT NULL DEFAULT '';
ALTER TABLE note ADD COLUMN uid TEXT NOT NULL DEFAULT '';
-- pushed: 0 until the notice as it is now has reached the team's server.
ALTER TABLE notice ADD COLUMN pushed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE history ADD COLUMN uid TEXT NOT NULL DEFAULT '';
ALTER TABLE history ADD COLUMN author TEXT NOT NULL DEFAULT '';
ALTER TABLE history ADD COLUMN entity_uid TEXT NOT NULL DEFAULT '';
ALTER TABLE history ADD COLUMN notice_uid TEXT NOT NULL DEFAULT '';
ALTER TABLE history ADD COLUMN pushed INTEGER NOT NULL DEFAULT 0;

INSERT INTO setting (key, value) VALUES ('desk.uid', lower(hex(randomblob(16))))
    ON CONFLICT (key) DO NOTHING;

-- A desk from before 0002 can hold two notices with one uid (their origins
-- were told apart by a suffix then): the later ones get a uid of their own.
UPDATE notice SET uid = td_uid('notice', uid, id)
 WHERE id NOT IN (SELECT min(id) FROM notice GROUP BY uid);

UPDATE claim SET uid = td_uid('claim', (SELECT n.uid FROM notice n WHERE n.id = claim.notice_id),
    kind, start, "end", unit);
UPDATE claim SET uid = td_uid('claim', uid, id)
 WHERE id NOT IN (SELECT min(id) FROM claim GROUP BY uid);
UPDATE source SET uid = td_uid('source', name, kind);
UPDATE tag SET uid = td_uid('tag', name);
UPDATE note SET uid = td_uid('note', (SELECT n.uid FROM notice n WHERE n.id = note.notice_id), created_at, body);
UPDATE note SET uid = td_uid('note', uid, id)
 WHERE id NOT IN (SELECT min(id) FROM note GROUP BY uid);

-- Changes made before authors were recorded keep an empty author. A
-- change about a note since deleted names it by a uid of its own.
UPDATE history SET
    uid = td_uid('change', (SELECT value FROM setting WHERE key = 'desk.uid'), id),
    notice_uid = COALESCE((SELECT n.uid FROM notice n WHERE n.id = history.notice_id), ''),
    entity_uid = COALESCE(CASE entity
        WHEN 'notice' THEN (SELECT uid FROM notice WHERE id = history.ref)
        WHEN 'claim' THEN (SELECT uid FROM claim WHERE id = history.ref)
        WHEN 'note' THEN (SELECT uid FROM note WHERE id = history.ref)
        WHEN 'source' THEN (SELECT uid FROM source WHERE id = history.ref)
        WHEN 'tag' THEN (SELECT uid FROM tag WHERE id = history.ref) END,
        td_uid('gone', (SELECT value FROM setting WHERE key = 'desk.uid'), entity, ref));

CREATE UNIQUE INDEX history_uid ON history (uid) WHERE uid <> '';
CREATE INDEX history_entity ON history (entity_uid, field);
CREATE INDEX history_unpushed ON history (id) WHERE pushed = 0;
CREATE INDEX notice_unpushed ON notice (id) WHERE pushed = 0;
CREATE UNIQUE INDEX note_uid ON note (uid) WHERE uid <> '';

-- Rows written by code that does not name a uid get one.
CREATE TRIGGER claim_uid AFTER INSERT ON claim WHEN new.uid = '' BEGIN
    UPDATE claim SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
END;
CREATE TRIGGER note_uid AFTER INSERT ON note WHEN new.uid = '' BEGIN
    UPDATE note SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
END;
CREATE TRIGGER source_uid AFTER INSERT ON source WHEN new.uid = '' BEGIN
    UPDATE source SET uid = td_uid('source', new.name, new.kind) WHERE id = new.id;
END;
CREATE TRIGGER tag_uid AFTER INSERT ON tag WHEN new.uid = '' BEGIN
    UPDATE tag SET uid = td_uid('tag', new.name) WHERE id = new.id;
END;
CREATE TRIGGER history_uid AFTER INSERT ON history WHEN new.uid = '' BEGIN
    UPDATE history SET uid = lower(hex(randomblob(16))),
        author = COALESCE((SELECT value FROM setting WHERE key = 'author'), '')
     WHERE id = new.id;
END;
-- A claim added by hand changes the notice the team has: push it again.
CREATE TRIGGER claim_unpushed AFTER INSERT ON claim WHEN new.origin <> 'auto' BEGIN
    UPDATE notice SET pushed = 0 WHERE id = new.notice_id;
END;
