package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/takedowndesk/takedowndesk/app"
)

// batchProgressEvery is how many changes an ApplyAll makes between two
// calls of its progress function.
const batchProgressEvery = 500

// ApplyAll makes many typed changes as one transaction, each recorded in
// history like Apply, and returns them as recorded, in order; changes that
// change nothing are left out. A change the rules refuse (a published
// notice moved back to new) or whose entity is gone is skipped and
// counted, and the rest still apply: the returned error then wraps
// app.ErrInvalid and says how many were skipped. Any other error, or ctx
// ending, applies nothing. Before a batch that is not an undo touches more
// than BulkThreshold notices, the database is backed up (KindBulk).
// progress, when set, is called with the number of changes handled so far.
func (db *DB) ApplyAll(ctx context.Context, chs []app.Change, progress func(done int)) ([]app.Change, error) {
	notices := map[int64]bool{}
	undo := true
	for _, ch := range chs {
		if err := ch.Check(); err != nil {
			return nil, err
		}
		notices[ch.Ref] = true
		undo = undo && ch.Undo
	}
	if !undo {
		if err := db.BeforeBulkEdit(ctx, len(notices)); err != nil {
			return nil, fmt.Errorf("before a change of %d notices: %w", len(notices), err)
		}
	}
	var done []app.Change
	var skipped int
	var first error
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		for i := range chs {
			if i%batchProgressEvery == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
				if progress != nil && i > 0 {
					progress(i)
				}
			}
			ch := chs[i]
			changed, err := db.applyOne(ctx, tx, &ch)
			if errors.Is(err, app.ErrInvalid) || errors.Is(err, app.ErrNotFound) {
				skipped++
				if first == nil {
					first = err
				}
				continue
			}
			if err != nil {
				return err
			}
			if changed {
				done = append(done, ch)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, ch := range done {
		db.facets.changed(ch)
	}
	if progress != nil {
		progress(len(chs))
	}
	if skipped > 0 {
		return done, fmt.Errorf("%d of %d changes skipped, the first: %w", skipped, len(chs), first)
	}
	return done, nil
}

// applyOne makes one change of a batch inside a savepoint, so a change
// that fails half-way leaves nothing behind and the batch goes on.
func (db *DB) applyOne(ctx context.Context, tx *sql.Tx, ch *app.Change) (bool, error) {
	if _, err := tx.ExecContext(ctx, `SAVEPOINT one`); err != nil {
		return false, fmt.Errorf("apply %s %d: %w", ch.Entity, ch.Ref, err)
	}
	changed, err := db.applyTx(ctx, tx, ch)
	if err == nil && changed {
		ch.At = db.now()
		if ch.ID, err = addHistory(ctx, tx, *ch); err == nil {
			err = db.afterEdit(ctx, tx, *ch)
		}
	}
	if err != nil {
		if _, rerr := tx.ExecContext(ctx, `ROLLBACK TO one`); rerr != nil {
			return false, fmt.Errorf("apply %s %d: %w", ch.Entity, ch.Ref, rerr)
		}
		_, _ = tx.ExecContext(ctx, `RELEASE one`)
		return false, err
	}
	if _, err := tx.ExecContext(ctx, `RELEASE one`); err != nil {
		return false, fmt.Errorf("apply %s %d: %w", ch.Entity, ch.Ref, err)
	}
	return changed, nil
}
