package store_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/takedowndesk/takedowndesk/app"
)

func TestNoticeRef(t *testing.T) {
	path := filepath.Join(t.TempDir(), "desk.db")
	db := openTestDB(t, path)
	importAll(t, db, notice("One", "Telegram blocked 78 channels.", "a"), notice("Two", "Telegram blocked 12 bots.", "b"))
	ctx := context.Background()
	ids, err := db.IDs(ctx, app.Query{})
	if err != nil || len(ids) != 2 {
		t.Fatalf("ids %v, %v", ids, err)
	}
	n, err := db.Notice(ctx, ids[1])
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		ref  string
		want int64
		err  error
	}{
		{fmt.Sprint(ids[0]), ids[0], nil},
		{" " + fmt.Sprint(ids[1]) + " ", ids[1], nil},
		{n.UID, ids[1], nil},
		{"999", 0, app.ErrNotFound},
		{"no-such-uid", 0, app.ErrNotFound},
		{"", 0, app.ErrInvalid},
		{"-1", 0, app.ErrNotFound},
	}
	for _, tc := range tests {
		got, err := db.NoticeRef(ctx, tc.ref)
		if got != tc.want || !errors.Is(err, tc.err) {
			t.Errorf("NoticeRef(%q) = %d, %v; want %d, %v", tc.ref, got, err, tc.want, tc.err)
		}
	}

	// A uid two notices share is refused: the script must give the id.
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if _, err := raw.Exec(`UPDATE notice SET uid = ? WHERE id = ?`, n.UID, ids[0]); err != nil {
		t.Fatal(err)
	}
	if got, err := db.NoticeRef(ctx, n.UID); !errors.Is(err, app.ErrConflict) {
		t.Errorf("shared uid: %d, %v; want a conflict", got, err)
	}
}
