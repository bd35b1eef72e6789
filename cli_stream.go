package main

import (
	"context"
	"fmt"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/brief"
	"github.com/takedowndesk/takedowndesk/store"
)

// encodeNotice appends the notice's JSON (one line) to b.
func encodeNotice(b []byte, n brief.Notice) ([]byte, error) {
	b, err := n.AppendJSON(b)
	if err != nil {
		return b, fmt.Errorf("notice %d: %w", n.ID, err)
	}
	return b, nil
}

// streamNotices gives put every notice of ids, whole, in that order. The
// store reads the next notices while this goroutine writes the last ones:
// two cores, and a bounded queue between them.
func streamNotices(ctx context.Context, db *store.DB, ids []int64, put func(brief.Notice) error) error {
	queue := make(chan app.Notice, 512)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var readErr error
	go func() {
		defer close(queue)
		readErr = db.EachOf(ctx, ids, func(n app.Notice) error {
			select {
			case queue <- n:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	for n := range queue {
		if err := put(brief.FromNotice(n)); err != nil {
			cancel()
			for range queue {
			}
			return err
		}
	}
	return readErr
}
