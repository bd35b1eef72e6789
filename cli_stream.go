package main

import (
	"context"
	"fmt"
	"sync"

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

// encodedBatch is a batch of notices as JSON: one buffer, and where each
// notice ends in it.
type encodedBatch struct {
	buf  []byte
	ends []int
}

// batchBuffers recycles the batches' buffers (a few MB each), which would
// otherwise be the walk's largest garbage.
var batchBuffers = sync.Pool{New: func() any { return new(encodedBatch) }}

// streamNotices gives emit the JSON of every notice of ids, whole, in that
// order, with its score from scores when there are scores (a search).
// Each batch is encoded on the goroutine that read it, two batches at a
// time, so both cores read and encode while this one only writes.
func streamNotices(ctx context.Context, db *store.DB, ids []int64, scores map[int64]float64, emit func(item []byte) error) error {
	encode := func(ns []app.Notice) (*encodedBatch, error) {
		e := batchBuffers.Get().(*encodedBatch)
		e.buf, e.ends = e.buf[:0], e.ends[:0]
		for _, n := range ns {
			var err error
			j := brief.FromNotice(n)
			if scores != nil {
				s := scores[n.ID]
				j.Score = &s
			}
			if e.buf, err = encodeNotice(e.buf, j); err != nil {
				batchBuffers.Put(e)
				return nil, err
			}
			e.ends = append(e.ends, len(e.buf))
		}
		return e, nil
	}
	return store.EachBatch(ctx, db, ids, encode, func(e *encodedBatch) error {
		defer batchBuffers.Put(e)
		start := 0
		for _, end := range e.ends {
			if err := emit(e.buf[start:end]); err != nil {
				return err
			}
			start = end
		}
		return nil
	})
}
