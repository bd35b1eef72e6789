package store

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"
)

// TestBatchTx: a batch's statements are prepared once per text, the cache
// stops at batchStmts and what is past it still runs, a query's rows stay
// readable while the same text runs as a QueryRow inside the loop, and a
// statement that fails to prepare reports its error as the plain call does.
func TestBatchTx(t *testing.T) {
	ctx := context.Background()
	c, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Exec(`CREATE TABLE x (id INTEGER PRIMARY KEY, v TEXT)`); err != nil {
		t.Fatal(err)
	}
	tx, err := c.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback() //nolint:errcheck // a test's scratch
	b := newBatchTx(tx)
	defer b.close()

	for i := range 10 {
		if _, err := b.ExecContext(ctx, `INSERT INTO x (id, v) VALUES (?, ?)`, i, fmt.Sprint("v", i)); err != nil {
			t.Fatal(err)
		}
	}
	if len(b.stmts.stmts) != 1 {
		t.Errorf("one text run ten times kept %d statements, want 1", len(b.stmts.stmts))
	}
	for i := range batchStmts + 20 {
		var n int
		if err := b.QueryRowContext(ctx, fmt.Sprintf(`SELECT count(*) + %d FROM x`, i)).Scan(&n); err != nil || n != 10+i {
			t.Fatalf("text %d past the cache: %d, %v", i, n, err)
		}
	}
	if len(b.stmts.stmts) != batchStmts {
		t.Errorf("%d statements kept, want the bound %d", len(b.stmts.stmts), batchStmts)
	}

	rows, err := b.QueryContext(ctx, `SELECT id, v FROM x WHERE id >= ? ORDER BY id`, 0)
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for rows.Next() {
		var id int
		var v, again string
		if err := rows.Scan(&id, &v); err != nil {
			t.Fatal(err)
		}
		// the same text again while its rows are open
		if err := b.QueryRowContext(ctx, `SELECT id, v FROM x WHERE id >= ? ORDER BY id`, id).Scan(&id, &again); err != nil || again != v {
			t.Fatalf("row %d read again: %q, %v", id, again, err)
		}
		seen++
	}
	if err := rows.Err(); err != nil || seen != 10 {
		t.Errorf("read %d rows of 10 with the same text run inside the loop (%v)", seen, err)
	}
	rows.Close()

	_, err = b.ExecContext(ctx, `INSERT INTO nowhere VALUES (1)`)
	_, plain := tx.ExecContext(ctx, `INSERT INTO nowhere VALUES (1)`)
	if err == nil || plain == nil || err.Error() != plain.Error() {
		t.Errorf("a statement that cannot be prepared: %v, the plain call says %v", err, plain)
	}
}
