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

// SetStatus moves a notice through the triage workflow and records the move.
func (db *DB) SetStatus(ctx context.Context, id int64, to app.Status) error {
	if !to.Valid() {
		return fmt.Errorf("set status of notice %d: unknown status %q: %w", id, to, app.ErrInvalid)
	}
	return db.inTx(ctx, func(tx *sql.Tx) error {
		var from string
		if err := tx.QueryRowContext(ctx, `SELECT status FROM notice WHERE id = ?`, id).Scan(&from); err != nil {
			return notFound("notice", id, err)
		}
		if app.Status(from) == to {
			return nil
		}
		if !app.CanMove(app.Status(from), to) {
			return fmt.Errorf("notice %d cannot move from %s to %s: %w", id, from, to, app.ErrInvalid)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE notice SET status = ? WHERE id = ?`, string(to), id); err != nil {
			return fmt.Errorf("set status of notice %d: %w", id, err)
		}
		return addHistory(ctx, tx, db.now(), "notice", id, "status", from, string(to))
	})
}

// SetStarred stars or unstars a notice.
func (db *DB) SetStarred(ctx context.Context, id int64, starred bool) error {
	return db.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE notice SET starred = ? WHERE id = ? AND starred <> ?`, boolInt(starred), id, boolInt(starred))
		if err != nil {
			return fmt.Errorf("star notice %d: %w", id, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return nil
		}
		return addHistory(ctx, tx, db.now(), "notice", id, "starred", strconv.FormatBool(!starred), strconv.FormatBool(starred))
	})
}

// SetVerification records how far a claim has been checked.
func (db *DB) SetVerification(ctx context.Context, claimID int64, v app.Verification) error {
	if !v.Valid() {
		return fmt.Errorf("verify claim %d: unknown state %q: %w", claimID, v, app.ErrInvalid)
	}
	return db.inTx(ctx, func(tx *sql.Tx) error {
		var from string
		if err := tx.QueryRowContext(ctx, `SELECT verification FROM claim WHERE id = ?`, claimID).Scan(&from); err != nil {
			return notFound("claim", claimID, err)
		}
		if from == string(v) {
			return nil
		}
		if _, err := tx.ExecContext(ctx, `UPDATE claim SET verification = ? WHERE id = ?`, string(v), claimID); err != nil {
			return fmt.Errorf("verify claim %d: %w", claimID, err)
		}
		return addHistory(ctx, tx, db.now(), "claim", claimID, "verification", from, string(v))
	})
}

// tagTarget names the link table and owner column for each taggable thing.
var tagTarget = map[string][2]string{
	"notice": {"notice_tag", "notice_id"},
	"claim":  {"claim_tag", "claim_id"},
	"source": {"source_tag", "source_id"},
}

// AddTag puts the tag named name (created if new) on a notice, claim or
// source; entity is "notice", "claim" or "source".
func (db *DB) AddTag(ctx context.Context, entity string, id int64, name string) (app.Tag, error) {
	t, ok := tagTarget[entity]
	if !ok {
		return app.Tag{}, fmt.Errorf("tag %s: %w", entity, app.ErrInvalid)
	}
	name, err := app.CleanTagName(name)
	if err != nil {
		return app.Tag{}, err
	}
	var tag app.Tag
	err = db.inTx(ctx, func(tx *sql.Tx) error {
		var one int
		if err := tx.QueryRowContext(ctx, `SELECT 1 FROM `+entity+` WHERE id = ?`, id).Scan(&one); err != nil {
			return notFound(entity, id, err)
		}
		if err := tx.QueryRowContext(ctx, `INSERT INTO tag (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id, name, colour`, name).
			Scan(&tag.ID, &tag.Name, &tag.Colour); err != nil {
			return fmt.Errorf("create tag %q: %w", name, err)
		}
		res, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO `+t[0]+` (`+t[1]+`, tag_id) VALUES (?, ?)`, id, tag.ID)
		if err != nil {
			return fmt.Errorf("tag %s %d: %w", entity, id, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return nil
		}
		if err := addHistory(ctx, tx, db.now(), entity, id, "tag", "", name); err != nil {
			return err
		}
		return db.reindexOwner(ctx, tx, entity, id)
	})
	return tag, err
}

// RemoveTag takes a tag off a notice, claim or source.
func (db *DB) RemoveTag(ctx context.Context, entity string, id int64, name string) error {
	t, ok := tagTarget[entity]
	if !ok {
		return fmt.Errorf("untag %s: %w", entity, app.ErrInvalid)
	}
	return db.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM `+t[0]+` WHERE `+t[1]+` = ? AND tag_id = (SELECT id FROM tag WHERE name = ?)`, id, name)
		if err != nil {
			return fmt.Errorf("untag %s %d: %w", entity, id, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return nil
		}
		if err := addHistory(ctx, tx, db.now(), entity, id, "tag", name, ""); err != nil {
			return err
		}
		return db.reindexOwner(ctx, tx, entity, id)
	})
}

// reindexOwner refreshes the search row of the notice a tagged thing belongs to.
func (db *DB) reindexOwner(ctx context.Context, tx *sql.Tx, entity string, id int64) error {
	switch entity {
	case "notice":
		return reindex(ctx, tx, id)
	case "claim":
		var nid int64
		if err := tx.QueryRowContext(ctx, `SELECT notice_id FROM claim WHERE id = ?`, id).Scan(&nid); err != nil {
			return err
		}
		return reindex(ctx, tx, nid)
	}
	return nil
}

// Tags lists every tag in use, by name.
func (db *DB) Tags(ctx context.Context) ([]app.Tag, error) {
	return tagsOf(ctx, db.sql, `SELECT id, name, colour FROM tag ORDER BY name`)
}

// AddNote adds a reporter's note to a notice, on the rune span start:end of
// its body (0:0 for the whole notice).
func (db *DB) AddNote(ctx context.Context, noticeID int64, body string, start, end int) (app.Note, error) {
	n := app.Note{NoticeID: noticeID, Body: body, Start: start, End: end}
	if body == "" {
		return n, fmt.Errorf("empty note: %w", app.ErrInvalid)
	}
	if start < 0 || end < start {
		return n, fmt.Errorf("note span %d:%d: %w", start, end, app.ErrInvalid)
	}
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		now := db.now()
		n.CreatedAt, n.UpdatedAt = now, now
		err := tx.QueryRowContext(ctx, `INSERT INTO note (notice_id, body, start, "end", created_at, updated_at) VALUES (?,?,?,?,?,?) RETURNING id`,
			noticeID, body, start, end, now.Format(time.RFC3339), now.Format(time.RFC3339)).Scan(&n.ID)
		if err != nil {
			return fmt.Errorf("add note to notice %d: %w", noticeID, err)
		}
		if err := addHistory(ctx, tx, now, "note", n.ID, "body", "", body); err != nil {
			return err
		}
		return reindex(ctx, tx, noticeID)
	})
	return n, err
}

// History returns the recorded changes of one notice, claim, note or source,
// oldest first.
func (db *DB) History(ctx context.Context, entity string, ref int64) ([]app.Change, error) {
	rows, err := db.sql.QueryContext(ctx, `SELECT id, at, entity, ref, field, before, after FROM history WHERE entity = ? AND ref = ? ORDER BY id`, entity, ref)
	if err != nil {
		return nil, fmt.Errorf("load history: %w", err)
	}
	defer rows.Close()
	var out []app.Change
	for rows.Next() {
		var c app.Change
		var at string
		if err := rows.Scan(&c.ID, &at, &c.Entity, &c.Ref, &c.Field, &c.Before, &c.After); err != nil {
			return nil, err
		}
		c.At, _ = time.Parse(time.RFC3339Nano, at)
		out = append(out, c)
	}
	return out, rows.Err()
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
