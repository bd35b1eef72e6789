package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"

	"github.com/takedowndesk/takedowndesk/app"
)

// batchProgressEvery is how many changes an ApplyAll makes between two
// calls of its progress function.
const batchProgressEvery = 500

// ApplyAll makes many typed changes as one transaction, each recorded in
// history like Apply, and returns them as recorded, in order; changes that
// change nothing are left out. A change the rules refuse (a published
// notice moved back to new) or whose entity is gone is skipped and
// counted, and the rest still apply: the returned error is then an
// *app.SkippedError (it matches app.ErrInvalid). Any other error, or ctx
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
	err := db.inTx(ctx, func(sqlTx *sql.Tx) error {
		tx := newBatchTx(sqlTx)
		defer tx.close()
		reindexed := map[int64]bool{}
		var again []int64 // notices whose search row to write anew, once each
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
			changed, err := db.applyOne(ctx, tx, &ch, func(id int64) {
				if !reindexed[id] {
					reindexed[id] = true
					again = append(again, id)
				}
			})
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
		// The search rows last, in rising rowid order: FTS5 flushes its
		// pending writes to disk at a write to a lower rowid than the last
		// (and interleaved with other statements), so in the batch's order
		// they cost a flush per change.
		slices.Sort(again)
		for _, id := range again {
			if err := reindex(ctx, tx, id); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	invalidate := false
	for _, ch := range done {
		db.facets.changed(ch)
		invalidate = invalidate || changesFacets(ch)
	}
	if invalidate {
		db.facets.invalidate() // as Apply: tags by name, and conflicts
	}
	if progress != nil {
		progress(len(chs))
	}
	if skipped > 0 {
		return done, &app.SkippedError{Skipped: skipped, Of: len(chs), First: first}
	}
	return done, nil
}

// applyOne makes one change of a batch. A change the rules refuse or
// whose entity is gone fails before it writes anything (applyTx checks
// first), so the batch can skip it and go on without a savepoint, which
// would make the search index flush at every change.
func (db *DB) applyOne(ctx context.Context, tx txn, ch *app.Change, reindexLater func(notice int64)) (bool, error) {
	changed, err := db.applyTx(ctx, tx, ch)
	if err != nil || !changed {
		return false, err
	}
	ch.At = db.now()
	if ch.ID, err = addHistory(ctx, tx, *ch); err != nil {
		return false, err
	}
	if (ch.Field == app.FieldTag || ch.Field == app.FieldBody) && ch.NoticeID > 0 { // as afterEdit
		reindexLater(ch.NoticeID)
		return true, nil
	}
	// a claim's corrected figure, a source's new name: what they change
	// beyond their own row (figures, conflicts, the search row)
	return true, db.afterDetail(ctx, tx, *ch)
}
