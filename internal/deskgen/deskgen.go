// Package deskgen fills a database with a generated desk for benchmarks
// and tests: news stories, channel posts, platform statements, removal
// requests and transparency-table rows in Arabic, English, French and
// Russian, with the claims the real extractor finds in them, statuses,
// stars, tags and notes. The same seed gives the same desk.
package deskgen

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/extract"
	"github.com/takedowndesk/takedowndesk/app/search"
	"github.com/takedowndesk/takedowndesk/store"
)

// Stats is what Fill wrote.
type Stats struct {
	Notices   int // notices stored
	Claims    int // claims stored with them
	Tags      int // tags put on notices and claims
	ClaimTags int // of which on claims
	Notes     int
	Edits     int // status moves and stars made after the import, with history
	ByLang    map[string]int
	ByKind    map[app.Kind]int
	Duration  time.Duration
}

// batchSize is the number of notices stored per transaction: the store's
// write-ahead log is checkpointed between batches instead of growing to
// the size of a million-notice desk.
const batchSize = 50000

// ErrNotEmpty means Fill was given a database that already holds notices.
var ErrNotEmpty = errors.New("the database already holds notices")

// Fill writes n generated notices into an empty database through the
// store's importer (the writer a file import uses), 50,000 per
// transaction. About 5% of the notices get tags (one claim of a third of
// those too) and about 1% a note: their words go into the notices' search
// rows at import, and store.AddGeneratedWork stores them after each batch
// (tagging one edit at a time wrote a search-index segment per tag and
// took a third of the time). Last, the newest 0.2% of untriaged notices are
// triaged (a third starred) through SetStatus and SetStarred, which record
// history. Notice i depends only on seed and i. While it runs, Fill sets
// GOGC to 400, as a large import does.
func Fill(ctx context.Context, db *store.DB, n int, seed int64) (Stats, error) {
	start := time.Now()
	st := Stats{ByLang: map[string]int{}, ByKind: map[app.Kind]int{}}
	if n < 0 {
		return st, fmt.Errorf("generate %d notices: %w", n, app.ErrInvalid)
	}
	if have, err := db.Notices(ctx, app.Filter{Limit: 1}); err != nil {
		return st, fmt.Errorf("generate desk: %w", err)
	} else if len(have) > 0 {
		return st, fmt.Errorf("generate desk in %s: %w", db.Path(), ErrNotEmpty)
	}
	// The generator allocates fast and keeps little; at the default pace
	// the collector took a large share of the CPU.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	// Each batch would compare its figures with every batch before it:
	// the conflicts are computed once, at the end.
	db.DeferConflicts()

	order := importOrder(seed, n)
	for from := 0; from < n; from += batchSize {
		to := min(from+batchSize, n)
		var work []store.GeneratedWork
		err := db.Import(ctx, func(put func(app.Imported) (app.Outcome, error)) error {
			work = work[:0] // nothing of a failed import is kept
			return generate(ctx, seed, order[from:to], func(i int, im app.Imported, w *store.GeneratedWork) error {
				out, err := put(im)
				if err != nil {
					return fmt.Errorf("store notice %d: %w", i, err)
				}
				if out != app.OutcomeNew {
					return fmt.Errorf("notice %d (%q) was %s, not new", i, im.Notice.Title, out)
				}
				st.Notices++
				st.Claims += len(im.Claims)
				if w != nil {
					work = append(work, *w)
					st.Tags += len(w.Tags)
					st.Notes += len(w.Notes)
					for _, names := range w.ClaimTags {
						st.Tags += len(names)
						st.ClaimTags += len(names)
					}
				}
				st.ByLang[im.Notice.Lang]++
				st.ByKind[im.Notice.Kind]++
				return nil
			})
		})
		if err == nil {
			err = db.AddGeneratedWork(ctx, work)
		}
		if err != nil {
			return st, fmt.Errorf("generate desk in %s: %w", db.Path(), err)
		}
	}
	if err := db.RebuildConflicts(ctx); err != nil {
		return st, fmt.Errorf("generate desk in %s: %w", db.Path(), err)
	}
	if err := triage(ctx, db, (n+499)/500, &st); err != nil {
		return st, fmt.Errorf("generate desk in %s: %w", db.Path(), err)
	}
	st.Duration = time.Since(start)
	return st, nil
}

// triage moves the newest k untriaged notices on, starring every third,
// through the store's edit methods, so the desk has a history.
func triage(ctx context.Context, db *store.DB, k int, st *Stats) error {
	if k == 0 {
		return nil
	}
	ns, err := db.Notices(ctx, app.Filter{Status: app.StatusNew, Limit: k})
	if err != nil {
		return err
	}
	for i, n := range ns {
		if err := db.SetStatus(ctx, n.ID, app.StatusTriaged); err != nil {
			return err
		}
		st.Edits++
		if i%3 == 0 && !n.Starred {
			if err := db.SetStarred(ctx, n.ID, true); err != nil {
				return err
			}
			st.Edits++
		}
	}
	return nil
}

// job is one notice on its way to the store, with the work done on it.
type job struct {
	i    int
	im   app.Imported
	work *store.GeneratedWork
	done chan struct{}
}

// importOrder is the order in which notices 0..n-1 reach the desk: the
// order of their import times, as in a real desk, where every import
// appends, so ids follow imports and, within a few months, publication.
func importOrder(seed int64, n int) []int {
	type at struct {
		t time.Time
		i int
	}
	ats := make([]at, n)
	for i := range ats {
		_, imported := dates(seed, i)
		ats[i] = at{imported, i}
	}
	slices.SortFunc(ats, func(a, b at) int { return cmp.Or(a.t.Compare(b.t), cmp.Compare(a.i, b.i)) })
	order := make([]int, n)
	for k, a := range ats {
		order[k] = a.i
	}
	return order
}

// generate writes notices nums on every core and hands them to put in
// that order, on the calling goroutine.
func generate(ctx context.Context, seed int64, nums []int, put func(int, app.Imported, *store.GeneratedWork) error) error {
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	order := make(chan *job, 512)
	work := make(chan *job, 512)
	var wg sync.WaitGroup
	defer wg.Wait()
	wg.Go(func() {
		defer close(order)
		defer close(work)
		for _, i := range nums {
			j := &job{i: i, done: make(chan struct{})}
			select {
			case order <- j:
			case <-ctx.Done():
				return
			}
			select {
			case work <- j:
			case <-ctx.Done():
				return
			}
		}
	})
	for range max(runtime.GOMAXPROCS(0), 1) {
		wg.Go(func() {
			for j := range work {
				j.im = complete(compose(seed, j.i))
				j.work = annotate(rand.New(rand.NewPCG(uint64(seed), uint64(j.i)|1<<62)), &j.im)
				close(j.done)
			}
		})
	}
	for j := range order {
		select {
		case <-j.done:
		case <-ctx.Done():
			return ctx.Err()
		}
		if err := put(j.i, j.im, j.work); err != nil {
			stop()
			for range order { // let the feeder see the stop
			}
			return err
		}
	}
	return ctx.Err()
}

// complete does for a generated notice what the import pipeline does for
// a parsed one: hash and uid, the extractor's claims beside the format's
// own, anchors, sources, summary line and search row.
func complete(im app.Imported) app.Imported {
	n := &im.Notice
	n.Title = strings.Join(strings.Fields(n.Title), " ")
	n.ContentHash = app.ContentHash(n.Title, n.Body)
	n.UID = app.UID(n.Origin, n.ContentHash)
	res := extract.Text(n.Body, extract.Options{Published: n.PublishedAt, Lang: n.Lang})
	cs := make([]app.Claim, 0, len(im.Claims)+len(res.Claims))
	cs = append(cs, im.Claims...)
	for _, c := range res.Claims {
		if !app.OverlapsAny(c, im.Claims) {
			cs = append(cs, c)
		}
	}
	body := []rune(n.Body)
	for i := range cs {
		cs[i].Anchor(body)
	}
	im.Claims = cs
	if n.Platform == "" && len(res.Platforms) > 0 {
		n.Platform = res.Platforms[0]
	}
	im.Sources = app.MergeSources(im.Sources, res.Sources)
	n.Summary = app.Summary(cs)
	row := search.Row(n.Title, n.Body, im.SourceNames())
	im.Search = &row
	return im
}

// annotate draws a reporter's work on a notice from r once the notice is
// complete: tags on about 5% of notices (and on one of the claims of a
// third of those), a note on about 1%. The words go into the notice's
// search row, as the store's edits would put them; the work is stored
// after the import. It returns nil for a notice left alone.
func annotate(r *rand.Rand, im *app.Imported) *store.GeneratedWork {
	n := &im.Notice
	var w store.GeneratedWork
	if r.IntN(100) < 5 {
		for _, k := range r.Perm(len(tagNames))[:1+r.IntN(3)] {
			w.Tags = append(w.Tags, tagNames[k])
		}
		if len(im.Claims) > 0 && r.IntN(3) == 0 {
			w.ClaimTags = map[int][]string{r.IntN(len(im.Claims)): {pick(r, tagNames)}}
		}
	}
	if r.IntN(100) == 0 {
		w.Notes = append(w.Notes, app.Note{Body: pick(r, noteTexts[n.Lang]),
			CreatedAt: n.ImportedAt.Add(time.Duration(1+r.IntN(30*24)) * time.Hour)})
	}
	if len(w.Tags) == 0 && len(w.Notes) == 0 {
		return nil
	}
	w.Origin = n.Origin
	// The search row's extra text, in the order the store's reindex
	// writes it: notice tags, claim tags, notes, source names.
	extra := append([]string(nil), w.Tags...)
	for _, names := range w.ClaimTags {
		extra = append(extra, names...)
	}
	for _, note := range w.Notes {
		extra = append(extra, note.Body)
	}
	row := search.Row(n.Title, n.Body, append(extra, im.SourceNames()...))
	im.Search = &row
	return &w
}
