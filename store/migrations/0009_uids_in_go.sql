-- The uid triggers of 0008 made every insert into claim, source, tag, note
-- and history a statement that fires a trigger, and SQLite gives such a
-- statement its own rollback journal: an import wrote each changed page to
-- a temporary file once per row (1.3 million writes for 94,000 notices
-- instead of 53,000, 3 s more). The store now names every uid itself when
-- it inserts a row, and marks a notice unpushed when it adds a claim by
-- hand, so the triggers go.
DROP TRIGGER IF EXISTS claim_uid;
DROP TRIGGER IF EXISTS note_uid;
DROP TRIGGER IF EXISTS source_uid;
DROP TRIGGER IF EXISTS tag_uid;
DROP TRIGGER IF EXISTS history_uid;
DROP TRIGGER IF EXISTS claim_unpushed;
