package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/search"
)

// Import runs fn in one transaction. The put function fn receives stores one
// imported notice: a notice whose origin is known and whose text is the same
// is a duplicate; a known origin with changed text updates that notice and
// re-anchors its claims (a claim whose quote is gone is kept and marked
// orphaned); a known content hash is a duplicate; anything else is new.
// If fn returns an error nothing it put is kept. An import that takes this
// DB past BulkThreshold notices is backed up first (see bulkGuard).
func (db *DB) Import(ctx context.Context, fn func(put func(app.Imported) (app.Outcome, error)) error) error {
	defer db.facets.invalidate()
	return db.inTx(ctx, func(tx *sql.Tx) error {
		// An import's connection gets the large page cache for as long as it
		// writes (new rows hit index pages all over); readers keep a small one.
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA cache_size = %d", importCacheKB)); err != nil {
			return fmt.Errorf("import: %w", err)
		}
		defer tx.ExecContext(context.Background(), fmt.Sprintf("PRAGMA cache_size = %d", readCacheKB)) //nolint:errcheck // best effort: only memory
		mark, err := markOf(ctx, tx)
		if err != nil {
			return err
		}
		w, err := newWriter(ctx, tx, db)
		if err != nil {
			return err
		}
		defer w.close()
		guard := db.newBulkGuard(ctx)
		err = fn(func(im app.Imported) (app.Outcome, error) {
			if err := ctx.Err(); err != nil {
				return "", err
			}
			guard.put()
			return w.put(im)
		})
		if gerr := guard.wait(); err == nil {
			err = gerr
		}
		if err != nil {
			return err
		}
		if err := w.flushIndex(); err != nil {
			return err
		}
		return db.refreshDerived(ctx, tx, mark)
	})
}

// writer holds the statements one import reuses for every notice.
type writer struct {
	ctx     context.Context
	tx      *sql.Tx
	db      *DB
	stmts   map[string]*sql.Stmt
	notice  *shapedInsert
	claim   *shapedInsert
	sources map[[2]string]int64 // source name and kind → id, known in this import
	pending int                 // rows waiting in temp.fts_pending
	// merging: notices come from another desk whole, with the work done
	// on them, and are indexed one by one (see Merge).
	merging bool
}

var writerSQL = map[string]string{
	"byOrigin":     `SELECT id, content_hash, body, published_at FROM notice WHERE origin = ? AND origin <> '' LIMIT 1`,
	"byHash":       `SELECT id FROM notice WHERE content_hash = ? LIMIT 1`, // any notice: an origin-less copy of it is a duplicate
	"source":       `INSERT INTO source (uid, name, kind, url) VALUES (?,?,?,?) ON CONFLICT (name, kind) DO UPDATE SET url = CASE WHEN source.url = '' THEN excluded.url ELSE source.url END RETURNING id`,
	"noticeSource": `INSERT OR IGNORE INTO notice_source (notice_id, source_id, role) VALUES (?,?,?)`,
	"link":         `INSERT OR IGNORE INTO notice_link (notice_id, url) VALUES (?,?)`,
	"fts":          `INSERT INTO temp.fts_pending (rowid, title, body, extra) VALUES (?,?,?,?)`,
}

// The notice and claim inserts, column by column: which values may be
// written into the statement (see shapedInsert). A notice is inserted
// unless its origin or content hash is already stored.
var (
	noticeInsert = []column{
		{"uid", bindAlways}, {"title", bindAlways}, {"body", bindAlways}, {"url", inlineEmpty},
		{"lang", inlineEnum}, {"direction", inlineEnum}, {"kind", inlineEnum}, {"platform", inlineEmpty},
		{"origin", inlineEmpty}, {"published_at", inlineEmpty}, {"imported_at", bindAlways},
		{"content_hash", bindAlways}, {"status", inlineEnum}, {"starred", inlineEnum}, {"summary", inlineEmpty},
		{"figure", bindAlways},
	}
	claimInsert = []column{
		{"uid", bindAlways}, {"notice_id", bindAlways}, {"kind", inlineEnum}, {"value", bindAlways}, {"unit", bindAlways},
		{"unit_text", bindAlways}, {"qualifier", inlineEnum}, {"rate", inlineEnum}, {"quote", bindAlways},
		{"start", bindAlways}, {`"end"`, bindAlways}, {"prefix", bindAlways}, {"suffix", bindAlways},
		{"actor", inlineEmpty}, {"platform", inlineEmpty}, {"event_date", inlineEmpty}, {"period", inlineEmpty},
		{"verification", inlineEnum}, {"origin", inlineEnum}, {"orphaned", inlineEnum},
		{"value_high", inlineEnum}, {"category", inlineEmpty},
	}
)

// ftsPendingSQL is a plain temporary table that holds search rows until the
// end of an import. FTS5 flushes its in-memory index at every statement
// savepoint, and the other inserts of an import open one per statement, so
// writing the search rows as they come left one tiny index segment per
// notice; copying them over in one statement at the end writes the index once.
const ftsPendingSQL = `CREATE TEMP TABLE IF NOT EXISTS fts_pending (rowid INTEGER PRIMARY KEY, title TEXT, body TEXT, extra TEXT)`

func newWriter(ctx context.Context, tx *sql.Tx, db *DB) (*writer, error) {
	w := &writer{ctx: ctx, tx: tx, db: db, stmts: map[string]*sql.Stmt{}, sources: map[[2]string]int64{},
		notice: newShapedInsert(tx, "notice", noticeInsert, " ON CONFLICT DO NOTHING"),
		claim:  newShapedInsert(tx, "claim", claimInsert, "")}
	if _, err := tx.ExecContext(ctx, ftsPendingSQL); err != nil {
		return nil, fmt.Errorf("prepare search index: %w", err)
	}
	for name, q := range writerSQL {
		st, err := tx.PrepareContext(ctx, q)
		if err != nil {
			w.close()
			return nil, fmt.Errorf("prepare %s: %w", name, err)
		}
		w.stmts[name] = st
	}
	return w, nil
}

// flushIndex moves the pending search rows into the FTS table.
func (w *writer) flushIndex() error {
	if w.pending == 0 {
		return nil
	}
	if _, err := w.tx.ExecContext(w.ctx, `INSERT INTO notice_fts (rowid, title, body, extra) SELECT rowid, title, body, extra FROM temp.fts_pending`); err != nil {
		return fmt.Errorf("index notices: %w", err)
	}
	if _, err := w.tx.ExecContext(w.ctx, `DELETE FROM temp.fts_pending`); err != nil {
		return fmt.Errorf("index notices: %w", err)
	}
	w.pending = 0
	return nil
}

func (w *writer) close() {
	for _, st := range w.stmts {
		st.Close()
	}
	w.notice.close()
	w.claim.close()
}

// put stores one completed notice. A notice is known by its origin first:
// one whose origin is stored is a duplicate when its text is the same and
// updates the stored notice when it is not. Only a notice without an
// origin is known by its content hash, against every stored notice. A new
// notice with an origin, by far the most common case, costs one statement:
// the insert does nothing when the origin is already stored, and only then
// is the origin looked up to tell a duplicate from an update.
func (w *writer) put(im app.Imported) (app.Outcome, error) {
	n := &im.Notice
	if err := im.CheckComplete(); err != nil {
		return "", fmt.Errorf("notice %q: %w", n.Title, err)
	}
	if n.Origin == "" {
		var id int64
		switch err := w.stmts["byHash"].QueryRowContext(w.ctx, n.ContentHash).Scan(&id); {
		case err == nil:
			return app.OutcomeDuplicate, nil
		case !errors.Is(err, sql.ErrNoRows):
			return "", fmt.Errorf("look up content hash: %w", err)
		}
	}
	stored, err := w.insert(im)
	if err != nil || stored {
		return app.OutcomeNew, err
	}
	if n.Origin == "" { // another origin-less notice with this text, written since the look-up
		return app.OutcomeDuplicate, nil
	}
	var id int64
	var hash, body string
	var published sql.NullString
	err = w.stmts["byOrigin"].QueryRowContext(w.ctx, n.Origin).Scan(&id, &hash, &body, &published)
	switch {
	case err == nil && hash == n.ContentHash && !n.PublishedAt.IsZero() && !parseTime(published).Equal(n.PublishedAt):
		// The same text at another time: an export read again in the zone
		// it was written in (--tz). The time is corrected, the rest kept.
		if _, err := w.tx.ExecContext(w.ctx, `UPDATE notice SET published_at = ? WHERE id = ?`, timeText(n.PublishedAt), id); err != nil {
			return "", fmt.Errorf("update the time of notice %d: %w", id, err)
		}
		_, err := addHistory(w.ctx, w.tx, app.Change{At: w.db.now(), Entity: app.EntityNotice, Ref: id, NoticeID: id,
			Field: app.FieldPublished, Before: nullText(published), After: timeText(n.PublishedAt).(string)})
		return app.OutcomeUpdated, err
	case err == nil && hash == n.ContentHash:
		return app.OutcomeDuplicate, nil
	case err == nil:
		return app.OutcomeUpdated, w.update(id, body, im)
	}
	return "", fmt.Errorf("notice %q: neither new nor a known origin: %w", n.Title, err)
}

// insert stores a notice with its claims, sources and links, unless its
// origin (or, without one, its content hash) is already stored (stored is
// then false). The notice is written as given; only the import time is
// the store's own.
func (w *writer) insert(im app.Imported) (stored bool, err error) {
	n := im.Notice
	if n.ImportedAt.IsZero() {
		n.ImportedAt = w.db.now()
	}
	res, err := w.notice.exec(w.ctx,
		"uid", n.UID,
		"title", n.Title,
		"body", n.Body,
		"url", n.URL,
		"lang", n.Lang,
		"direction", string(n.Direction),
		"kind", string(n.Kind),
		"platform", n.Platform,
		"origin", n.Origin,
		"published_at", timeText(n.PublishedAt),
		"imported_at", timeText(n.ImportedAt),
		"content_hash", n.ContentHash,
		"status", string(n.Status),
		"starred", boolInt(n.Starred),
		"summary", n.Summary,
		"figure", topFigure(im.Claims))
	if err != nil {
		return false, fmt.Errorf("insert notice %q: %w", n.Title, err)
	}
	if k, err := res.RowsAffected(); err != nil || k == 0 {
		return false, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return false, err
	}
	for _, c := range im.Claims {
		if err := w.insertClaim(id, n.UID, c); err != nil {
			return false, err
		}
	}
	for _, s := range im.Sources {
		if err := w.linkSource(id, s); err != nil {
			return false, err
		}
	}
	for _, l := range im.Links {
		if _, err := w.stmts["link"].ExecContext(w.ctx, id, l); err != nil {
			return false, fmt.Errorf("insert link: %w", err)
		}
	}
	// A notice restored from an export brings the desk's own work with it.
	if w.merging || len(n.Tags) > 0 || len(n.Notes) > 0 || hasClaimTags(im.Claims) {
		if err := w.restoreWork(id, n, im.Claims); err != nil {
			return false, err
		}
		if w.merging { // indexed with the rest at the end, as an import's are
			return true, w.pendingIndex(id, search.Row(n.Title, n.Body, workWords(n, im)))
		}
		return true, reindex(w.ctx, w.tx, id)
	}
	if im.Search == nil {
		return false, fmt.Errorf("notice %q: no search row: %w", n.Title, app.ErrIncomplete)
	}
	return true, w.pendingIndex(id, *im.Search)
}

// pendingIndex keeps a notice's search row until the import's end.
func (w *writer) pendingIndex(id int64, row [3]string) error {
	if _, err := w.stmts["fts"].ExecContext(w.ctx, id, row[0], row[1], row[2]); err != nil {
		return fmt.Errorf("index notice: %w", err)
	}
	w.pending++
	return nil
}

// workWords are the words besides title and body that search finds a
// notice by, as reindex reads them: tags, claim tags, notes, sources.
func workWords(n app.Notice, im app.Imported) []string {
	var out []string
	for _, t := range n.Tags {
		out = append(out, t.Name)
	}
	for _, c := range im.Claims {
		for _, t := range c.Tags {
			out = append(out, t.Name)
		}
	}
	for _, note := range n.Notes {
		out = append(out, note.Body)
	}
	return append(out, im.SourceNames()...)
}

// topFigure is a notice's largest figure, which the list sorts by.
func topFigure(cs []app.Claim) float64 {
	top := 0.0
	for _, c := range cs {
		if c.Kind == app.ClaimFigure && !c.Orphaned {
			top = max(top, c.Value)
		}
	}
	return top
}

func hasClaimTags(cs []app.Claim) bool {
	for _, c := range cs {
		if len(c.Tags) > 0 {
			return true
		}
	}
	return false
}

// restoreWork stores the tags and notes a re-imported export carries.
func (w *writer) restoreWork(id int64, n app.Notice, imported []app.Claim) error {
	ctx, tx := w.ctx, w.tx
	tag := func(table, col string, owner int64, name string) error {
		name, err := app.CleanTagName(name)
		if err != nil {
			return nil // an unusable tag name is dropped, not fatal
		}
		var tid int64
		if err := tx.QueryRowContext(ctx, `INSERT INTO tag (uid, name) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id`, app.TagUID(name), name).Scan(&tid); err != nil {
			return fmt.Errorf("restore tag %q: %w", name, err)
		}
		_, err = tx.ExecContext(ctx, `INSERT OR IGNORE INTO `+table+` (`+col+`, tag_id) VALUES (?, ?)`, owner, tid)
		return err
	}
	for _, t := range n.Tags {
		if err := tag("notice_tag", "notice_id", id, t.Name); err != nil {
			return err
		}
	}
	var claims []app.Claim
	if hasClaimTags(imported) {
		var err error
		if claims, err = loadClaims(ctx, tx, id); err != nil {
			return err
		}
	}
	for _, c := range imported {
		for _, stored := range claims {
			same := stored.UID == c.UID
			if c.UID == "" {
				same = stored.Start == c.Start && stored.End == c.End && stored.Unit == c.Unit && stored.Value == c.Value
			}
			if same {
				for _, t := range c.Tags {
					if err := tag("claim_tag", "claim_id", stored.ID, t.Name); err != nil {
						return err
					}
				}
			}
		}
	}
	for _, note := range n.Notes {
		at := note.CreatedAt
		if at.IsZero() {
			at = w.db.now()
		}
		created, updated := at.UTC().Format(time.RFC3339), at.UTC().Format(time.RFC3339)
		if !note.UpdatedAt.IsZero() {
			updated = note.UpdatedAt.UTC().Format(time.RFC3339)
		}
		uid := note.UID
		if uid == "" {
			uid = app.NoteUID(n.UID, created, note.Body)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO note (uid, notice_id, body, start, "end", created_at, updated_at) VALUES (?,?,?,?,?,?,?) ON CONFLICT DO NOTHING`,
			uid, id, note.Body, note.Start, note.End, created, updated); err != nil {
			return fmt.Errorf("restore note: %w", err)
		}
	}
	return nil
}

func (w *writer) insertClaim(noticeID int64, noticeUID string, c app.Claim) error {
	if c.UID == "" {
		c.UID = app.ClaimUID(noticeUID, c.Kind, c.Start, c.End, c.Unit)
	}
	// Offsets go as int64: database/sql converts an int by reflection.
	_, err := w.claim.exec(w.ctx,
		"uid", c.UID,
		"notice_id", noticeID,
		"kind", string(c.Kind),
		"value", c.Value,
		"unit", c.Unit,
		"unit_text", c.UnitText,
		"qualifier", string(c.Qualifier),
		"rate", string(c.Rate),
		"quote", c.Quote,
		"start", int64(c.Start),
		`"end"`, int64(c.End),
		"prefix", c.Prefix,
		"suffix", c.Suffix,
		"actor", c.Actor,
		"platform", c.Platform,
		"event_date", dateText(c.EventDate),
		"period", c.Period,
		"verification", string(c.Verification),
		"origin", string(c.Origin),
		"orphaned", boolInt(c.Orphaned),
		"value_high", c.High,
		"category", c.Category)
	if err != nil {
		return fmt.Errorf("insert claim %q: %w", c.Quote, err)
	}
	if c.Origin != app.OriginAuto && c.Origin != "" {
		// a claim a reporter added (restored from an export): the notice
		// the team has changed, push it again
		if _, err := w.tx.ExecContext(w.ctx, `UPDATE notice SET pushed = 0 WHERE id = ?`, noticeID); err != nil {
			return fmt.Errorf("insert claim %q: %w", c.Quote, err)
		}
	}
	return nil
}

func (w *writer) linkSource(noticeID int64, l app.SourceLink) error {
	name := strings.TrimSpace(l.Source.Name)
	if name == "" {
		return nil
	}
	kind := l.Source.Kind
	if kind == "" {
		kind = app.SourceUnknown
	}
	key := [2]string{name, string(kind)}
	sid, ok := w.sources[key]
	if !ok {
		if err := w.stmts["source"].QueryRowContext(w.ctx, app.SourceUID(name, kind), name, string(kind), l.Source.URL).Scan(&sid); err != nil {
			return fmt.Errorf("insert source %q: %w", name, err)
		}
		w.sources[key] = sid
	}
	role := l.Role
	if role == "" {
		role = app.RoleReportedBy
	}
	if _, err := w.stmts["noticeSource"].ExecContext(w.ctx, noticeID, sid, string(role)); err != nil {
		return fmt.Errorf("link source %q: %w", name, err)
	}
	return nil
}

// update replaces a known notice's text with a changed version: claims the
// reporter has are re-anchored (or marked orphaned), claims the new version
// brings that were not there are added, and the change goes into history.
func (w *writer) update(id int64, oldBody string, im app.Imported) error {
	n := im.Notice
	ctx, tx := w.ctx, w.tx
	old, err := loadClaims(ctx, tx, id)
	if err != nil {
		return err
	}
	var noticeUID string
	if err := tx.QueryRowContext(ctx, `SELECT uid FROM notice WHERE id = ?`, id).Scan(&noticeUID); err != nil {
		return fmt.Errorf("update notice %d: %w", id, err)
	}
	body := []rune(n.Body)
	kept := make([]app.Claim, 0, len(old)+len(im.Claims))
	for _, c := range old {
		orphaned := !app.Reanchor(&c, body)
		if _, err := tx.ExecContext(ctx, `UPDATE claim SET start = ?, "end" = ?, prefix = ?, suffix = ?, orphaned = ? WHERE id = ?`,
			c.Start, c.End, c.Prefix, c.Suffix, boolInt(orphaned), c.ID); err != nil {
			return fmt.Errorf("re-anchor claim %d: %w", c.ID, err)
		}
		c.Orphaned = orphaned
		kept = append(kept, c)
	}
	for _, c := range im.Claims {
		if hasClaim(kept, c) {
			continue
		}
		if err := w.insertClaim(id, noticeUID, c); err != nil {
			return err
		}
		kept = append(kept, c)
	}
	live := kept[:0:0]
	for _, c := range kept {
		if !c.Orphaned {
			live = append(live, c)
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE notice SET title = ?, body = ?, url = CASE WHEN ? <> '' THEN ? ELSE url END,
		lang = ?, direction = ?, published_at = COALESCE(?, published_at), content_hash = ?, summary = ?, pushed = 0 WHERE id = ?`,
		n.Title, n.Body, n.URL, n.URL, n.Lang, string(n.Direction), timeText(n.PublishedAt), n.ContentHash,
		app.Summary(live), id); err != nil {
		return fmt.Errorf("update notice %d: %w", id, err)
	}
	for _, s := range im.Sources {
		if err := w.linkSource(id, s); err != nil {
			return err
		}
	}
	for _, l := range im.Links {
		if _, err := w.stmts["link"].ExecContext(ctx, id, l); err != nil {
			return fmt.Errorf("insert link: %w", err)
		}
	}
	if w.pending > 0 { // the old version may have come earlier in this same import
		if _, err := tx.ExecContext(ctx, `DELETE FROM temp.fts_pending WHERE rowid = ?`, id); err != nil {
			return fmt.Errorf("reindex notice %d: %w", id, err)
		}
	}
	if err := reindex(ctx, tx, id); err != nil {
		return err
	}
	if w.merging { // the change that brought the text is in history already
		return nil
	}
	_, err = addHistory(ctx, tx, app.Change{At: w.db.now(), Entity: app.EntityNotice, Ref: id, NoticeID: id,
		Field: app.FieldBody, Before: oldBody, After: n.Body})
	return err
}

func nullText(s sql.NullString) string {
	if !s.Valid {
		return ""
	}
	return s.String
}

func hasClaim(cs []app.Claim, c app.Claim) bool {
	for _, o := range cs {
		if o.Kind == c.Kind && o.Value == c.Value && o.Unit == c.Unit && o.Start == c.Start && o.End == c.End {
			return true
		}
	}
	return false
}

func dateText(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Format("2006-01-02")
}
