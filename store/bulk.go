package store

import (
	"context"

	"github.com/takedowndesk/takedowndesk/app"
)

// NoticesFull loads every notice the filter lists, whole. It holds the
// whole list in memory: listings and exports of a large desk stream with
// EachNotice instead.
func (db *DB) NoticesFull(ctx context.Context, f app.Filter) ([]app.Notice, error) {
	q := app.Query{}
	if f.Status != "" {
		q.Statuses = []app.Status{f.Status}
	}
	var out []app.Notice
	err := db.EachNotice(ctx, q, func(n app.Notice) error {
		out = append(out, n)
		if f.Limit > 0 && len(out) == f.Limit {
			return errEnough
		}
		return nil
	})
	if err == errEnough {
		err = nil
	}
	return out, err
}

var errEnough = errorString("enough")

type errorString string

func (e errorString) Error() string { return string(e) }
