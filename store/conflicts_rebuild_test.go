package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	_ "modernc.org/sqlite"

	"github.com/takedowndesk/takedowndesk/internal/deskgen"
	"github.com/takedowndesk/takedowndesk/store"
)

// The streaming rebuild of every conflict stores exactly what the
// touched-set refresh stores with every notice touched: the same conflicts
// and the same count on every notice.
func TestRebuildConflictsStreamsTheSameConflicts(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "desk.db")
	db := openTestDB(t, path)
	if _, err := deskgen.Fill(ctx, db, 4000, 3); err != nil { // ends with RebuildConflicts
		t.Fatal(err)
	}
	streamed := conflictRows(t, path)
	if err := store.RefreshAllConflicts(db); err != nil {
		t.Fatal(err)
	}
	whole := conflictRows(t, path)
	if len(whole) < 100 {
		t.Fatalf("only %d conflicts in the generated desk: nothing to compare", len(whole))
	}
	if !slices.Equal(streamed, whole) {
		t.Errorf("streamed rebuild: %d rows, touched-set refresh: %d", len(streamed), len(whole))
		for i := range min(len(streamed), len(whole)) {
			if streamed[i] != whole[i] {
				t.Errorf("first difference at %d: %s / %s", i, streamed[i], whole[i])
				break
			}
		}
	}
}

// conflictRows reads every stored conflict and every notice's conflict
// count, in a stable order.
func conflictRows(t *testing.T, path string) []string {
	t.Helper()
	c, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var out []string
	for _, q := range []string{
		`SELECT claim_id, other_claim_id, kind, notice_id, other_notice_id, platform, period FROM conflict ORDER BY 1, 2, 3`,
		`SELECT id, conflicts, 0, 0, 0, '', '' FROM notice WHERE conflicts > 0 ORDER BY id`,
	} {
		rows, err := c.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var a, b, d, e int64
			var k, p, per string
			if err := rows.Scan(&a, &b, &k, &d, &e, &p, &per); err != nil {
				t.Fatal(err)
			}
			out = append(out, fmt.Sprint(a, b, k, d, e, p, per))
		}
		rows.Close()
	}
	return out
}
