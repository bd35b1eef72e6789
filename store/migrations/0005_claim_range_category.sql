-- A range ("3-4 million accounts") is one claim: value holds the low end,
-- value_high the high end (0 for a single value). category keeps what a
-- part of a larger figure counts, as written ("of which 3,209 were linked
-- to violence" → "linked to violence"; empty otherwise).
ALTER TABLE claim ADD COLUMN value_high REAL NOT NULL DEFAULT 0;
ALTER TABLE claim ADD COLUMN category TEXT NOT NULL DEFAULT '';
