package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

// Apply makes one typed change and records it in history, in one
// transaction, and returns it as recorded (with its history id, time,
// notice, and for a new note the note's id in Ref). A change that changes
// nothing (a status set to what it is, a tag already there) is applied as
// a no-op and returned with ID 0. A status move the workflow forbids is
// refused, unless the change is an undo or redo taking an earlier move back.
func (db *DB) Apply(ctx context.Context, ch app.Change) (app.Change, error) {
	if err := ch.Check(); err != nil {
		return ch, err
	}
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		changed, err := db.applyTx(ctx, tx, &ch)
		if err != nil || !changed {
			return err
		}
		ch.At, ch.UID = db.now(), app.NewUID()
		if ch.Author, err = authorOf(ctx, tx); err != nil {
			return err
		}
		if ch.ID, err = addHistory(ctx, tx, ch); err != nil {
			return err
		}
		if err := tx.QueryRowContext(ctx, `SELECT entity_uid, notice_uid FROM history WHERE id = ?`, ch.ID).Scan(&ch.EntityUID, &ch.NoticeUID); err != nil {
			return fmt.Errorf("record history: %w", err)
		}
		return db.afterEdit(ctx, tx, ch)
	})
	if err != nil {
		return ch, err
	}
	db.facets.changed(ch)
	if changesFacets(ch) {
		db.facets.invalidate() // the copy counts tags by name, and conflicts
	}
	return ch, nil
}

// applyTx writes ch; it reports whether anything changed.
func (db *DB) applyTx(ctx context.Context, tx txn, ch *app.Change) (bool, error) {
	switch ch.Field {
	case app.FieldStatus:
		var from string
		if err := tx.QueryRowContext(ctx, `SELECT status FROM notice WHERE id = ?`, ch.Ref).Scan(&from); err != nil {
			return false, notFound("notice", ch.Ref, err)
		}
		ch.NoticeID, ch.Before = ch.Ref, from
		if from == ch.After {
			return false, nil
		}
		if !ch.Undo && !app.CanMove(app.Status(from), app.Status(ch.After)) {
			return false, fmt.Errorf("notice %d cannot move from %s to %s: %w", ch.Ref, from, ch.After, app.ErrInvalid)
		}
		_, err := tx.ExecContext(ctx, `UPDATE notice SET status = ? WHERE id = ?`, ch.After, ch.Ref)
		return err == nil, wrap(err, "set status of notice %d", ch.Ref)
	case app.FieldStarred:
		var from int
		if err := tx.QueryRowContext(ctx, `SELECT starred FROM notice WHERE id = ?`, ch.Ref).Scan(&from); err != nil {
			return false, notFound("notice", ch.Ref, err)
		}
		ch.NoticeID, ch.Before = ch.Ref, strconv.FormatBool(from != 0)
		if ch.Before == ch.After {
			return false, nil
		}
		_, err := tx.ExecContext(ctx, `UPDATE notice SET starred = ? WHERE id = ?`, boolInt(ch.After == "true"), ch.Ref)
		return err == nil, wrap(err, "star notice %d", ch.Ref)
	case app.FieldVerification:
		var from string
		if err := tx.QueryRowContext(ctx, `SELECT verification, notice_id FROM claim WHERE id = ?`, ch.Ref).Scan(&from, &ch.NoticeID); err != nil {
			return false, notFound("claim", ch.Ref, err)
		}
		ch.Before = from
		if from == ch.After {
			return false, nil
		}
		_, err := tx.ExecContext(ctx, `UPDATE claim SET verification = ? WHERE id = ?`, ch.After, ch.Ref)
		return err == nil, wrap(err, "verify claim %d", ch.Ref)
	case app.FieldTag:
		return db.applyTag(ctx, tx, ch)
	case app.FieldBody:
		return db.applyNote(ctx, tx, ch)
	default:
		return db.applyDetail(ctx, tx, ch)
	}
}

// tagTarget names the link table and owner column for each taggable thing.
var tagTarget = map[app.Entity][2]string{
	app.EntityNotice: {"notice_tag", "notice_id"},
	app.EntityClaim:  {"claim_tag", "claim_id"},
	app.EntitySource: {"source_tag", "source_id"},
}

func (db *DB) applyTag(ctx context.Context, tx txn, ch *app.Change) (bool, error) {
	t := tagTarget[ch.Entity]
	if err := db.noticeOf(ctx, tx, ch); err != nil {
		return false, err
	}
	if ch.After != "" { // add
		name, err := app.CleanTagName(ch.After)
		if err != nil {
			return false, err
		}
		ch.After = name
		var id int64
		if err := tx.QueryRowContext(ctx, `INSERT INTO tag (uid, name) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id`, app.TagUID(name), name).
			Scan(&id); err != nil {
			return false, fmt.Errorf("create tag %q: %w", name, err)
		}
		res, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO `+t[0]+` (`+t[1]+`, tag_id) VALUES (?, ?)`, ch.Ref, id)
		if err != nil {
			return false, fmt.Errorf("tag %s %d: %w", ch.Entity, ch.Ref, err)
		}
		n, _ := res.RowsAffected()
		return n > 0, nil
	}
	res, err := tx.ExecContext(ctx, `DELETE FROM `+t[0]+` WHERE `+t[1]+` = ? AND tag_id = (SELECT id FROM tag WHERE name = ?)`, ch.Ref, ch.Before)
	if err != nil {
		return false, fmt.Errorf("untag %s %d: %w", ch.Entity, ch.Ref, err)
	}
	n, _ := res.RowsAffected()
	return n > 0, nil
}

// noticeOf checks that the changed entity exists and fills in its notice
// (0 for a source, which belongs to none).
func (db *DB) noticeOf(ctx context.Context, tx txn, ch *app.Change) error {
	var err error
	switch ch.Entity {
	case app.EntityNotice:
		err = tx.QueryRowContext(ctx, `SELECT id FROM notice WHERE id = ?`, ch.Ref).Scan(&ch.NoticeID)
	case app.EntityClaim:
		err = tx.QueryRowContext(ctx, `SELECT notice_id FROM claim WHERE id = ?`, ch.Ref).Scan(&ch.NoticeID)
	case app.EntitySource:
		var one int
		err = tx.QueryRowContext(ctx, `SELECT 1 FROM source WHERE id = ?`, ch.Ref).Scan(&one)
	case app.EntityNote:
		err = tx.QueryRowContext(ctx, `SELECT notice_id FROM note WHERE id = ?`, ch.Ref).Scan(&ch.NoticeID)
	}
	if err != nil {
		return notFound(string(ch.Entity), ch.Ref, err)
	}
	return nil
}

// applyNote creates (Before empty: Ref 0 or the id to bring back, NoticeID
// the notice), deletes (After empty) or rewrites a note.
func (db *DB) applyNote(ctx context.Context, tx txn, ch *app.Change) (bool, error) {
	now := db.now().Format(time.RFC3339)
	switch {
	case ch.Before == "": // create, or bring back an undone one under its old id
		var one int
		if err := tx.QueryRowContext(ctx, `SELECT 1 FROM notice WHERE id = ?`, ch.NoticeID).Scan(&one); err != nil {
			return false, notFound("notice", ch.NoticeID, err)
		}
		var id any
		if ch.Ref > 0 {
			id = ch.Ref
		}
		if ch.EntityUID == "" { // a new note; an undone one comes back under its uid
			ch.EntityUID = app.NewUID()
		}
		err := tx.QueryRowContext(ctx, `INSERT INTO note (id, uid, notice_id, body, start, "end", created_at, updated_at) VALUES (?,?,?,?,0,0,?,?) RETURNING id`,
			id, ch.EntityUID, ch.NoticeID, ch.After, now, now).Scan(&ch.Ref)
		if err != nil {
			return false, fmt.Errorf("add note to notice %d: %w", ch.NoticeID, err)
		}
		return true, nil
	case ch.After == "":
		if err := db.noticeOf(ctx, tx, ch); err != nil {
			return false, err
		}
		// the uid is read before the row goes: history keeps naming the note
		if err := tx.QueryRowContext(ctx, `SELECT uid FROM note WHERE id = ?`, ch.Ref).Scan(&ch.EntityUID); err != nil {
			return false, notFound("note", ch.Ref, err)
		}
		_, err := tx.ExecContext(ctx, `DELETE FROM note WHERE id = ?`, ch.Ref)
		return err == nil, wrap(err, "delete note %d", ch.Ref)
	default:
		if err := db.noticeOf(ctx, tx, ch); err != nil {
			return false, err
		}
		_, err := tx.ExecContext(ctx, `UPDATE note SET body = ?, updated_at = ? WHERE id = ?`, ch.After, now, ch.Ref)
		return err == nil, wrap(err, "edit note %d", ch.Ref)
	}
}

// afterEdit keeps the search row of the changed notice current: tags and
// notes are searchable.
func (db *DB) afterEdit(ctx context.Context, tx txn, ch app.Change) error {
	if (ch.Field == app.FieldTag || ch.Field == app.FieldBody) && ch.NoticeID > 0 {
		return reindex(ctx, tx, ch.NoticeID)
	}
	return db.afterDetail(ctx, tx, ch)
}

func wrap(err error, format string, args ...any) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf(format+": %w", append(args, err)...)
}

// SetStatus moves a notice through the triage workflow and records the move.
func (db *DB) SetStatus(ctx context.Context, id int64, to app.Status) error {
	if !to.Valid() {
		return fmt.Errorf("set status of notice %d: unknown status %q: %w", id, to, app.ErrInvalid)
	}
	_, err := db.Apply(ctx, app.Change{Entity: app.EntityNotice, Ref: id, Field: app.FieldStatus, After: string(to)})
	return err
}

// SetStarred stars or unstars a notice.
func (db *DB) SetStarred(ctx context.Context, id int64, starred bool) error {
	_, err := db.Apply(ctx, app.Change{Entity: app.EntityNotice, Ref: id, Field: app.FieldStarred, After: strconv.FormatBool(starred)})
	return err
}

// SetVerification records how far a claim has been checked.
func (db *DB) SetVerification(ctx context.Context, claimID int64, v app.Verification) error {
	if !v.Valid() {
		return fmt.Errorf("verify claim %d: unknown state %q: %w", claimID, v, app.ErrInvalid)
	}
	_, err := db.Apply(ctx, app.Change{Entity: app.EntityClaim, Ref: claimID, Field: app.FieldVerification, After: string(v)})
	return err
}

// AddTag puts the tag named name (created if new) on a notice, claim or
// source.
func (db *DB) AddTag(ctx context.Context, entity app.Entity, id int64, name string) (app.Tag, error) {
	if _, ok := tagTarget[entity]; !ok {
		return app.Tag{}, fmt.Errorf("tag %s: %w", entity, app.ErrInvalid)
	}
	name, err := app.CleanTagName(name)
	if err != nil {
		return app.Tag{}, err
	}
	if _, err := db.Apply(ctx, app.Change{Entity: entity, Ref: id, Field: app.FieldTag, After: name}); err != nil {
		return app.Tag{}, err
	}
	var t app.Tag
	err = db.sql.QueryRowContext(ctx, `SELECT id, name, colour FROM tag WHERE name = ?`, name).Scan(&t.ID, &t.Name, &t.Colour)
	return t, wrap(err, "load tag %q", name)
}

// RemoveTag takes a tag off a notice, claim or source.
func (db *DB) RemoveTag(ctx context.Context, entity app.Entity, id int64, name string) error {
	if _, ok := tagTarget[entity]; !ok {
		return fmt.Errorf("untag %s: %w", entity, app.ErrInvalid)
	}
	_, err := db.Apply(ctx, app.Change{Entity: entity, Ref: id, Field: app.FieldTag, Before: name})
	return err
}

// Tags lists every tag in use, by name.
func (db *DB) Tags(ctx context.Context) ([]app.Tag, error) {
	return tagsOf(ctx, db.sql, `SELECT id, name, colour FROM tag ORDER BY name`)
}

// AddNote adds a reporter's note to a notice.
func (db *DB) AddNote(ctx context.Context, noticeID int64, body string) (app.Note, error) {
	if body == "" {
		return app.Note{}, fmt.Errorf("empty note: %w", app.ErrInvalid)
	}
	ch, err := db.Apply(ctx, app.Change{Entity: app.EntityNote, NoticeID: noticeID, Field: app.FieldBody, After: body})
	if err != nil {
		return app.Note{}, err
	}
	return app.Note{ID: ch.Ref, NoticeID: noticeID, Body: body, CreatedAt: ch.At, UpdatedAt: ch.At}, nil
}

const historyCols = `id, at, entity, ref, notice_id, field, before, after, undo, uid, author, entity_uid, notice_uid`

// History returns the recorded changes of one notice and everything in it
// (claims, notes, tags), oldest first.
func (db *DB) History(ctx context.Context, noticeID int64) ([]app.Change, error) {
	rows, err := db.sql.QueryContext(ctx, `SELECT `+historyCols+` FROM history WHERE notice_id = ? ORDER BY id`, noticeID)
	if err != nil {
		return nil, fmt.Errorf("load history of notice %d: %w", noticeID, err)
	}
	defer rows.Close()
	var out []app.Change
	for rows.Next() {
		c, err := scanChange(rows)
		if err != nil {
			return nil, fmt.Errorf("load history of notice %d: %w", noticeID, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func scanChange(r rowScanner) (app.Change, error) {
	var c app.Change
	var at string
	var undo int
	if err := r.Scan(&c.ID, &at, &c.Entity, &c.Ref, &c.NoticeID, &c.Field, &c.Before, &c.After, &undo,
		&c.UID, &c.Author, &c.EntityUID, &c.NoticeUID); err != nil {
		return c, err
	}
	c.At, _ = time.Parse(time.RFC3339Nano, at)
	c.Undo = undo != 0
	return c, nil
}

// entityUIDSQL finds the uid of the entity a history row is about, from
// its kind and local id.
const entityUIDSQL = `CASE ?2
	WHEN 'notice' THEN (SELECT uid FROM notice WHERE id = ?1)
	WHEN 'claim' THEN (SELECT uid FROM claim WHERE id = ?1)
	WHEN 'note' THEN (SELECT uid FROM note WHERE id = ?1)
	WHEN 'source' THEN (SELECT uid FROM source WHERE id = ?1)
	WHEN 'tag' THEN (SELECT uid FROM tag WHERE id = ?1) END`

// addHistory records a change and returns its history id. A change made
// here gets a new uid and this desk's author; one merged from another desk
// keeps its own. The entity's and notice's uids are looked up when the
// change does not carry them.
func addHistory(ctx context.Context, x execer, c app.Change) (int64, error) {
	if c.UID == "" {
		c.UID = app.NewUID()
	}
	res, err := x.ExecContext(ctx, `INSERT INTO history (at, entity, ref, notice_id, field, before, after, undo, uid, author, entity_uid, notice_uid)
		VALUES (?3, ?2, ?1, ?4, ?5, ?6, ?7, ?8, ?9,
			COALESCE(NULLIF(?10, ''), (SELECT value FROM setting WHERE key = 'author'), ?13),
			COALESCE(NULLIF(?11, ''), `+entityUIDSQL+`, ''),
			COALESCE(NULLIF(?12, ''), (SELECT uid FROM notice WHERE id = ?4), ''))`,
		c.Ref, string(c.Entity), c.At.UTC().Format(time.RFC3339Nano), c.NoticeID, string(c.Field), c.Before, c.After, boolInt(c.Undo),
		c.UID, c.Author, c.EntityUID, c.NoticeUID, authorFromEnv())
	if err != nil {
		return 0, fmt.Errorf("record history: %w", err)
	}
	return res.LastInsertId()
}

// Setting returns a stored setting, or "" when it was never set.
func (db *DB) Setting(ctx context.Context, key string) (string, error) {
	var v string
	err := db.sql.QueryRowContext(ctx, `SELECT value FROM setting WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("read setting %s: %w", key, err)
	}
	return v, nil
}

// SetSetting stores a setting.
func (db *DB) SetSetting(ctx context.Context, key, value string) error {
	return db.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
		if err != nil {
			return fmt.Errorf("save setting %s: %w", key, err)
		}
		return nil
	})
}

func notFound(entity string, id int64, err error) error {
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("%s %d: %w", entity, id, app.ErrNotFound)
	}
	return fmt.Errorf("load %s %d: %w", entity, id, err)
}
