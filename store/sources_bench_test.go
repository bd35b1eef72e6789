package store_test

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"sort"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/store"
)

var sourcesDB = flag.String("sources-db", "", "time the sources view on this (generated) desk: a copy, it is migrated")

// TestSourcesViewTiming times the first page of the sources view, each
// order and a name search, on a large desk (median of 5), beside the same
// counts read without the link indexes of migration 0007.
//
//	go test -run '^TestSourcesViewTiming$' ./store -args -sources-db COPY.db
func TestSourcesViewTiming(t *testing.T) {
	if *sourcesDB == "" {
		t.Skip("no -sources-db path")
	}
	ctx := context.Background()
	// median wall time and CPU time of 5 runs (a busy machine inflates
	// wall time; CPU time is what the query costs)
	median := func(fn func() error) string {
		var ds, cs []time.Duration
		for range 5 {
			start, cpu := time.Now(), cpuTime()
			if err := fn(); err != nil {
				t.Fatal(err)
			}
			ds, cs = append(ds, time.Since(start)), append(cs, cpuTime()-cpu)
		}
		sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
		sort.Slice(cs, func(i, j int) bool { return cs[i] < cs[j] })
		return fmt.Sprintf("wall %v, CPU %v", ds[2].Round(time.Millisecond), cs[2].Round(time.Millisecond))
	}
	// baseline: the same aggregate on the schema before 0007 (indexes dropped)
	raw, err := sql.Open("sqlite", *sourcesDB)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`DROP INDEX IF EXISTS notice_source_source`, `DROP INDEX IF EXISTS claim_source_source`} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	var v int
	raw.QueryRow(`PRAGMA user_version`).Scan(&v)
	var sources, links int
	raw.QueryRow(`SELECT (SELECT count(*) FROM source), (SELECT count(*) FROM notice_source) + (SELECT count(*) FROM claim_source)`).Scan(&sources, &links)
	base := median(func() error {
		rows, err := raw.Query(`SELECT s.id, count(DISTINCT x.notice_id), sum(x.role = 'disputed_by') FROM source s
			LEFT JOIN notice_source x ON x.source_id = s.id GROUP BY s.id ORDER BY 2 DESC LIMIT 100`)
		if err != nil {
			return err
		}
		for rows.Next() {
		}
		rows.Close()
		return rows.Err()
	})
	raw.Close()
	if v >= 7 {
		t.Log("desk already at schema 7; baseline read with its indexes dropped")
	}
	db, err := store.Open(*sourcesDB)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []app.SourceQuery{
		{Sort: app.SourceByUse}, {Sort: app.SourceByDisputed}, {Sort: app.SourceByName}, {Text: "tele", Sort: app.SourceByUse},
	} {
		var n, total int
		d := median(func() error {
			st, tot, err := db.SourceStats(ctx, app.SourceQuery{Text: q.Text, Sort: q.Sort, Limit: 100})
			n, total = len(st), tot
			return err
		})
		t.Logf("sources view %-8s %q: %d of %d sources, median %s", q.Sort, q.Text, n, total, d)
	}
	// merging two spellings of one outlet, and taking it back
	st, _, err := db.SourceStats(ctx, app.SourceQuery{Sort: app.SourceByUse, Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	var keep, drop app.SourceStat
	for _, a := range st {
		for _, b := range st {
			if a.Source.Name == b.Source.Name && a.Source.ID != b.Source.ID && a.Notices >= b.Notices && keep.Source.ID == 0 {
				keep, drop = a, b
			}
		}
	}
	if keep.Source.ID != 0 {
		start, cpu := time.Now(), cpuTime()
		ch, err := db.Apply(ctx, app.Change{Entity: app.EntitySource, Ref: drop.Source.ID, Field: app.FieldMerged, After: app.Encode(app.MergeRecord{Into: keep.Source.ID})})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("merge %q (%d notices) into the one with %d: wall %v, CPU %v", drop.Source.Name, drop.Notices, keep.Notices,
			time.Since(start).Round(time.Millisecond), (cpuTime() - cpu).Round(time.Millisecond))
		start, cpu = time.Now(), cpuTime()
		if _, err := db.Apply(ctx, ch.Inverse()); err != nil {
			t.Fatal(err)
		}
		t.Logf("undo of the merge: wall %v, CPU %v", time.Since(start).Round(time.Millisecond), (cpuTime() - cpu).Round(time.Millisecond))
	}
	t.Logf("%d sources, %d links; baseline (notice links only, no source index): median %s", sources, links, base)
}
