package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/merge"
)

// MergeOptions tune a merge.
type MergeOptions struct {
	// Pulled marks what the merge adds as already on the team server, so
	// a sync does not push it back.
	Pulled bool
	// Progress, when set, is called about every 500 items read, with how
	// many were read; it must not block.
	Progress func(done int)
	// Settings are stored in the merge's own transaction (a sync's cursor
	// moves with what it pulled).
	Settings map[string]string
}

// Merge merges another desk's content into this one, in one transaction,
// keyed by uid: notices, claims, sources, tags, notes and changes this
// desk lacks are added; changes are added to history as they were made
// (uid, author, time), and every field a change touched takes the value of
// its last change by (time, author, uid) on either desk (merge.Later), so
// the value a later change overwrote stays in history with its author.
// Nothing is duplicated: merging the same input twice changes nothing.
// from names the input in the report.
func (db *DB) Merge(ctx context.Context, from string, in merge.Input, opt MergeOptions) (merge.Report, error) {
	rep := merge.Report{From: from, Conflicts: []merge.Conflict{}}
	defer db.facets.invalidate()
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		// the import's large page cache, for as long as the merge writes
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA cache_size = %d", importCacheKB)); err != nil {
			return fmt.Errorf("merge: %w", err)
		}
		defer tx.ExecContext(context.Background(), fmt.Sprintf("PRAGMA cache_size = %d", readCacheKB)) //nolint:errcheck // best effort: only memory
		mark, err := markOf(ctx, tx)
		if err != nil {
			return err
		}
		m, err := newMerger(ctx, tx, db, opt, &rep)
		if err != nil {
			return err
		}
		defer m.close()
		if err := in(ctx, m); err != nil {
			return err
		}
		if err := m.finish(); err != nil {
			return err
		}
		for k, v := range opt.Settings {
			if _, err := tx.ExecContext(ctx, `INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, k, v); err != nil {
				return fmt.Errorf("save setting %s: %w", k, err)
			}
		}
		return db.refreshDerived(ctx, tx, mark)
	})
	if err != nil {
		return merge.Report{From: from, Conflicts: []merge.Conflict{}}, err
	}
	return rep, nil
}

type fieldKey struct {
	entity app.Entity
	uid    string
	key    string
}

type merger struct {
	ctx context.Context
	tx  *sql.Tx
	db  *DB
	opt MergeOptions
	rep *merge.Report
	w   *writer

	notices    map[string]int64          // notice uid → id
	claims     map[string]int64          // claim uid → id, read when first needed
	newChanges map[string]bool           // uids of the changes this merge added
	newNotices []string                  // uids of the notices this merge added
	versions   map[string][]app.Imported // other versions of notices' text, by notice uid
	touched    map[fieldKey]bool
	reindex    map[int64]bool
	sources0   int
	tags0      int
	read       int
	hasChange  *sql.Stmt // prepared when the first change comes
	addChange  *sql.Stmt
}

func (m *merger) close() {
	m.w.close()
	for _, st := range []*sql.Stmt{m.hasChange, m.addChange} {
		if st != nil {
			st.Close()
		}
	}
}

func newMerger(ctx context.Context, tx *sql.Tx, db *DB, opt MergeOptions, rep *merge.Report) (*merger, error) {
	w, err := newWriter(ctx, tx, db)
	if err != nil {
		return nil, err
	}
	w.merging = true
	m := &merger{ctx: ctx, tx: tx, db: db, opt: opt, rep: rep, w: w, notices: map[string]int64{},
		newChanges: map[string]bool{}, versions: map[string][]app.Imported{}, touched: map[fieldKey]bool{}, reindex: map[int64]bool{}}
	if err := m.uids(`SELECT uid, id FROM notice`, m.notices); err != nil {
		w.close()
		return nil, err
	}
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM source), (SELECT count(*) FROM tag)`).Scan(&m.sources0, &m.tags0); err != nil {
		w.close()
		return nil, fmt.Errorf("merge: %w", err)
	}
	return m, nil
}

func (m *merger) uids(query string, into map[string]int64) error {
	rows, err := m.tx.QueryContext(m.ctx, query)
	if err != nil {
		return fmt.Errorf("merge: read uids: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var uid string
		var id int64
		if err := rows.Scan(&uid, &id); err != nil {
			return fmt.Errorf("merge: read uids: %w", err)
		}
		if _, dup := into[uid]; !dup {
			into[uid] = id
		}
	}
	return rows.Err()
}

func (m *merger) progress() error {
	m.read++
	if m.opt.Progress != nil && m.read%500 == 0 {
		m.opt.Progress(m.read)
	}
	return m.ctx.Err()
}

// Notice adds a notice this desk lacks, or what this desk lacks of one it
// has: claims, sources, links, and tags and notes this desk never changed
// (those it changed are decided by the change log).
func (m *merger) Notice(im app.Imported) error {
	if err := m.progress(); err != nil {
		return err
	}
	n := &im.Notice
	if n.UID == "" || n.ContentHash == "" {
		return fmt.Errorf("notice %q: no uid: %w", n.Title, app.ErrInvalid)
	}
	if id, ok := m.notices[n.UID]; ok {
		return m.mergeInto(id, im)
	}
	stored, err := m.w.insert(im)
	if err != nil {
		return err
	}
	if !stored { // the same notice under another uid (by origin, or text): one notice
		id, err := m.sameNotice(*n)
		if err != nil {
			return err
		}
		m.notices[n.UID] = id
		return m.mergeInto(id, im)
	}
	var id int64
	if err := m.tx.QueryRowContext(m.ctx, `SELECT max(id) FROM notice`).Scan(&id); err != nil {
		return fmt.Errorf("merge notice %s: %w", n.UID, err)
	}
	m.notices[n.UID] = id
	m.newNotices = append(m.newNotices, n.UID)
	if m.opt.Pulled {
		if _, err := m.tx.ExecContext(m.ctx, `UPDATE notice SET pushed = 1 WHERE id = ?`, id); err != nil {
			return fmt.Errorf("merge notice %s: %w", n.UID, err)
		}
	}
	if m.claims != nil {
		if err := m.uids(fmt.Sprintf(`SELECT uid, id FROM claim WHERE notice_id = %d`, id), m.claims); err != nil {
			return err
		}
	}
	a := &m.rep.Added
	a.Notices++
	a.Claims += len(im.Claims)
	a.Notes += len(n.Notes)
	a.Links += len(im.Links)
	return nil
}

func (m *merger) sameNotice(n app.Notice) (int64, error) {
	var id int64
	err := m.tx.QueryRowContext(m.ctx, `SELECT id FROM notice WHERE (origin <> '' AND origin = ?) OR (? = '' AND origin = '' AND content_hash = ?) LIMIT 1`,
		n.Origin, n.Origin, n.ContentHash).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("merge notice %s: neither new nor known: %w", n.UID, err)
	}
	return id, nil
}

func (m *merger) mergeInto(id int64, im app.Imported) error {
	n := im.Notice
	var noticeUID, hash string
	if err := m.tx.QueryRowContext(m.ctx, `SELECT uid, content_hash FROM notice WHERE id = ?`, id).Scan(&noticeUID, &hash); err != nil {
		return fmt.Errorf("merge notice %s: %w", n.UID, err)
	}
	if hash != n.ContentHash { // another version of the text: the change log decides which
		m.versions[noticeUID] = append(m.versions[noticeUID], im)
	}
	changed := false
	local, err := loadClaims(m.ctx, m.tx, id)
	if err != nil {
		return err
	}
	have := map[string]int64{}
	for _, c := range local {
		have[c.UID] = c.ID
	}
	for _, c := range im.Claims {
		cid, ok := have[c.UID]
		if !ok {
			if err := m.w.insertClaim(id, noticeUID, c); err != nil {
				return err
			}
			if err := m.tx.QueryRowContext(m.ctx, `SELECT id FROM claim WHERE notice_id = ? AND uid = ?`, id, c.UID).Scan(&cid); err != nil {
				return fmt.Errorf("merge claim %s: %w", c.UID, err)
			}
			if m.claims != nil {
				m.claims[c.UID] = cid
			}
			m.rep.Added.Claims++
			changed = true
		}
		for _, t := range c.Tags {
			added, err := m.snapshotTag(app.EntityClaim, c.UID, cid, t.Name)
			if err != nil {
				return err
			}
			changed = changed || added
		}
	}
	for _, l := range im.Sources {
		if err := m.w.linkSource(id, l); err != nil {
			return err
		}
	}
	for _, l := range im.Links {
		res, err := m.w.stmts["link"].ExecContext(m.ctx, id, l)
		if err != nil {
			return fmt.Errorf("merge link: %w", err)
		}
		if k, _ := res.RowsAffected(); k > 0 {
			m.rep.Added.Links++
		}
	}
	for _, t := range n.Tags {
		added, err := m.snapshotTag(app.EntityNotice, noticeUID, id, t.Name)
		if err != nil {
			return err
		}
		changed = changed || added
	}
	for _, note := range n.Notes {
		var one int
		switch err := m.tx.QueryRowContext(m.ctx, `SELECT 1 FROM note WHERE uid = ? AND uid <> ''`, note.UID).Scan(&one); {
		case err == nil:
			continue
		case !errors.Is(err, sql.ErrNoRows):
			return fmt.Errorf("merge note %s: %w", note.UID, err)
		}
		if known, err := m.hasHistory(note.UID, string(app.FieldBody)); err != nil || known {
			if err != nil {
				return err
			}
			continue // created or deleted here: the change log decides
		}
		created, updated := note.CreatedAt.UTC().Format(time.RFC3339), note.UpdatedAt.UTC().Format(time.RFC3339)
		if note.UpdatedAt.IsZero() {
			updated = created
		}
		if _, err := m.tx.ExecContext(m.ctx, `INSERT INTO note (uid, notice_id, body, start, "end", created_at, updated_at) VALUES (?,?,?,?,?,?,?)`,
			note.UID, id, note.Body, note.Start, note.End, created, updated); err != nil {
			return fmt.Errorf("merge note %s: %w", note.UID, err)
		}
		m.rep.Added.Notes++
		changed = true
	}
	if changed {
		m.reindex[id] = true
	}
	return nil
}

// snapshotTag puts a tag the other desk has on a thing this desk has too,
// unless this desk ever added or removed that tag there (then the change
// log decides).
func (m *merger) snapshotTag(entity app.Entity, uid string, id int64, name string) (bool, error) {
	name, err := app.CleanTagName(name)
	if err != nil {
		return false, nil // an unusable tag name is dropped, as on import
	}
	if known, err := m.hasHistory(uid, "tag:"+name); err != nil || known {
		return false, err
	}
	added, err := m.setTag(entity, id, name, true)
	if added {
		m.rep.Merged++
	}
	return added, err
}

// setTag puts a tag on (or takes it off) a notice, claim or source.
func (m *merger) setTag(entity app.Entity, id int64, name string, on bool) (bool, error) {
	t := tagTarget[entity]
	var res sql.Result
	var err error
	if on {
		var tid int64
		if err := m.tx.QueryRowContext(m.ctx, `INSERT INTO tag (uid, name) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id`,
			app.TagUID(name), name).Scan(&tid); err != nil {
			return false, fmt.Errorf("merge tag %q: %w", name, err)
		}
		res, err = m.tx.ExecContext(m.ctx, `INSERT OR IGNORE INTO `+t[0]+` (`+t[1]+`, tag_id) VALUES (?, ?)`, id, tid)
	} else {
		res, err = m.tx.ExecContext(m.ctx, `DELETE FROM `+t[0]+` WHERE `+t[1]+` = ? AND tag_id = (SELECT id FROM tag WHERE name = ?)`, id, name)
	}
	if err != nil {
		return false, fmt.Errorf("merge tag %q on %s %d: %w", name, entity, id, err)
	}
	k, _ := res.RowsAffected()
	return k > 0, nil
}

// hasHistory reports whether this desk's change log holds a change of key
// (a field, or "tag:" and a tag's name) of the entity uid.
func (m *merger) hasHistory(uid, key string) (bool, error) {
	cs, err := m.changesOf(uid, key)
	return len(cs) > 0, err
}

func (m *merger) changesOf(uid, key string) ([]app.Change, error) {
	field, name := key, ""
	if len(key) > 4 && key[:4] == "tag:" {
		field, name = "tag", key[4:]
	}
	q := `SELECT ` + historyCols + ` FROM history WHERE entity_uid = ? AND field = ?`
	args := []any{uid, field}
	if name != "" {
		q += ` AND (after = ? OR (after = '' AND before = ?))`
		args = append(args, name, name)
	}
	rows, err := m.tx.QueryContext(m.ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("merge: read history of %s: %w", uid, err)
	}
	defer rows.Close()
	var out []app.Change
	for rows.Next() {
		c, err := scanChange(rows)
		if err != nil {
			return nil, fmt.Errorf("merge: read history of %s: %w", uid, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Source adds a source this desk lacks, fills in the address and
// credibility one it has leaves empty, and its tags as for notices.
func (m *merger) Source(s app.Source) error {
	if err := m.progress(); err != nil {
		return err
	}
	if s.Kind == "" {
		s.Kind = app.SourceUnknown
	}
	if s.UID == "" {
		s.UID = app.SourceUID(s.Name, s.Kind)
	}
	var id int64
	err := m.tx.QueryRowContext(m.ctx, `INSERT INTO source (uid, name, kind, url, credibility) VALUES (?,?,?,?,?)
		ON CONFLICT (name, kind) DO UPDATE SET url = CASE WHEN source.url = '' THEN excluded.url ELSE source.url END,
			credibility = CASE WHEN source.credibility = 0 THEN excluded.credibility ELSE source.credibility END
		RETURNING id`, s.UID, s.Name, string(s.Kind), s.URL, s.Credibility).Scan(&id)
	if err != nil {
		return fmt.Errorf("merge source %q: %w", s.Name, err)
	}
	var uid string
	if err := m.tx.QueryRowContext(m.ctx, `SELECT uid FROM source WHERE id = ?`, id).Scan(&uid); err != nil {
		return fmt.Errorf("merge source %q: %w", s.Name, err)
	}
	for _, t := range s.Tags {
		if _, err := m.snapshotTag(app.EntitySource, uid, id, t.Name); err != nil {
			return err
		}
	}
	return nil
}

// Tag adds a tag this desk lacks, or the colour of one it has without.
func (m *merger) Tag(t app.Tag) error {
	if err := m.progress(); err != nil {
		return err
	}
	name, err := app.CleanTagName(t.Name)
	if err != nil {
		return nil
	}
	if t.UID == "" {
		t.UID = app.TagUID(name)
	}
	_, err = m.tx.ExecContext(m.ctx, `INSERT INTO tag (uid, name, colour) VALUES (?,?,?)
		ON CONFLICT (name) DO UPDATE SET colour = CASE WHEN tag.colour = '' THEN excluded.colour ELSE tag.colour END`, t.UID, name, t.Colour)
	if err != nil {
		return fmt.Errorf("merge tag %q: %w", name, err)
	}
	return nil
}

// Change adds a change this desk's history lacks, as it was made, and
// marks its field to be decided once everything is read.
func (m *merger) Change(c app.Change) error {
	if err := m.progress(); err != nil {
		return err
	}
	if c.UID == "" || c.EntityUID == "" || !c.Entity.Valid() {
		return fmt.Errorf("change %q: no uid or entity: %w", c.UID, app.ErrInvalid)
	}
	if m.newChanges[c.UID] {
		return nil
	}
	if m.hasChange == nil {
		// "uid <> ''" lets SQLite use the partial unique index on uid
		st, err := m.tx.PrepareContext(m.ctx, `SELECT 1 FROM history WHERE uid = ? AND uid <> ''`)
		if err != nil {
			return fmt.Errorf("merge: %w", err)
		}
		m.hasChange = st
		if m.addChange, err = m.tx.PrepareContext(m.ctx, `INSERT INTO history (at, entity, ref, notice_id, field, before, after, undo, uid, author, entity_uid, notice_uid, pushed)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`); err != nil {
			return fmt.Errorf("merge: %w", err)
		}
	}
	var one int
	switch err := m.hasChange.QueryRowContext(m.ctx, c.UID).Scan(&one); {
	case err == nil:
		return nil
	case !errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("merge change %s: %w", c.UID, err)
	}
	var err error
	if c.Ref, err = m.entityID(c.Entity, c.EntityUID); err != nil {
		return err
	}
	c.NoticeID = m.notices[c.NoticeUID]
	if c.Author == "" {
		c.Author = "unknown" // an empty author would take this desk's
	}
	if _, err := m.addChange.ExecContext(m.ctx, c.At.UTC().Format(time.RFC3339Nano), string(c.Entity), c.Ref, c.NoticeID, string(c.Field),
		c.Before, c.After, boolInt(c.Undo), c.UID, c.Author, c.EntityUID, c.NoticeUID, boolInt(m.opt.Pulled)); err != nil {
		return fmt.Errorf("merge change %s: %w", c.UID, err)
	}
	m.newChanges[c.UID] = true
	m.touched[fieldKey{c.Entity, c.EntityUID, merge.Key(c)}] = true
	m.rep.Added.Changes++
	return nil
}

// entityID is the local id of the entity uid names, 0 when this desk does
// not have it (a deleted note, a notice yet to come).
func (m *merger) entityID(e app.Entity, uid string) (int64, error) {
	var q string
	switch e {
	case app.EntityNotice:
		return m.notices[uid], nil
	case app.EntityClaim:
		if m.claims == nil {
			m.claims = map[string]int64{}
			if err := m.uids(`SELECT uid, id FROM claim`, m.claims); err != nil {
				return 0, err
			}
		}
		return m.claims[uid], nil
	case app.EntityNote:
		q = `SELECT id FROM note WHERE uid = ? AND uid <> ''`
	case app.EntitySource:
		q = `SELECT id FROM source WHERE uid = ?`
	case app.EntityTag:
		q = `SELECT id FROM tag WHERE uid = ?`
	default:
		return 0, nil
	}
	var id int64
	err := m.tx.QueryRowContext(m.ctx, q, uid).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("merge: find %s %s: %w", e, uid, err)
	}
	return id, nil
}

// finish decides every field a merged change touched, and those of the
// notices the merge added that this desk's history already spoke of.
func (m *merger) finish() error {
	for _, uid := range m.newNotices {
		rows, err := m.tx.QueryContext(m.ctx, `SELECT entity, entity_uid, field, before, after FROM history WHERE notice_uid = ?`, uid)
		if err != nil {
			return fmt.Errorf("merge: %w", err)
		}
		for rows.Next() {
			var c app.Change
			if err := rows.Scan(&c.Entity, &c.EntityUID, &c.Field, &c.Before, &c.After); err != nil {
				rows.Close()
				return fmt.Errorf("merge: %w", err)
			}
			m.touched[fieldKey{c.Entity, c.EntityUID, merge.Key(c)}] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("merge: %w", err)
		}
	}
	keys := make([]fieldKey, 0, len(m.touched))
	for k := range m.touched {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].uid != keys[j].uid {
			return keys[i].uid < keys[j].uid
		}
		return keys[i].key < keys[j].key
	})
	for _, k := range keys {
		if err := m.decide(k); err != nil {
			return err
		}
	}
	for id := range m.reindex {
		if m.w.pending > 0 { // added by this merge: its pending row gives way
			if _, err := m.tx.ExecContext(m.ctx, `DELETE FROM temp.fts_pending WHERE rowid = ?`, id); err != nil {
				return fmt.Errorf("merge: reindex notice %d: %w", id, err)
			}
		}
		if err := reindex(m.ctx, m.tx, id); err != nil {
			return err
		}
	}
	if err := m.w.flushIndex(); err != nil {
		return err
	}
	var sources, tags int
	if err := m.tx.QueryRowContext(m.ctx, `SELECT (SELECT count(*) FROM source), (SELECT count(*) FROM tag)`).Scan(&sources, &tags); err != nil {
		return fmt.Errorf("merge: %w", err)
	}
	m.rep.Added.Sources, m.rep.Added.Tags = sources-m.sources0, tags-m.tags0
	return nil
}

// decide sets one field to the value of its last change, and reports it
// as merged when that change came from the other desk, in conflict when
// both desks changed it to different values.
func (m *merger) decide(k fieldKey) error {
	cs, err := m.changesOf(k.uid, k.key)
	if err != nil || len(cs) == 0 {
		return err
	}
	win := merge.Winner(cs)
	var local, other []app.Change
	for _, c := range cs {
		if m.newChanges[c.UID] {
			other = append(other, c)
		} else {
			local = append(local, c)
		}
	}
	applied, known, err := m.set(k, win)
	if err != nil {
		return err
	}
	if !known {
		if m.newChanges[win.UID] {
			m.rep.Unapplied++
		}
		return nil
	}
	if applied && m.newChanges[win.UID] {
		m.rep.Merged++
	}
	if len(local) > 0 && len(other) > 0 {
		l, o := merge.Winner(local), merge.Winner(other)
		if merge.Value(l) != merge.Value(o) && (k.key[:min(4, len(k.key))] == "tag:" || win.Before != loserValue(win, l, o)) {
			kept := "local"
			if m.newChanges[win.UID] {
				kept = "other"
			}
			m.rep.Conflicts = append(m.rep.Conflicts, merge.Conflict{Entity: k.entity, UID: k.uid, NoticeUID: win.NoticeUID,
				Field: k.key, Local: merge.Value(l), LocalAuthor: l.Author, Other: merge.Value(o), OtherAuthor: o.Author, Kept: kept})
		}
	}
	return nil
}

// loserValue is the value of whichever of l and o did not win: a winner
// made on top of it (its Before) is a later edit, not a conflict.
func loserValue(win, l, o app.Change) string {
	if win.UID == l.UID {
		return merge.Value(o)
	}
	return merge.Value(l)
}

// set gives a field the value its winning change left it at; applied is
// false when it already had it, known false for a field this build does
// not apply (the change stays in history).
func (m *merger) set(k fieldKey, win app.Change) (applied, known bool, err error) {
	id, err := m.entityID(k.entity, k.uid)
	if err != nil {
		return false, true, err
	}
	exec := func(q string, args ...any) (bool, bool, error) {
		res, err := m.tx.ExecContext(m.ctx, q, args...)
		if err != nil {
			return false, true, fmt.Errorf("merge %s %s %s: %w", k.entity, k.uid, k.key, err)
		}
		n, _ := res.RowsAffected()
		return n > 0, true, nil
	}
	switch {
	case k.entity == app.EntityNotice && win.Field == app.FieldStatus && app.Status(win.After).Valid():
		return exec(`UPDATE notice SET status = ? WHERE id = ? AND status <> ?`, win.After, id, win.After)
	case k.entity == app.EntityNotice && win.Field == app.FieldStarred:
		v := boolInt(win.After == "true")
		return exec(`UPDATE notice SET starred = ? WHERE id = ? AND starred <> ?`, v, id, v)
	case k.entity == app.EntityNotice && win.Field == app.FieldPublished:
		if _, err := time.Parse(time.RFC3339, win.After); err != nil {
			return false, false, nil
		}
		return exec(`UPDATE notice SET published_at = ? WHERE id = ? AND published_at IS NOT ?`, win.After, id, win.After)
	case k.entity == app.EntityNotice && win.Field == app.FieldBody:
		return m.setText(id, k.uid, win)
	case k.entity == app.EntityClaim && win.Field == app.FieldVerification && app.Verification(win.After).Valid():
		return exec(`UPDATE claim SET verification = ? WHERE id = ? AND verification <> ?`, win.After, id, win.After)
	case win.Field == app.FieldTag && tagTarget[k.entity][0] != "":
		if id == 0 {
			return false, true, nil
		}
		name, err := app.CleanTagName(merge.TagName(win))
		if err != nil {
			return false, false, nil
		}
		changed, err := m.setTag(k.entity, id, name, win.After != "")
		if changed {
			m.reindexOf(k.entity, id)
		}
		return changed, true, err
	case k.entity == app.EntityNote && win.Field == app.FieldBody:
		return m.setNote(k.uid, id, win)
	case k.entity == app.EntityClaim && claimCorrections[win.Field]:
		if id == 0 {
			return false, true, nil
		}
		return m.detail(app.Change{Entity: app.EntityClaim, Ref: id, Field: win.Field, After: win.After})
	case k.entity == app.EntityClaim && win.Field == app.FieldClaim:
		switch {
		case win.After == "" && id != 0: // deleted last
			return m.detail(app.Change{Entity: app.EntityClaim, Ref: id, Field: app.FieldClaim, Before: win.Before})
		case win.After != "" && id != 0: // restored last, and here
			return false, true, nil
		}
		// restored last but not on this desk: its record names the
		// other desk's ids, so it stays in history only
	}
	return false, false, nil
}

// claimCorrections are the claim fields a reporter corrects by hand (the
// detail pane's table), merged like any field: the last change wins.
var claimCorrections = map[app.Field]bool{app.FieldValue: true, app.FieldUnit: true, app.FieldQualifier: true,
	app.FieldRate: true, app.FieldDate: true, app.FieldPeriod: true}

// detail applies a correction or a deletion of a claim as the window's
// edit does (the figures and conflicts of its notice follow), without a
// history row of its own: the change that won is already in history.
func (m *merger) detail(ch app.Change) (applied, known bool, err error) {
	if ch.Check() != nil {
		return false, false, nil
	}
	changed, err := m.db.applyDetail(m.ctx, m.tx, &ch)
	if err != nil {
		if errors.Is(err, app.ErrInvalid) {
			return false, false, nil
		}
		return false, true, fmt.Errorf("merge claim %d %s: %w", ch.Ref, ch.Field, err)
	}
	if !changed {
		return false, true, nil
	}
	if err := m.db.afterDetail(m.ctx, m.tx, ch); err != nil {
		return false, true, err
	}
	m.reindexOf(app.EntityNotice, ch.NoticeID)
	return true, true, nil
}

// setText gives a notice the text of its last re-import, when the other
// desk sent that version (its claims re-anchored, as an import does).
func (m *merger) setText(id int64, uid string, win app.Change) (bool, bool, error) {
	if id == 0 {
		return false, true, nil
	}
	var body string
	if err := m.tx.QueryRowContext(m.ctx, `SELECT body FROM notice WHERE id = ?`, id).Scan(&body); err != nil {
		return false, true, fmt.Errorf("merge notice %s: %w", uid, err)
	}
	if body == win.After {
		return false, true, nil
	}
	for _, im := range m.versions[uid] {
		if im.Notice.Body == win.After {
			return true, true, m.w.update(id, body, im)
		}
	}
	return false, false, nil // that version's text did not come with this merge
}

func (m *merger) reindexOf(e app.Entity, id int64) {
	switch e {
	case app.EntityNotice:
		m.reindex[id] = true
	case app.EntityClaim:
		var nid int64
		if m.tx.QueryRowContext(m.ctx, `SELECT notice_id FROM claim WHERE id = ?`, id).Scan(&nid) == nil {
			m.reindex[nid] = true
		}
	}
}

// setNote creates, rewrites or deletes a note as its last change left it.
func (m *merger) setNote(uid string, id int64, win app.Change) (bool, bool, error) {
	at := win.At.UTC().Format(time.RFC3339)
	var nid int64
	switch {
	case win.After == "" && id == 0:
		return false, true, nil
	case win.After == "":
		if err := m.tx.QueryRowContext(m.ctx, `DELETE FROM note WHERE id = ? RETURNING notice_id`, id).Scan(&nid); err != nil {
			return false, true, fmt.Errorf("merge: delete note %s: %w", uid, err)
		}
	case id == 0:
		nid = m.notices[win.NoticeUID]
		if nid == 0 {
			return false, true, nil // its notice is not here (yet)
		}
		if _, err := m.tx.ExecContext(m.ctx, `INSERT INTO note (uid, notice_id, body, start, "end", created_at, updated_at) VALUES (?,?,?,0,0,?,?)`,
			uid, nid, win.After, at, at); err != nil {
			return false, true, fmt.Errorf("merge: add note %s: %w", uid, err)
		}
		m.rep.Added.Notes++
	default:
		err := m.tx.QueryRowContext(m.ctx, `UPDATE note SET body = ?, updated_at = ? WHERE id = ? AND body <> ? RETURNING notice_id`,
			win.After, at, id, win.After).Scan(&nid)
		if errors.Is(err, sql.ErrNoRows) {
			return false, true, nil
		}
		if err != nil {
			return false, true, fmt.Errorf("merge: edit note %s: %w", uid, err)
		}
	}
	m.reindex[nid] = true
	return true, true, nil
}
