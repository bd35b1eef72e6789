package store_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/internal/deskgen"
	"github.com/takedowndesk/takedowndesk/store"
)

// A walk stopped by its caller returns the caller's error once no batch is
// being read (its connections close after the last read, which -race
// checks), and one stopped by its context returns the context's.
func TestEachBatchStops(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t, filepath.Join(t.TempDir(), "desk.db"))
	if _, err := deskgen.Fill(ctx, db, 3010, 2); err != nil {
		t.Fatal(err)
	}
	ids, err := db.IDs(ctx, app.Query{})
	if err != nil {
		t.Fatal(err)
	}
	stop := errors.New("enough")
	keep := func(ns []app.Notice) ([]app.Notice, error) { return ns, nil }
	batches := 0
	err = store.EachBatch(ctx, db, ids, keep, func([]app.Notice) error {
		batches++
		return stop
	})
	if !errors.Is(err, stop) || batches != 1 {
		t.Errorf("stopped after %d batches with %v, want 1 and the caller's error", batches, err)
	}
	cctx, cancel := context.WithCancel(ctx)
	err = store.EachBatch(cctx, db, ids, keep, func([]app.Notice) error {
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled walk returned %v", err)
	}
	n := 0
	if err := store.EachBatch(ctx, db, ids, keep, func(ns []app.Notice) error { n += len(ns); return nil }); err != nil || n != len(ids) {
		t.Errorf("whole walk: %d of %d notices, %v", n, len(ids), err)
	}
}
