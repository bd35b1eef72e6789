package store

import (
	"context"
	"path/filepath"
	"testing"
)

// A walk of more than one batch reads on connections of its own; one
// batch, or a desk opened immutable, reads through the pool's prepared
// statements.
func TestWalkReaders(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "desk.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cases := []struct {
		n         int
		immutable bool
		conns     bool
	}{
		{streamBatch + 1, false, true},
		{100 * streamBatch, false, true},
		{streamBatch, false, false},
		{1, false, false},
		{streamBatch + 1, true, false},
	}
	for _, tc := range cases {
		db.immutable = tc.immutable
		pool, closeReaders := db.walkReaders(tc.n)
		if len(pool) != readersAtOnce {
			t.Errorf("%d notices: %d readers, want %d", tc.n, len(pool), readersAtOnce)
		}
		for range len(pool) {
			_, conn := (<-pool).(connReader)
			if conn != tc.conns {
				t.Errorf("%d notices (immutable %v): a connection of its own %v, want %v", tc.n, tc.immutable, conn, tc.conns)
			}
		}
		closeReaders()
	}
	db.immutable = false
}

// One long query reads on a connection of its own, or through the pool for
// a desk opened immutable.
func TestOwnReader(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "desk.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, immutable := range []bool{false, true} {
		db.immutable = immutable
		r, done := db.ownReader()
		_, conn := r.(connReader)
		var n int
		if err := r.queryRow(context.Background(), `SELECT count(*) FROM notice`).Scan(&n); err != nil {
			t.Errorf("immutable %v: %v", immutable, err)
		}
		done()
		if conn == immutable {
			t.Errorf("immutable %v: a connection of its own %v", immutable, conn)
		}
	}
	db.immutable = false
}
