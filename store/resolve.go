package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/takedowndesk/takedowndesk/app"
)

// NoticeRef finds the notice a script names by its id ("42") or its uid
// (the stable name exports carry). A number that is no notice's id is
// looked up as a uid too, so a uid made only of digits still resolves.
// The uid has no index of its own (migration 0002), so that look-up reads
// the notice table once.
func (db *DB) NoticeRef(ctx context.Context, ref string) (int64, error) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return 0, fmt.Errorf("notice %q: empty id: %w", ref, app.ErrInvalid)
	}
	if id, err := strconv.ParseInt(ref, 10, 64); err == nil && id > 0 {
		var one int
		err := db.sql.QueryRowContext(ctx, `SELECT 1 FROM notice WHERE id = ?`, id).Scan(&one)
		if err == nil {
			return id, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return 0, fmt.Errorf("load notice %s: %w", ref, err)
		}
	}
	rows, err := db.sql.QueryContext(ctx, `SELECT id FROM notice WHERE uid = ? ORDER BY id LIMIT 2`, ref)
	if err != nil {
		return 0, fmt.Errorf("load notice %s: %w", ref, err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return 0, fmt.Errorf("load notice %s: %w", ref, err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("load notice %s: %w", ref, err)
	}
	switch len(ids) {
	case 0:
		return 0, fmt.Errorf("notice %s: no notice has this id or uid: %w", ref, app.ErrNotFound)
	case 1:
		return ids[0], nil
	}
	// uids are not unique since migration 0002 (a second copy of a notice
	// can share one): a script must say which
	return 0, fmt.Errorf("notice %s: this uid names more than one notice (ids %d, %d…); give the id: %w", ref, ids[0], ids[1], app.ErrConflict)
}
