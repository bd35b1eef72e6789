package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/takedowndesk/takedowndesk/app"
)

// Pending is what this desk has that its team server has not: notices
// new or changed since they were last pushed (whole), and changes never
// pushed, oldest first, each with its local id for MarkPushed.
type Pending struct {
	Notices []app.Notice
	Changes []app.Change
}

// PendingCounts says how many notices and changes wait to be pushed.
func (db *DB) PendingCounts(ctx context.Context) (notices, changes int, err error) {
	err = db.sql.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM notice WHERE pushed = 0), (SELECT count(*) FROM history WHERE pushed = 0)`).
		Scan(&notices, &changes)
	if err != nil {
		return 0, 0, fmt.Errorf("count pending changes: %w", err)
	}
	return notices, changes, nil
}

// NextPending reads up to limit notices waiting to be pushed, then (when
// fewer) changes, those past the given ids: a push walks the pending
// work batch by batch, marking each batch once the server has it.
func (db *DB) NextPending(ctx context.Context, afterNotice, afterChange int64, limit int) (Pending, error) {
	var p Pending
	ids, err := queryIDs(ctx, db.sql, `SELECT id FROM notice WHERE pushed = 0 AND id > ? ORDER BY id LIMIT ?`, afterNotice, limit)
	if err != nil {
		return p, fmt.Errorf("read pending notices: %w", err)
	}
	if len(ids) > 0 {
		p.Notices, err = db.NoticesByID(ctx, ids)
		if err != nil {
			return p, err
		}
		return p, nil
	}
	rows, err := db.sql.QueryContext(ctx, `SELECT `+historyCols+` FROM history WHERE pushed = 0 AND id > ? ORDER BY id LIMIT ?`, afterChange, limit)
	if err != nil {
		return p, fmt.Errorf("read pending changes: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		c, err := scanChange(rows)
		if err != nil {
			return p, fmt.Errorf("read pending changes: %w", err)
		}
		p.Changes = append(p.Changes, c)
	}
	return p, rows.Err()
}

// MarkPushed records that the server holds these notices (as they were
// read) and changes.
func (db *DB) MarkPushed(ctx context.Context, notices, changes []int64) error {
	return db.inTx(ctx, func(tx *sql.Tx) error {
		for _, set := range []struct {
			table string
			ids   []int64
		}{{"notice", notices}, {"history", changes}} {
			for len(set.ids) > 0 {
				n := min(len(set.ids), 500)
				args := make([]any, n)
				for i, id := range set.ids[:n] {
					args[i] = id
				}
				q := `UPDATE ` + set.table + ` SET pushed = 1 WHERE id IN (` + strings.TrimSuffix(strings.Repeat("?,", n), ",") + `)`
				if _, err := tx.ExecContext(ctx, q, args...); err != nil {
					return fmt.Errorf("mark pushed: %w", err)
				}
				set.ids = set.ids[n:]
			}
		}
		return nil
	})
}

// SetSettings stores several settings in one transaction.
func (db *DB) SetSettings(ctx context.Context, kv map[string]string) error {
	return db.inTx(ctx, func(tx *sql.Tx) error {
		for k, v := range kv {
			if _, err := tx.ExecContext(ctx, `INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, k, v); err != nil {
				return fmt.Errorf("save setting %s: %w", k, err)
			}
		}
		return nil
	})
}
