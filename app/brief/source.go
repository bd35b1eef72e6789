package brief

import (
	"context"
	"slices"

	"github.com/takedowndesk/takedowndesk/app"
)

// Notices is what an export reads: the notices a query lists, then those
// notices whole, a batch at a time, so a desk of 100,000 notices is written
// without being held in memory. The store implements it; claims come with
// their conflicts.
type Notices interface {
	// IDs lists the ids of the notices a query keeps, in its order.
	IDs(ctx context.Context, q app.Query) ([]int64, error)
	// EachOf calls fn with each of the notices named, whole (body, claims
	// with tags and conflicts, tags, sources, notes), in that order.
	EachOf(ctx context.Context, ids []int64, fn func(app.Notice) error) error
}

// Scope says which notices an export holds: those a query lists (the zero
// Scope is the whole desk), or a selection of notice ids.
type Scope struct {
	Query app.Query
	IDs   []int64 // a selection, in this order; nil for the query
}

// Slice is a Notices over notices already in memory (tests, and listings
// that loaded their notices anyway). Of a query it honours the statuses
// and platforms; the store honours all of it.
type Slice []app.Notice

// IDs implements Notices.
func (s Slice) IDs(ctx context.Context, q app.Query) ([]int64, error) {
	ids := []int64{}
	for _, n := range s {
		if len(q.Statuses) > 0 && !slices.Contains(q.Statuses, n.Status) {
			continue
		}
		if len(q.Platforms) > 0 && !slices.Contains(q.Platforms, n.Platform) {
			continue
		}
		ids = append(ids, n.ID)
	}
	return ids, nil
}

// EachOf implements Notices.
func (s Slice) EachOf(ctx context.Context, ids []int64, fn func(app.Notice) error) error {
	for _, id := range ids {
		for _, n := range s {
			if n.ID != id {
				continue
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := fn(n); err != nil {
				return err
			}
			break
		}
	}
	return nil
}
