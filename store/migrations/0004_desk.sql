-- The desk: the list is paged, filtered and sorted by SQLite instead of in
-- the window, so each common filter gets an index that serves it in the
-- list's order (newest first by COALESCE(published_at, imported_at), ties
-- by id); queries must spell that expression exactly so for the planner to
-- use these. Conflicts between figures are computed once, after an import
-- or an edit, and kept (conflict), so a page can show and filter on them.
CREATE INDEX notice_date ON notice (COALESCE(published_at, imported_at), id);
CREATE INDEX notice_status ON notice (status, COALESCE(published_at, imported_at), id);
CREATE INDEX notice_platform ON notice (platform, COALESCE(published_at, imported_at), id);
CREATE INDEX notice_lang ON notice (lang, COALESCE(published_at, imported_at), id);
CREATE INDEX notice_starred ON notice (COALESCE(published_at, imported_at), id) WHERE starred = 1;
CREATE INDEX notice_tag_tag ON notice_tag (tag_id, notice_id);

-- The largest figure of a notice, for sorting by figure, and how many of
-- its figures conflict with another; both kept by the store after imports
-- and edits.
ALTER TABLE notice ADD COLUMN figure REAL NOT NULL DEFAULT 0;
ALTER TABLE notice ADD COLUMN conflicts INTEGER NOT NULL DEFAULT 0;
CREATE INDEX notice_figure ON notice (figure, id);
CREATE INDEX notice_conflicted ON notice (COALESCE(published_at, imported_at), id) WHERE conflicts > 0;

-- One row per claim and the claim it disagrees with (both directions).
CREATE TABLE conflict (
    claim_id        INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    other_claim_id  INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    notice_id       INTEGER NOT NULL,
    other_notice_id INTEGER NOT NULL,
    platform        TEXT NOT NULL DEFAULT '',
    period          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (claim_id, other_claim_id)
) WITHOUT ROWID;
CREATE INDEX conflict_notice ON conflict (notice_id);

-- History becomes the typed change log: the notice each change belongs to
-- (for a notice's history view and change events) and whether it was an
-- undo or redo.
ALTER TABLE history ADD COLUMN notice_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE history ADD COLUMN undo INTEGER NOT NULL DEFAULT 0;
UPDATE history SET notice_id = ref WHERE entity = 'notice';
UPDATE history SET notice_id = COALESCE((SELECT notice_id FROM claim WHERE claim.id = history.ref), 0) WHERE entity = 'claim';
UPDATE history SET notice_id = COALESCE((SELECT notice_id FROM note WHERE note.id = history.ref), 0) WHERE entity = 'note';
CREATE INDEX history_notice ON history (notice_id, id);

-- Figures and conflicts of the notices already stored are computed by the
-- store (Go code) after this runs.
INSERT INTO setting (key, value) VALUES ('conflicts.rebuild', '1')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;

-- The search index's vocabulary, for correcting a misspelt word: the words
-- that start like it are read by range, never the whole vocabulary.
CREATE VIRTUAL TABLE notice_vocab USING fts5vocab (notice_fts, 'row');

-- The titles of table rows, which say what a row's figures are about
-- (rows about different countries never conflict): read for every refresh
-- of the conflicts, so kept apart from the notices' long rows.
CREATE INDEX notice_rows ON notice (id, title) WHERE kind = 'csv_row';
