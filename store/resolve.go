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
	var id int64
	err := db.sql.QueryRowContext(ctx, `SELECT id FROM notice WHERE uid = ? ORDER BY id LIMIT 1`, ref).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("notice %s: no notice has this id or uid: %w", ref, app.ErrNotFound)
	}
	if err != nil {
		return 0, fmt.Errorf("load notice %s: %w", ref, err)
	}
	return id, nil
}
