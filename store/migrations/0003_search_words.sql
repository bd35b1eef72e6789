-- The search shadow splits words with FTS5's plain "ascii" tokenizer. The
-- store's normaliser (Go, app/search) now does all the Unicode work the
-- "unicode61" tokenizer did (case, accents, and every rune that is not part
-- of a word turned into a space), on every core while an import runs,
-- instead of SQLite doing it again on the single writer: a quarter of a
-- large import's indexing time. "ascii" takes every non-ASCII byte as part
-- of a word, which is right once the normaliser has spaced the words out.
--
-- The index is rebuilt from the notices by the store after this runs, the
-- normaliser being Go code: the setting below asks for that.
DROP TABLE notice_fts;
CREATE VIRTUAL TABLE notice_fts USING fts5 (
    title, body, extra,
    content = '', contentless_delete = 1,
    tokenize = 'ascii'
);
-- FTS5 writes its in-memory index out as a new segment every 1 MB by
-- default and merges segments as they pile up; a large import's index
-- (tens of MB) then gets merged over and over. 16 MB segments write it in
-- a few pieces.
INSERT INTO notice_fts (notice_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO setting (key, value) VALUES ('search.rebuild', '1')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
