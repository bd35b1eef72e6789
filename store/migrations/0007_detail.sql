-- The sources view counts, for each source, the notices and claims it
-- stated, reported or disputed; the link tables are keyed by notice or
-- claim first, so these indexes let SQLite count by source without a scan
-- of every link and its sort. The tag manager counts tag use the same way
-- (notice_tag already has one).
CREATE INDEX notice_source_source ON notice_source (source_id, role, notice_id);
CREATE INDEX claim_source_source ON claim_source (source_id, role, claim_id);
CREATE INDEX claim_tag_tag ON claim_tag (tag_id, claim_id);
CREATE INDEX source_tag_tag ON source_tag (tag_id, source_id);
