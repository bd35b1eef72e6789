package desk_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/desk"
	"github.com/takedowndesk/takedowndesk/app/search"
	"github.com/takedowndesk/takedowndesk/internal/deskgen"
	"github.com/takedowndesk/takedowndesk/store"
)

// The desk benchmark runs against a generated desk (make bench builds it):
//
//	go test -run '^TestDeskBench$' ./app/desk -args -bench-db PATH -bench-name 100k -bench-queries FILE
//
// and prints BENCH lines: the search box's keystrokes and the filters, end
// to end through the desk (query typed → first page of rows with their
// summary lines ready to draw), beside fuzzy.Find over every notice's title
// and summary as the baseline.
var (
	benchDB      = flag.String("bench-db", "", "generated desk to measure")
	benchName    = flag.String("bench-name", "100k", "suffix of the BENCH names")
	benchQueries = flag.String("bench-queries", "", "file of search-box keystrokes, one query a line (default: the generated desk's script)")
)

// waiter turns the desk's events into "the first page of the query just
// set has arrived" and "its counts have".
type waiter struct {
	pages, counts chan struct{}
}

func (w *waiter) on(ev desk.Event) {
	switch {
	case ev.Kind == desk.PageLoaded && ev.Offset == 0:
		select {
		case w.pages <- struct{}{}:
		default:
		}
	case ev.Kind == desk.CountsChanged:
		select {
		case w.counts <- struct{}{}:
		default:
		}
	}
}

func p95(ds []time.Duration) time.Duration {
	s := append([]time.Duration{}, ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[(len(s)*95+99)/100-1]
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f", float64(d.Microseconds())/1000) }

func TestDeskBench(t *testing.T) {
	if *benchDB == "" {
		t.Skip("no -bench-db")
	}
	db, err := store.Open(*benchDB)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	queries := deskgen.Queries(1, 240)
	if *benchQueries != "" {
		b, err := os.ReadFile(*benchQueries)
		if err != nil {
			t.Fatal(err)
		}
		queries = strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	}
	w := &waiter{pages: make(chan struct{}, 1), counts: make(chan struct{}, 1)}
	d := desk.New(db, func(f func()) { f() })
	d.Listen(w.on)
	defer d.Close()
	drain := func() {
		d.Wait()
		select {
		case <-w.pages:
		default:
		}
		select {
		case <-w.counts:
		default:
		}
	}
	// Warm: the facet copy and the page cache, as a window that has been
	// open a moment has them.
	d.SetQuery(app.Query{})
	d.Wait()
	drain()
	<-db.WarmSearch() // the window starts it once its first page is on screen

	var keys []time.Duration
	empty := 0
	for _, q := range queries {
		start := time.Now()
		d.SetText(q)
		<-w.pages
		row, ok := d.Row(0)
		if ok {
			_ = row.Summary // the row is there, summary line and all
		} else {
			empty++
		}
		keys = append(keys, time.Since(start))
		if testing.Verbose() && time.Since(start) > 16*time.Millisecond {
			fmt.Printf("slow keystroke %q: %s ms\n", q, ms(time.Since(start)))
		}
		drain() // the counts of this query, before the next keystroke
	}

	filters := []app.Query{
		{Statuses: []app.Status{app.StatusNew}},
		{Statuses: []app.Status{app.StatusTriaged, app.StatusVerifying}},
		{Platforms: []string{"Telegram"}},
		{Langs: []string{"ar"}},
		{Langs: []string{"fr"}, Starred: true},
		{Conflict: true},
		{From: time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2016, 12, 31, 0, 0, 0, 0, time.UTC)},
		{Sort: app.SortFigure},
		{Sort: app.SortStatus},
		{}, // the search cleared
	}
	var filt []time.Duration
	for range 10 {
		for _, q := range filters {
			start := time.Now()
			d.SetQuery(q)
			<-w.pages
			<-w.counts
			filt = append(filt, time.Since(start))
			if testing.Verbose() && time.Since(start) > 16*time.Millisecond {
				fmt.Printf("slow filter %+v: %s ms\n", q, ms(time.Since(start)))
			}
			d.Wait()
		}
	}

	// Baseline: fuzzy.Find over every notice's title and summary, the
	// window's old fallback.
	var docs []string
	ids, err := db.IDs(context.Background(), app.Query{})
	if err != nil {
		t.Fatal(err)
	}
	for len(ids) > 0 {
		n := min(len(ids), 2000)
		ns, err := db.NoticesByID(context.Background(), ids[:n])
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range ns {
			docs = append(docs, search.Normalize(x.Title+" "+x.Summary))
		}
		ids = ids[n:]
	}
	var naive []time.Duration
	for i, q := range queries {
		if i%5 != 0 {
			continue // every fifth keystroke: the baseline is slow
		}
		start := time.Now()
		search.Fuzzy(q, docs)
		naive = append(naive, time.Since(start))
	}
	fmt.Printf("keystrokes %d (%d with no row), filters %d, baseline queries %d, notices %d\n", len(keys), empty, len(filt), len(naive), len(docs))
	fmt.Printf("BENCH search_p95_%s %s ms\n", *benchName, ms(p95(keys)))
	fmt.Printf("BENCH search_naive_fuzzy_%s %s ms\n", *benchName, ms(p95(naive)))
	fmt.Printf("BENCH filter_p95_%s %s ms\n", *benchName, ms(p95(filt)))
}
