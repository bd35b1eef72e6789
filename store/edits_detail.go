package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

// ErrExists is wrapped when a rename or a new record would give two
// sources or tags one name: the reporter should merge them instead.
var ErrExists = app.ErrExists

// claimColumn maps the claim corrections to their columns.
var claimColumn = map[app.Field]string{
	app.FieldValue: "value", app.FieldUnit: "unit", app.FieldQualifier: "qualifier", app.FieldRate: "rate",
	app.FieldDate: "event_date", app.FieldPeriod: "period",
}

// sourceColumn maps the source fields to their columns.
var sourceColumn = map[app.Field]string{
	app.FieldName: "name", app.FieldKind: "kind", app.FieldURL: "url", app.FieldCredibility: "credibility",
}

// applyDetail writes the changes of claims, sources, tags and span notes.
func (db *DB) applyDetail(ctx context.Context, tx txn, ch *app.Change) (bool, error) {
	switch ch.Field {
	case app.FieldValue, app.FieldUnit, app.FieldQualifier, app.FieldRate, app.FieldDate, app.FieldPeriod:
		return correctClaim(ctx, tx, ch)
	case app.FieldClaim:
		if ch.After != "" {
			return true, createClaim(ctx, tx, ch)
		}
		return true, deleteClaim(ctx, tx, ch)
	case app.FieldNote:
		if ch.After != "" {
			return true, db.createSpanNote(ctx, tx, ch)
		}
		return true, deleteSpanNote(ctx, tx, ch)
	case app.FieldRecord:
		switch {
		case ch.Entity == app.EntitySource && ch.After != "":
			var r app.SourceRecord
			if err := app.Decode(ch.After, &r); err != nil {
				return false, err
			}
			id, err := restoreSource(ctx, tx, r)
			ch.Ref, r.Source.ID = id, id
			ch.After = app.Encode(r)
			return err == nil, err
		case ch.Entity == app.EntitySource:
			r, err := sourceRecord(ctx, tx, ch.Ref)
			if err != nil {
				return false, err
			}
			ch.Before, ch.EntityUID = app.Encode(r), r.Source.UID
			_, err = tx.ExecContext(ctx, `DELETE FROM source WHERE id = ?`, ch.Ref)
			return err == nil, wrap(err, "delete source %d", ch.Ref)
		case ch.After != "":
			var r app.TagRecord
			if err := app.Decode(ch.After, &r); err != nil {
				return false, err
			}
			id, err := restoreTag(ctx, tx, r)
			ch.Ref, r.Tag.ID = id, id
			ch.After = app.Encode(r)
			return err == nil, err
		default:
			r, err := tagRecord(ctx, tx, ch.Ref)
			if err != nil {
				return false, err
			}
			ch.Before, ch.EntityUID = app.Encode(r), r.Tag.UID
			_, err = tx.ExecContext(ctx, `DELETE FROM tag WHERE id = ?`, ch.Ref)
			return err == nil, wrap(err, "delete tag %d", ch.Ref)
		}
	case app.FieldSource:
		return db.linkSource(ctx, tx, ch)
	case app.FieldMerged:
		if ch.Entity == app.EntitySource {
			return true, mergeSource(ctx, tx, ch)
		}
		return true, mergeTag(ctx, tx, ch)
	case app.FieldName, app.FieldKind, app.FieldURL, app.FieldCredibility, app.FieldColour:
		return editRecord(ctx, tx, ch)
	}
	return false, fmt.Errorf("change %s.%s: %w", ch.Entity, ch.Field, app.ErrInvalid)
}

func correctClaim(ctx context.Context, tx txn, ch *app.Change) (bool, error) {
	col := claimColumn[ch.Field]
	var before any
	if err := tx.QueryRowContext(ctx, `SELECT `+col+`, notice_id FROM claim WHERE id = ?`, ch.Ref).Scan(&before, &ch.NoticeID); err != nil {
		return false, notFound("claim", ch.Ref, err)
	}
	var after any = ch.After
	switch b := before.(type) {
	case nil:
		ch.Before = ""
	case float64:
		ch.Before = app.FormatValue(b)
		v, _ := strconv.ParseFloat(ch.After, 64)
		after = v
	case int64:
		ch.Before = strconv.FormatInt(b, 10)
		v, _ := strconv.ParseFloat(ch.After, 64)
		after = v
	case string:
		ch.Before = b
	case []byte:
		ch.Before = string(b)
	}
	if ch.Field == app.FieldDate && ch.After == "" {
		after = nil // no day: NULL, as imports store it
	}
	if ch.Field == app.FieldValue {
		v, _ := strconv.ParseFloat(ch.After, 64)
		ch.After = app.FormatValue(v)
	}
	if ch.Before == ch.After {
		return false, nil
	}
	_, err := tx.ExecContext(ctx, `UPDATE claim SET `+col+` = ? WHERE id = ?`, after, ch.Ref)
	return err == nil, wrap(err, "correct %s of claim %d", col, ch.Ref)
}

// claimRecord reads a claim whole, for the history of its deletion.
func claimRecord(ctx context.Context, tx txn, id int64) (app.ClaimRecord, error) {
	c, err := scanClaim(tx.QueryRowContext(ctx, `SELECT `+claimCols+` FROM claim WHERE id = ?`, id))
	if err != nil {
		return app.ClaimRecord{}, notFound("claim", id, err)
	}
	if c.Tags, err = tagsOf(ctx, tx, claimTagsSQL, id); err != nil {
		return app.ClaimRecord{}, err
	}
	links, err := claimSources(ctx, tx, `x.claim_id = ?`, id)
	if err != nil {
		return app.ClaimRecord{}, err
	}
	c.Sources = links[id]
	return app.ClaimRecord{Claim: c}, nil
}

// createClaim adds a claim (a reporter's, from a quote in the text) or
// brings a deleted one back under its id, with its tags and sources.
func createClaim(ctx context.Context, tx txn, ch *app.Change) error {
	var r app.ClaimRecord
	if err := app.Decode(ch.After, &r); err != nil {
		return err
	}
	c := r.Claim
	if c.NoticeID == 0 {
		c.NoticeID = ch.NoticeID
	}
	var body string
	if err := tx.QueryRowContext(ctx, `SELECT body FROM notice WHERE id = ?`, c.NoticeID).Scan(&body); err != nil {
		return notFound("notice", c.NoticeID, err)
	}
	rs := []rune(body)
	if c.Start < 0 || c.End > len(rs) || c.End <= c.Start {
		return fmt.Errorf("claim span %d–%d outside notice %d (%d characters): %w", c.Start, c.End, c.NoticeID, len(rs), app.ErrInvalid)
	}
	if !c.Orphaned {
		c.Anchor(rs) // the quote and its context come from the text, never from the caller
	}
	if c.Kind == "" {
		c.Kind = app.ClaimFigure
	}
	if c.Verification == "" {
		c.Verification = app.Unreviewed
	}
	if c.Origin == "" {
		c.Origin = app.OriginManual
	}
	if !c.Verification.Valid() || !c.Qualifier.Valid() || !c.Rate.Valid() || !app.ValidUnit(c.Unit) {
		return fmt.Errorf("claim on notice %d: %w", c.NoticeID, app.ErrInvalid)
	}
	var id any
	if ch.Ref > 0 {
		id = ch.Ref
	} else if c.ID > 0 {
		id = c.ID
	}
	var ev any
	if !c.EventDate.IsZero() {
		ev = c.EventDate.Format("2006-01-02")
	}
	if c.UID == "" {
		c.UID = app.NewUID() // made by hand: no two desks make it alike
	}
	err := tx.QueryRowContext(ctx, `INSERT INTO claim (id, notice_id, kind, value, unit, unit_text, qualifier, rate, quote,
		start, "end", prefix, suffix, actor, platform, event_date, period, verification, origin, orphaned, value_high, category, uid)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id`,
		id, c.NoticeID, string(c.Kind), c.Value, c.Unit, c.UnitText, string(c.Qualifier), string(c.Rate), c.Quote,
		c.Start, c.End, c.Prefix, c.Suffix, c.Actor, c.Platform, ev, c.Period, string(c.Verification), string(c.Origin),
		boolInt(c.Orphaned), c.High, c.Category, c.UID).Scan(&c.ID)
	if err != nil {
		return fmt.Errorf("add claim to notice %d: %w", c.NoticeID, err)
	}
	if c.Origin != app.OriginAuto {
		// a claim added by hand changes the notice the team has: push it again
		if _, err := tx.ExecContext(ctx, `UPDATE notice SET pushed = 0 WHERE id = ?`, c.NoticeID); err != nil {
			return fmt.Errorf("add claim to notice %d: %w", c.NoticeID, err)
		}
	}
	for _, t := range c.Tags {
		if err := tagWith(ctx, tx, "claim_tag", "claim_id", c.ID, t.Name); err != nil {
			return err
		}
	}
	for _, l := range c.Sources {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO claim_source (claim_id, source_id, role)
			SELECT ?, id, ? FROM source WHERE id = ?`, c.ID, string(l.Role), l.Source.ID); err != nil {
			return fmt.Errorf("link source to claim %d: %w", c.ID, err)
		}
	}
	c.Conflicts = nil
	ch.Ref, ch.NoticeID = c.ID, c.NoticeID
	ch.After = app.Encode(app.ClaimRecord{Claim: c})
	return nil
}

func deleteClaim(ctx context.Context, tx txn, ch *app.Change) error {
	r, err := claimRecord(ctx, tx, ch.Ref)
	if err != nil {
		return err
	}
	// the claim's uid names it in the change log once it is gone
	ch.NoticeID, ch.Before, ch.EntityUID = r.Claim.NoticeID, app.Encode(r), r.Claim.UID
	_, err = tx.ExecContext(ctx, `DELETE FROM claim WHERE id = ?`, ch.Ref)
	return wrap(err, "delete claim %d", ch.Ref)
}

// tagWith puts the tag named name (created if new) on one row of a link table.
func tagWith(ctx context.Context, tx txn, table, col string, id int64, name string) error {
	var tid int64
	if err := tx.QueryRowContext(ctx, `INSERT INTO tag (uid, name) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id`, app.TagUID(name), name).
		Scan(&tid); err != nil {
		return fmt.Errorf("create tag %q: %w", name, err)
	}
	_, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO `+table+` (`+col+`, tag_id) VALUES (?, ?)`, id, tid)
	return wrap(err, "tag %d", id)
}

func (db *DB) createSpanNote(ctx context.Context, tx txn, ch *app.Change) error {
	var r app.NoteRecord
	if err := app.Decode(ch.After, &r); err != nil {
		return err
	}
	if strings.TrimSpace(r.Body) == "" {
		return fmt.Errorf("empty note: %w", app.ErrInvalid)
	}
	var body string
	if err := tx.QueryRowContext(ctx, `SELECT body FROM notice WHERE id = ?`, ch.NoticeID).Scan(&body); err != nil {
		return notFound("notice", ch.NoticeID, err)
	}
	if n := len([]rune(body)); r.Start < 0 || r.End > n || r.End < r.Start {
		return fmt.Errorf("note span %d–%d outside notice %d: %w", r.Start, r.End, ch.NoticeID, app.ErrInvalid)
	}
	var id any
	if ch.Ref > 0 {
		id = ch.Ref
	}
	now := db.now().Format(time.RFC3339)
	err := tx.QueryRowContext(ctx, `INSERT INTO note (id, uid, notice_id, body, start, "end", created_at, updated_at) VALUES (?,?,?,?,?,?,?,?) RETURNING id`,
		id, app.NewUID(), ch.NoticeID, r.Body, r.Start, r.End, now, now).Scan(&ch.Ref)
	return wrap(err, "add note to notice %d", ch.NoticeID)
}

func deleteSpanNote(ctx context.Context, tx txn, ch *app.Change) error {
	n, err := scanNote(tx.QueryRowContext(ctx, `SELECT `+noteCols+` FROM note WHERE id = ?`, ch.Ref))
	if err != nil {
		return notFound("note", ch.Ref, err)
	}
	ch.NoticeID = n.NoticeID
	ch.Before = app.Encode(app.NoteRecord{Body: n.Body, Start: n.Start, End: n.End})
	_, err = tx.ExecContext(ctx, `DELETE FROM note WHERE id = ?`, ch.Ref)
	return wrap(err, "delete note %d", ch.Ref)
}

// linkSource links a source to a notice or claim with a role, or unlinks it.
func (db *DB) linkSource(ctx context.Context, tx txn, ch *app.Change) (bool, error) {
	table, col := "notice_source", "notice_id"
	if ch.Entity == app.EntityClaim {
		table, col = "claim_source", "claim_id"
	}
	if err := db.noticeOf(ctx, tx, ch); err != nil {
		return false, err
	}
	if ch.After != "" {
		var v app.SourceLinkValue
		if err := app.Decode(ch.After, &v); err != nil {
			return false, err
		}
		if err := resolveSource(ctx, tx, &v); err != nil {
			return false, err
		}
		ch.After = app.Encode(v)
		res, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO `+table+` (`+col+`, source_id, role) VALUES (?,?,?)`, ch.Ref, v.Source, string(v.Role))
		if err != nil {
			return false, fmt.Errorf("link source %d to %s %d: %w", v.Source, ch.Entity, ch.Ref, err)
		}
		n, _ := res.RowsAffected()
		return n > 0, nil
	}
	var v app.SourceLinkValue
	if err := app.Decode(ch.Before, &v); err != nil {
		return false, err
	}
	var name, kind, url string
	var cred int
	if err := tx.QueryRowContext(ctx, `SELECT name, kind, url, credibility FROM source WHERE id = ?`, v.Source).Scan(&name, &kind, &url, &cred); err == nil {
		v.Name, v.Kind, v.URL, v.Credibility = name, app.SourceKind(kind), url, cred
		ch.Before = app.Encode(v)
	}
	res, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE `+col+` = ? AND source_id = ? AND role = ?`, ch.Ref, v.Source, string(v.Role))
	if err != nil {
		return false, fmt.Errorf("unlink source %d from %s %d: %w", v.Source, ch.Entity, ch.Ref, err)
	}
	n, _ := res.RowsAffected()
	if n > 0 && v.Created { // the link made it: take it away when nothing else uses it
		_, err = tx.ExecContext(ctx, `DELETE FROM source WHERE id = ?
			AND NOT EXISTS (SELECT 1 FROM notice_source WHERE source_id = ?1) AND NOT EXISTS (SELECT 1 FROM claim_source WHERE source_id = ?1)
			AND NOT EXISTS (SELECT 1 FROM source_tag WHERE source_id = ?1)`, v.Source)
		if err != nil {
			return false, fmt.Errorf("remove source %d: %w", v.Source, err)
		}
	}
	return n > 0, nil
}

// resolveSource finds the source a link names, by id or by name and kind,
// creating it (Created) when it is new; a redo brings a created one back
// under its id.
func resolveSource(ctx context.Context, tx txn, v *app.SourceLinkValue) error {
	v.Name = strings.Join(strings.Fields(v.Name), " ")
	if v.Kind == "" {
		v.Kind = app.SourceUnknown
	}
	if !v.Kind.Valid() || v.Credibility < 0 || v.Credibility > 5 {
		return fmt.Errorf("source %q: kind %q, credibility %d: %w", v.Name, v.Kind, v.Credibility, app.ErrInvalid)
	}
	if v.Source > 0 {
		var name, kind string
		err := tx.QueryRowContext(ctx, `SELECT name, kind FROM source WHERE id = ?`, v.Source).Scan(&name, &kind)
		if err == nil {
			v.Name, v.Kind = name, app.SourceKind(kind) // for the history, as the reporter knows it
			return nil
		}
		if !errors.Is(err, sql.ErrNoRows) || !v.Created || v.Name == "" {
			return notFound("source", v.Source, err)
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO source (id, uid, name, kind, url, credibility) VALUES (?,?,?,?,?,?)`,
			v.Source, app.SourceUID(v.Name, v.Kind), v.Name, string(v.Kind), v.URL, v.Credibility)
		return wrap(err, "bring back source %q", v.Name)
	}
	if v.Name == "" {
		return fmt.Errorf("source without a name: %w", app.ErrInvalid)
	}
	err := tx.QueryRowContext(ctx, `SELECT id FROM source WHERE name = ? AND kind = ?`, v.Name, string(v.Kind)).Scan(&v.Source)
	if err == nil {
		return nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("find source %q: %w", v.Name, err)
	}
	v.Created = true
	err = tx.QueryRowContext(ctx, `INSERT INTO source (uid, name, kind, url, credibility) VALUES (?,?,?,?,?) RETURNING id`,
		app.SourceUID(v.Name, v.Kind), v.Name, string(v.Kind), v.URL, v.Credibility).Scan(&v.Source)
	return wrap(err, "add source %q", v.Name)
}

// sourceRecord reads a source whole, with its tags and links.
func sourceRecord(ctx context.Context, tx txn, id int64) (app.SourceRecord, error) {
	var r app.SourceRecord
	var kind string
	err := tx.QueryRowContext(ctx, `SELECT id, name, kind, url, credibility, uid FROM source WHERE id = ?`, id).
		Scan(&r.Source.ID, &r.Source.Name, &kind, &r.Source.URL, &r.Source.Credibility, &r.Source.UID)
	if err != nil {
		return r, notFound("source", id, err)
	}
	r.Source.Kind = app.SourceKind(kind)
	if r.Tags, err = strings1(ctx, tx, `SELECT t.name FROM source_tag x JOIN tag t ON t.id = x.tag_id WHERE x.source_id = ? ORDER BY t.name`, id); err != nil {
		return r, err
	}
	if r.Notices, err = linkRows(ctx, tx, `SELECT notice_id, role FROM notice_source WHERE source_id = ? ORDER BY notice_id, role`, id); err != nil {
		return r, err
	}
	r.Claims, err = linkRows(ctx, tx, `SELECT claim_id, role FROM claim_source WHERE source_id = ? ORDER BY claim_id, role`, id)
	return r, err
}

// restoreSource creates a source from a record (under its id when it has
// one), with its tags and the links whose notices and claims still exist.
func restoreSource(ctx context.Context, tx txn, r app.SourceRecord) (int64, error) {
	s := r.Source
	s.Name = strings.Join(strings.Fields(s.Name), " ")
	if s.Kind == "" {
		s.Kind = app.SourceUnknown
	}
	if s.Name == "" || !s.Kind.Valid() || s.Credibility < 0 || s.Credibility > 5 {
		return 0, fmt.Errorf("source %q: %w", s.Name, app.ErrInvalid)
	}
	var taken int64
	if err := tx.QueryRowContext(ctx, `SELECT id FROM source WHERE name = ? AND kind = ?`, s.Name, string(s.Kind)).Scan(&taken); err == nil {
		return 0, fmt.Errorf("a source %q of kind %s: %w", s.Name, s.Kind, ErrExists)
	}
	var id any
	if s.ID > 0 {
		id = s.ID
	}
	var got int64
	uid := s.UID
	if uid == "" {
		uid = app.SourceUID(s.Name, s.Kind)
	}
	if err := tx.QueryRowContext(ctx, `INSERT INTO source (id, uid, name, kind, url, credibility) VALUES (?,?,?,?,?,?) RETURNING id`,
		id, uid, s.Name, string(s.Kind), s.URL, s.Credibility).Scan(&got); err != nil {
		return 0, fmt.Errorf("add source %q: %w", s.Name, err)
	}
	for _, t := range r.Tags {
		if err := tagWith(ctx, tx, "source_tag", "source_id", got, t); err != nil {
			return 0, err
		}
	}
	for _, l := range r.Notices {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO notice_source (notice_id, source_id, role) SELECT id, ?, ? FROM notice WHERE id = ?`,
			got, string(l.Role), l.ID); err != nil {
			return 0, fmt.Errorf("link source %d: %w", got, err)
		}
	}
	for _, l := range r.Claims {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO claim_source (claim_id, source_id, role) SELECT id, ?, ? FROM claim WHERE id = ?`,
			got, string(l.Role), l.ID); err != nil {
			return 0, fmt.Errorf("link source %d: %w", got, err)
		}
	}
	return got, nil
}

// tagRecord reads a tag whole, with what it is on.
func tagRecord(ctx context.Context, tx txn, id int64) (app.TagRecord, error) {
	var r app.TagRecord
	err := tx.QueryRowContext(ctx, `SELECT id, name, colour, uid FROM tag WHERE id = ?`, id).Scan(&r.Tag.ID, &r.Tag.Name, &r.Tag.Colour, &r.Tag.UID)
	if err != nil {
		return r, notFound("tag", id, err)
	}
	if r.Notices, err = ints(ctx, tx, `SELECT notice_id FROM notice_tag WHERE tag_id = ? ORDER BY notice_id`, id); err != nil {
		return r, err
	}
	if r.Claims, err = ints(ctx, tx, `SELECT claim_id FROM claim_tag WHERE tag_id = ? ORDER BY claim_id`, id); err != nil {
		return r, err
	}
	r.Sources, err = ints(ctx, tx, `SELECT source_id FROM source_tag WHERE tag_id = ? ORDER BY source_id`, id)
	return r, err
}

// restoreTag creates a tag from a record, on what it was on.
func restoreTag(ctx context.Context, tx txn, r app.TagRecord) (int64, error) {
	name, err := app.CleanTagName(r.Tag.Name)
	if err != nil {
		return 0, err
	}
	if !app.ValidColour(r.Tag.Colour) {
		return 0, fmt.Errorf("tag colour %q: %w", r.Tag.Colour, app.ErrInvalid)
	}
	var taken int64
	if err := tx.QueryRowContext(ctx, `SELECT id FROM tag WHERE name = ?`, name).Scan(&taken); err == nil {
		return 0, fmt.Errorf("a tag %q: %w", name, ErrExists)
	}
	var id any
	if r.Tag.ID > 0 {
		id = r.Tag.ID
	}
	var got int64
	uid := r.Tag.UID
	if uid == "" {
		uid = app.TagUID(name)
	}
	if err := tx.QueryRowContext(ctx, `INSERT INTO tag (id, uid, name, colour) VALUES (?,?,?,?) RETURNING id`, id, uid, name, r.Tag.Colour).Scan(&got); err != nil {
		return 0, fmt.Errorf("add tag %q: %w", name, err)
	}
	for _, l := range []struct {
		table, col, owner string
		ids               []int64
	}{{"notice_tag", "notice_id", "notice", r.Notices}, {"claim_tag", "claim_id", "claim", r.Claims}, {"source_tag", "source_id", "source", r.Sources}} {
		for _, oid := range l.ids {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO `+l.table+` (`+l.col+`, tag_id) SELECT id, ? FROM `+l.owner+` WHERE id = ?`, got, oid); err != nil {
				return 0, fmt.Errorf("tag %s %d: %w", l.owner, oid, err)
			}
		}
	}
	return got, nil
}

// mergeSource folds source Ref into the MergeRecord's Into (After set), or
// splits it out again (Before set).
func mergeSource(ctx context.Context, tx txn, ch *app.Change) error {
	if ch.After != "" {
		var m app.MergeRecord
		if err := app.Decode(ch.After, &m); err != nil {
			return err
		}
		var one int
		if err := tx.QueryRowContext(ctx, `SELECT 1 FROM source WHERE id = ?`, m.Into).Scan(&one); err != nil {
			return notFound("source", m.Into, err)
		}
		r, err := sourceRecord(ctx, tx, ch.Ref)
		if err != nil {
			return err
		}
		m.Source, m.AddedNotices, m.AddedClaims, m.AddedTags = &r, nil, nil, nil
		for _, l := range r.Notices {
			res, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO notice_source (notice_id, source_id, role) VALUES (?,?,?)`, l.ID, m.Into, string(l.Role))
			if err != nil {
				return fmt.Errorf("merge source %d: %w", ch.Ref, err)
			}
			if n, _ := res.RowsAffected(); n > 0 {
				m.AddedNotices = append(m.AddedNotices, l)
			}
		}
		for _, l := range r.Claims {
			res, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO claim_source (claim_id, source_id, role) VALUES (?,?,?)`, l.ID, m.Into, string(l.Role))
			if err != nil {
				return fmt.Errorf("merge source %d: %w", ch.Ref, err)
			}
			if n, _ := res.RowsAffected(); n > 0 {
				m.AddedClaims = append(m.AddedClaims, l)
			}
		}
		for _, t := range r.Tags {
			res, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO source_tag (source_id, tag_id) SELECT ?, id FROM tag WHERE name = ?`, m.Into, t)
			if err != nil {
				return fmt.Errorf("merge source %d: %w", ch.Ref, err)
			}
			if n, _ := res.RowsAffected(); n > 0 {
				m.AddedTags = append(m.AddedTags, t)
			}
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM source WHERE id = ?`, ch.Ref); err != nil {
			return fmt.Errorf("merge source %d: %w", ch.Ref, err)
		}
		ch.After = app.Encode(m)
		return nil
	}
	var m app.MergeRecord
	if err := app.Decode(ch.Before, &m); err != nil {
		return err
	}
	if m.Source == nil {
		return fmt.Errorf("split source %d: no record: %w", ch.Ref, app.ErrInvalid)
	}
	for _, l := range m.AddedNotices {
		if _, err := tx.ExecContext(ctx, `DELETE FROM notice_source WHERE notice_id = ? AND source_id = ? AND role = ?`, l.ID, m.Into, string(l.Role)); err != nil {
			return fmt.Errorf("split source %d: %w", ch.Ref, err)
		}
	}
	for _, l := range m.AddedClaims {
		if _, err := tx.ExecContext(ctx, `DELETE FROM claim_source WHERE claim_id = ? AND source_id = ? AND role = ?`, l.ID, m.Into, string(l.Role)); err != nil {
			return fmt.Errorf("split source %d: %w", ch.Ref, err)
		}
	}
	for _, t := range m.AddedTags {
		if _, err := tx.ExecContext(ctx, `DELETE FROM source_tag WHERE source_id = ? AND tag_id = (SELECT id FROM tag WHERE name = ?)`, m.Into, t); err != nil {
			return fmt.Errorf("split source %d: %w", ch.Ref, err)
		}
	}
	rec := *m.Source
	rec.Source.ID = ch.Ref
	_, err := restoreSource(ctx, tx, rec)
	return err
}

// mergeTag folds tag Ref into Into (After set) or splits it out (Before set).
func mergeTag(ctx context.Context, tx txn, ch *app.Change) error {
	type link struct{ table, col string }
	links := []link{{"notice_tag", "notice_id"}, {"claim_tag", "claim_id"}, {"source_tag", "source_id"}}
	if ch.After != "" {
		var m app.MergeRecord
		if err := app.Decode(ch.After, &m); err != nil {
			return err
		}
		var one int
		if err := tx.QueryRowContext(ctx, `SELECT 1 FROM tag WHERE id = ?`, m.Into).Scan(&one); err != nil {
			return notFound("tag", m.Into, err)
		}
		r, err := tagRecord(ctx, tx, ch.Ref)
		if err != nil {
			return err
		}
		m.Tag = &r
		added := [3][]int64{}
		for i, l := range links {
			// what Into lacks, before moving it over
			if added[i], err = ints(ctx, tx, `SELECT `+l.col+` FROM `+l.table+` WHERE tag_id = ?1
				AND `+l.col+` NOT IN (SELECT `+l.col+` FROM `+l.table+` WHERE tag_id = ?2) ORDER BY 1`, ch.Ref, m.Into); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO `+l.table+` (`+l.col+`, tag_id) SELECT `+l.col+`, ? FROM `+l.table+` WHERE tag_id = ?`, m.Into, ch.Ref); err != nil {
				return fmt.Errorf("merge tag %d: %w", ch.Ref, err)
			}
		}
		m.AddedNotices, m.AddedClaims, m.AddedSources = toRows(added[0]), toRows(added[1]), added[2]
		if _, err := tx.ExecContext(ctx, `DELETE FROM tag WHERE id = ?`, ch.Ref); err != nil {
			return fmt.Errorf("merge tag %d: %w", ch.Ref, err)
		}
		ch.After = app.Encode(m)
		return nil
	}
	var m app.MergeRecord
	if err := app.Decode(ch.Before, &m); err != nil {
		return err
	}
	if m.Tag == nil {
		return fmt.Errorf("split tag %d: no record: %w", ch.Ref, app.ErrInvalid)
	}
	for i, ids := range [][]int64{fromRows(m.AddedNotices), fromRows(m.AddedClaims), m.AddedSources} {
		for _, id := range ids {
			if _, err := tx.ExecContext(ctx, `DELETE FROM `+links[i].table+` WHERE `+links[i].col+` = ? AND tag_id = ?`, id, m.Into); err != nil {
				return fmt.Errorf("split tag %d: %w", ch.Ref, err)
			}
		}
	}
	rec := *m.Tag
	rec.Tag.ID = ch.Ref
	_, err := restoreTag(ctx, tx, rec)
	return err
}

func toRows(ids []int64) []app.LinkRow {
	out := make([]app.LinkRow, len(ids))
	for i, id := range ids {
		out[i].ID = id
	}
	return out
}

func fromRows(ls []app.LinkRow) []int64 {
	out := make([]int64, len(ls))
	for i, l := range ls {
		out[i] = l.ID
	}
	return out
}

// editRecord changes one plain field of a source or tag.
func editRecord(ctx context.Context, tx txn, ch *app.Change) (bool, error) {
	table, col := "source", sourceColumn[ch.Field]
	if ch.Entity == app.EntityTag {
		table, col = "tag", map[app.Field]string{app.FieldName: "name", app.FieldColour: "colour"}[ch.Field]
	}
	if col == "" {
		return false, fmt.Errorf("change %s.%s: %w", ch.Entity, ch.Field, app.ErrInvalid)
	}
	var before any
	if err := tx.QueryRowContext(ctx, `SELECT `+col+` FROM `+table+` WHERE id = ?`, ch.Ref).Scan(&before); err != nil {
		return false, notFound(table, ch.Ref, err)
	}
	var after any = ch.After
	switch b := before.(type) {
	case int64:
		ch.Before = strconv.FormatInt(b, 10)
		after, _ = strconv.Atoi(ch.After)
	case string:
		ch.Before = b
	case []byte:
		ch.Before = string(b)
	}
	if ch.Field == app.FieldName {
		if ch.Entity == app.EntityTag {
			ch.After, _ = app.CleanTagName(ch.After)
		} else {
			ch.After = strings.Join(strings.Fields(ch.After), " ")
		}
		after = ch.After
	}
	if ch.Before == ch.After {
		return false, nil
	}
	if ch.Entity == app.EntityTag && ch.Field == app.FieldName {
		var taken int64
		if err := tx.QueryRowContext(ctx, `SELECT id FROM tag WHERE name = ? AND id <> ?`, ch.After, ch.Ref).Scan(&taken); err == nil {
			return false, fmt.Errorf("a tag %q: %w", ch.After, ErrExists)
		}
	}
	if ch.Entity == app.EntitySource && (ch.Field == app.FieldName || ch.Field == app.FieldKind) {
		var taken int64
		err := tx.QueryRowContext(ctx, `SELECT o.id FROM source s JOIN source o ON o.id <> s.id
			AND o.name = CASE WHEN ?2 = 'name' THEN ?3 ELSE s.name END AND o.kind = CASE WHEN ?2 = 'kind' THEN ?3 ELSE s.kind END
			WHERE s.id = ?1`, ch.Ref, col, ch.After).Scan(&taken)
		if err == nil {
			return false, fmt.Errorf("a source %q of that kind: %w", ch.After, ErrExists)
		}
	}
	_, err := tx.ExecContext(ctx, `UPDATE `+table+` SET `+col+` = ? WHERE id = ?`, after, ch.Ref)
	return err == nil, wrap(err, "change %s of %s %d", col, table, ch.Ref)
}

// afterDetail keeps derived data current: a notice's largest figure,
// summary line and conflicts after its claims change, and the search rows
// of the notices whose tags or source names changed.
func (db *DB) afterDetail(ctx context.Context, tx txn, ch app.Change) error {
	switch {
	case ch.Entity == app.EntityClaim && ch.Field != app.FieldSource:
		return db.refreshNotice(ctx, tx, ch.NoticeID)
	case ch.Field == app.FieldSource && ch.NoticeID > 0:
		return reindex(ctx, tx, ch.NoticeID)
	case ch.Entity == app.EntitySource && (ch.Field == app.FieldName || ch.Field == app.FieldMerged || ch.Field == app.FieldRecord):
		return db.reindexSourceNotices(ctx, tx, ch)
	case ch.Entity == app.EntityTag && (ch.Field == app.FieldName || ch.Field == app.FieldMerged || ch.Field == app.FieldRecord):
		return db.reindexTagNotices(ctx, tx, ch)
	}
	return nil
}

// refreshNotice recomputes what the store derives from a notice's claims.
func (db *DB) refreshNotice(ctx context.Context, tx txn, id int64) error {
	claims, err := loadClaims(ctx, tx, id)
	if err != nil {
		return err
	}
	live := claims[:0]
	for _, c := range claims {
		if !c.Orphaned {
			live = append(live, c)
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE notice SET summary = ?, figure = COALESCE((SELECT max(value) FROM claim c
		WHERE c.notice_id = notice.id AND c.kind = 'figure' AND c.orphaned = 0), 0) WHERE id = ?`, app.Summary(live), id); err != nil {
		return fmt.Errorf("refresh notice %d: %w", id, err)
	}
	if db.deferConflicts.Load() {
		return nil
	}
	return db.refreshTouched(ctx, tx, `SELECT ?`, id)
}

// reindexSourceNotices rewrites the search rows of the notices a source
// change reaches (its name is searchable): those linked to a renamed
// source, or to the source created, deleted or merged away (read from its
// record; the notices of the source kept already carry its name).
func (db *DB) reindexSourceNotices(ctx context.Context, tx txn, ch app.Change) error {
	set := ch.After + ch.Before
	switch ch.Field {
	case app.FieldName:
		ns, err := ints(ctx, tx, `SELECT DISTINCT notice_id FROM notice_source WHERE source_id = ?`, ch.Ref)
		if err != nil {
			return err
		}
		return reindexAll(ctx, tx, ns)
	case app.FieldMerged:
		var m app.MergeRecord
		if app.Decode(set, &m) == nil && m.Source != nil {
			var into string
			err := tx.QueryRowContext(ctx, `SELECT name FROM source WHERE id = ?`, m.Into).Scan(&into)
			if err == nil && strings.EqualFold(into, m.Source.Source.Name) {
				return nil // one name under two kinds: the search text stays the same
			}
			return reindexAll(ctx, tx, fromRows(m.Source.Notices))
		}
	case app.FieldRecord:
		var r app.SourceRecord
		if app.Decode(set, &r) == nil {
			return reindexAll(ctx, tx, fromRows(r.Notices))
		}
	}
	return nil
}

// reindexTagNotices rewrites the search rows of the notices that carry a
// tag (on themselves or a claim) whose name changed, merged or went.
func (db *DB) reindexTagNotices(ctx context.Context, tx txn, ch app.Change) error {
	// The notices of the tag kept in a merge already carry its name.
	var m app.MergeRecord
	if ch.Field == app.FieldMerged {
		_ = app.Decode(ch.After+ch.Before, &m)
	}
	var notices []int64
	if ch.Field == app.FieldName {
		ns, err := ints(ctx, tx, `SELECT notice_id FROM notice_tag WHERE tag_id = ?1
			UNION SELECT c.notice_id FROM claim_tag x JOIN claim c ON c.id = x.claim_id WHERE x.tag_id = ?1`, ch.Ref)
		if err != nil {
			return err
		}
		notices = ns
	}
	var r app.TagRecord
	if ch.Field == app.FieldRecord && app.Decode(ch.Before+ch.After, &r) == nil {
		notices = append(notices, r.Notices...)
		cs, err := claimNotices(ctx, tx, r.Claims)
		if err != nil {
			return err
		}
		notices = append(notices, cs...)
	}
	if m.Tag != nil {
		notices = append(notices, m.Tag.Notices...)
		cs, err := claimNotices(ctx, tx, m.Tag.Claims)
		if err != nil {
			return err
		}
		notices = append(notices, cs...)
	}
	return reindexAll(ctx, tx, notices)
}

func claimNotices(ctx context.Context, tx txn, claims []int64) ([]int64, error) {
	var out []int64
	for _, c := range claims {
		var n int64
		err := tx.QueryRowContext(ctx, `SELECT notice_id FROM claim WHERE id = ?`, c).Scan(&n)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("claim %d: %w", c, err)
		}
		out = append(out, n)
	}
	return out, nil
}

func reindexAll(ctx context.Context, tx txn, ids []int64) error {
	seen := map[int64]bool{}
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		var one int
		if err := tx.QueryRowContext(ctx, `SELECT 1 FROM notice WHERE id = ?`, id).Scan(&one); err != nil {
			continue // deleted since
		}
		if err := reindex(ctx, tx, id); err != nil {
			return err
		}
	}
	return nil
}

// changesFacets reports whether a change moves what the facet copy counts
// (conflicts of a claim, tag names).
func changesFacets(ch app.Change) bool {
	return ch.Entity == app.EntityTag || ch.Entity == app.EntityClaim && ch.Field != app.FieldSource &&
		ch.Field != app.FieldTag && ch.Field != app.FieldVerification
}

func ints(ctx context.Context, q querier, query string, args ...any) ([]int64, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("read ids: %w", err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("read ids: %w", err)
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

func strings1(ctx context.Context, q querier, query string, args ...any) ([]string, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("read names: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, fmt.Errorf("read names: %w", err)
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

func linkRows(ctx context.Context, q querier, query string, args ...any) ([]app.LinkRow, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("read links: %w", err)
	}
	defer rows.Close()
	var out []app.LinkRow
	for rows.Next() {
		var l app.LinkRow
		var role string
		if err := rows.Scan(&l.ID, &role); err != nil {
			return nil, fmt.Errorf("read links: %w", err)
		}
		l.Role = app.Role(role)
		out = append(out, l)
	}
	return out, rows.Err()
}
