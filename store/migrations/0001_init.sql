-- The whole data model of Takedown Desk. Offsets are rune offsets into
-- notice.body; times are RFC 3339 UTC text.

CREATE TABLE notice (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
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
-- Dedup looks notices up by origin and by content hash. The list sorts on
-- COALESCE(published_at, imported_at), which no index serves, and a status
-- has too few values to be worth one, so those stay unindexed: every index
-- costs each of the thousands of rows an import writes.
CREATE INDEX notice_hash ON notice (content_hash);
CREATE INDEX notice_origin ON notice (origin);

CREATE TABLE notice_link (
    notice_id INTEGER NOT NULL REFERENCES notice (id) ON DELETE CASCADE,
    url       TEXT NOT NULL,
    PRIMARY KEY (notice_id, url)
) WITHOUT ROWID;

CREATE TABLE claim (
    id           INTEGER PRIMARY KEY,
    notice_id    INTEGER NOT NULL REFERENCES notice (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL DEFAULT 'figure',
    value        REAL NOT NULL DEFAULT 0,
    unit         TEXT NOT NULL DEFAULT '',
    unit_text    TEXT NOT NULL DEFAULT '',
    qualifier    TEXT NOT NULL DEFAULT '',
    rate         TEXT NOT NULL DEFAULT '',
    quote        TEXT NOT NULL DEFAULT '',
    start        INTEGER NOT NULL DEFAULT 0,
    "end"        INTEGER NOT NULL DEFAULT 0,
    prefix       TEXT NOT NULL DEFAULT '',
    suffix       TEXT NOT NULL DEFAULT '',
    actor        TEXT NOT NULL DEFAULT '',
    platform     TEXT NOT NULL DEFAULT '',
    event_date   TEXT,
    period       TEXT NOT NULL DEFAULT '',
    verification TEXT NOT NULL DEFAULT 'unreviewed',
    origin       TEXT NOT NULL DEFAULT 'auto',
    orphaned     INTEGER NOT NULL DEFAULT 0,
    CHECK (start >= 0 AND "end" >= start)
);
CREATE INDEX claim_notice ON claim (notice_id);
CREATE INDEX claim_event ON claim (platform, unit, period);

CREATE TABLE source (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'unknown',
    url         TEXT NOT NULL DEFAULT '',
    credibility INTEGER NOT NULL DEFAULT 0,
    UNIQUE (name, kind)
);

CREATE TABLE notice_source (
    notice_id INTEGER NOT NULL REFERENCES notice (id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    role      TEXT NOT NULL,
    PRIMARY KEY (notice_id, source_id, role)
) WITHOUT ROWID;

CREATE TABLE claim_source (
    claim_id  INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    role      TEXT NOT NULL,
    PRIMARY KEY (claim_id, source_id, role)
) WITHOUT ROWID;

CREATE TABLE tag (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE,
    colour TEXT NOT NULL DEFAULT ''
);

CREATE TABLE notice_tag (
    notice_id INTEGER NOT NULL REFERENCES notice (id) ON DELETE CASCADE,
    tag_id    INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (notice_id, tag_id)
) WITHOUT ROWID;

CREATE TABLE claim_tag (
    claim_id INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, tag_id)
) WITHOUT ROWID;

CREATE TABLE source_tag (
    source_id INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    tag_id    INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (source_id, tag_id)
) WITHOUT ROWID;

CREATE TABLE note (
    id         INTEGER PRIMARY KEY,
    notice_id  INTEGER NOT NULL REFERENCES notice (id) ON DELETE CASCADE,
    body       TEXT NOT NULL,
    start      INTEGER NOT NULL DEFAULT 0,
    "end"      INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX note_notice ON note (notice_id);

-- Every change a reporter makes, never pruned.
CREATE TABLE history (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    entity TEXT NOT NULL,
    ref    INTEGER NOT NULL,
    field  TEXT NOT NULL,
    before TEXT NOT NULL DEFAULT '',
    after  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX history_ref ON history (entity, ref);

-- Key/value settings that belong with the data (last notice viewed, aliases).
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Search shadow: Arabic-normalised title, body, tags and notes. Filled by the
-- store (the normaliser is Go code), one row per notice, rowid = notice.id.
-- Contentless: searches join notice for everything they show, so keeping a
-- second copy of every body here would only grow the file (by a sixth).
CREATE VIRTUAL TABLE notice_fts USING fts5 (
    title, body, extra,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
