package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"
)

// AuthorSetting is the setting that names who makes this desk's changes;
// without it the author is $TAKEDOWNDESK_AUTHOR, else the login name.
const AuthorSetting = "author"

// authorFromEnv is the author when the desk names none.
func authorFromEnv() string {
	for _, k := range []string{"TAKEDOWNDESK_AUTHOR", "USER", "USERNAME", "LOGNAME"} {
		if v := strings.TrimSpace(os.Getenv(k)); v != "" {
			return v
		}
	}
	return "unknown"
}

// rowQuerier is a *sql.DB, *sql.Tx or *sql.Conn.
type rowQuerier interface {
	QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row
}

func authorOf(ctx context.Context, q rowQuerier) (string, error) {
	var v string
	err := q.QueryRowContext(ctx, `SELECT value FROM setting WHERE key = ?`, AuthorSetting).Scan(&v)
	switch {
	case errors.Is(err, sql.ErrNoRows) || (err == nil && strings.TrimSpace(v) == ""):
		return authorFromEnv(), nil
	case err != nil:
		return "", fmt.Errorf("read author: %w", err)
	}
	return strings.TrimSpace(v), nil
}

// Author is who this desk's changes are recorded as made by.
func (db *DB) Author(ctx context.Context) (string, error) { return authorOf(ctx, db.sql) }

// DeskUID is this desk's own uid, made when the desk was created or
// migrated to schema 7.
func (db *DB) DeskUID(ctx context.Context) (string, error) { return db.Setting(ctx, "desk.uid") }

// SetNow sets the clock the desk stamps its changes, imports and backups
// with (tests of several desks editing at known times; nil for the real
// clock).
func (db *DB) SetNow(now func() time.Time) {
	if now == nil {
		now = func() time.Time { return time.Now().UTC() }
	}
	db.now = now
}
