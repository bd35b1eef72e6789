package store_test

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/chart"
	"github.com/takedowndesk/takedowndesk/store"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestChartFigures(t *testing.T) {
	db := openTestDB(t, filepath.Join(t.TempDir(), "desk.db"))
	fig := func(v float64, unit, platform, date, period string, rate app.Rate, start, end int) app.Claim {
		c := app.Claim{Kind: app.ClaimFigure, Value: v, Unit: unit, Platform: platform, Period: period, Rate: rate, Start: start, End: end}
		if date != "" {
			c.EventDate = day(date)
		}
		return c
	}
	post := notice("ban 1", "1312 terrorist bots and channels banned on January, 27. Total this month: 16050", "tg:isiswatch/1",
		fig(1312, "bots_and_channels", "Telegram", "2017-01-27", "", "", 0, 4),
		fig(16050, "bots_and_channels", "Telegram", "2017-01-27", "2017-01", app.RatePerMonth, 76, 81))
	post.Sources = []app.SourceLink{{Source: app.Source{Name: "ISIS Watch", Kind: app.SourcePlatformStatement}, Role: app.RoleStatedBy}}
	story := notice("story", "Telegram blocked 78 accounts; the 78 sites were", "file:story.txt",
		fig(78, "accounts", "Telegram", "2015-11-18", "", "", 16, 18),
		fig(78, "sites", "Telegram", "2015-11-18", "", "", 34, 36))
	story.Sources = []app.SourceLink{
		{Source: app.Source{Name: "Wire", Kind: app.SourceWire}, Role: app.RoleReportedBy},
		{Source: app.Source{Name: "Telegram", Kind: app.SourcePlatformStatement}, Role: app.RoleStatedBy},
	}
	undated := notice("undated", "some 500 channels", "file:undated.txt", fig(500, "channels", "Twitter", "", "", "", 5, 8))
	undated.Notice.PublishedAt = day("2016-03-04")
	importAll(t, db, post, story, undated)

	ctx := context.Background()
	for _, tc := range []struct {
		name string
		f    chart.Filter
		want string // value unit day, as returned
	}{
		{"all", chart.Filter{}, "1312 bots_and_channels 2017-01-27|16050 bots_and_channels 2017-01-27|78 accounts 2015-11-18|78 sites 2015-11-18|500 channels 2016-03-04"},
		{"platform any case", chart.Filter{Platform: "TWITTER"}, "500 channels 2016-03-04"},
		{"unit brings its notice's other units", chart.Filter{Unit: "sites"}, "78 accounts 2015-11-18|78 sites 2015-11-18"},
		{"dated by publication", chart.Filter{From: day("2016-03-04"), To: day("2016-03-04")}, "500 channels 2016-03-04"},
		{"from", chart.Filter{From: day("2017-01-01")}, "1312 bots_and_channels 2017-01-27|16050 bots_and_channels 2017-01-27"},
		{"nothing", chart.Filter{Platform: "VK"}, ""},
		{"chosen notices", chart.Filter{Notices: []int64{2}}, "78 accounts 2015-11-18|78 sites 2015-11-18"},
		{"no notice chosen", chart.Filter{Notices: []int64{}}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			figs, more, err := db.ChartFigures(ctx, tc.f, 0)
			if err != nil || more {
				t.Fatalf("ChartFigures: %v, more %v", err, more)
			}
			var got []string
			for _, f := range figs {
				at := f.EventDate
				if at.IsZero() {
					at = f.Published
				}
				got = append(got, fmt.Sprintf("%g %s %s", f.Value, f.Unit, at.Format("2006-01-02")))
				if f.Quote == "" || f.NoticeID == 0 || f.ClaimID == 0 {
					t.Errorf("figure without quote or ids: %+v", f)
				}
			}
			if g := strings.Join(got, "|"); g != tc.want {
				t.Errorf("got  %s\nwant %s", g, tc.want)
			}
		})
	}
	figs, more, err := db.ChartFigures(ctx, chart.Filter{}, 2)
	if err != nil || !more || len(figs) != 2 {
		t.Errorf("limit 2: %d figures, more %v, %v", len(figs), more, err)
	}
	// a notice's source: stated_by first, then reported_by; none for a notice without
	all, _, _ := db.ChartFigures(ctx, chart.Filter{}, 0)
	ids := []int64{all[0].NoticeID, all[2].NoticeID, all[4].NoticeID}
	names, err := db.ChartSources(ctx, ids)
	if err != nil || len(names) != 2 || names[ids[0]] != "ISIS Watch" || names[ids[1]] != "Telegram" {
		t.Errorf("ChartSources(%v) = %v, %v", ids, names, err)
	}
	// the figures carry what the conflict check needs: the story's two units
	c, err := chart.Load(ctx, db, chart.Options{Filter: chart.Filter{Unit: "sites"}})
	if err != nil || len(c.Series) != 1 || !c.Series[0].Points[0].Conflict || c.Series[0].Points[0].Source != "Telegram" {
		t.Errorf("78 sites beside 78 accounts: %+v, %v", c.Series, err)
	}
}

// The platform filter is served by the claim index, not a scan of every
// claim.
func TestChartFiguresPlan(t *testing.T) {
	db := openTestDB(t, filepath.Join(t.TempDir(), "desk.db"))
	plan, err := store.ChartPlan(db, chart.Filter{Platform: "Telegram", Unit: "channels"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(plan, "claim_event") || strings.Contains(plan, "SCAN c\n") {
		t.Errorf("plan does not use claim_event:\n%s", plan)
	}
}

// benchDesk makes (once, then reuses) a desk of n notices with one figure
// each, shaped like the import benchmark's generated channel: a message
// every 23 minutes (so 63 a day, 44 years for a million), five platforms,
// five units, the sources of a day mostly agreeing, one figure in fifty
// off by 13. Rows are written with plain INSERTs into a file the store
// made, so making it takes a minute, not the import's.
func benchDesk(b *testing.B, n int) *store.DB {
	b.Helper()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("takedowndesk-chart-bench-v2-%d.db", n))
	if _, err := os.Stat(path); err != nil {
		tmp := path + ".new"
		os.Remove(tmp)
		db, err := store.Open(tmp)
		if err != nil {
			b.Fatal(err)
		}
		db.Close()
		raw, err := sql.Open("sqlite", tmp)
		if err != nil {
			b.Fatal(err)
		}
		tx, _ := raw.Begin()
		src, _ := tx.Exec(`INSERT INTO source (name, kind) VALUES ('Desk Monitor', 'platform_statement')`)
		sid, _ := src.LastInsertId()
		ins, _ := tx.Prepare(`INSERT INTO notice (id, uid, title, body, imported_at, content_hash, published_at) VALUES (?, ?, '', ?, '2026-01-01T00:00:00Z', ?, ?)`)
		link, _ := tx.Prepare(`INSERT INTO notice_source (notice_id, source_id, role) VALUES (?, ?, 'stated_by')`)
		cl, _ := tx.Prepare(`INSERT INTO claim (notice_id, kind, value, unit, quote, "end", platform, event_date, origin) VALUES (?, 'figure', ?, ?, ?, 4, ?, ?, 'format')`)
		platforms := []string{"Telegram", "YouTube", "Facebook", "X", "TikTok"}
		units := []string{"channels", "accounts", "groups", "videos", "posts"}
		start := time.Date(2016, 1, 1, 8, 0, 0, 0, time.UTC)
		for i := range n {
			at := start.Add(time.Duration(i) * 23 * time.Minute)
			h := uint32(i) * 2654435761
			p, u := platforms[h>>8%5], units[h>>16%5]
			dayNo := int(at.Unix() / 86400)
			v := 500 + (dayNo*7+int(h>>8%5)*131+int(h>>16%5)*17)%900
			if i%50 == 7 {
				v += 13 // a source that disagrees
			}
			body := fmt.Sprintf("%d %s removed on %s.", v, u, at.Format("2 January 2006"))
			id := int64(i + 1)
			if _, err := ins.Exec(id, fmt.Sprintf("u%d", id), body, fmt.Sprintf("h%d", id), at.Format(time.RFC3339)); err != nil {
				b.Fatal(err)
			}
			if _, err := link.Exec(id, sid); err != nil {
				b.Fatal(err)
			}
			if _, err := cl.Exec(id, v, u, body[:len(fmt.Sprint(v))+1+len(u)], p, at.Format("2006-01-02")); err != nil {
				b.Fatal(err)
			}
		}
		if err := tx.Commit(); err != nil {
			b.Fatal(err)
		}
		raw.Close()
		if err := os.Rename(tmp, path); err != nil {
			b.Fatal(err)
		}
	}
	db, err := store.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

const benchN = 1_000_000

// BenchmarkChartFetch is the baseline: reading the million figures a
// chart of the whole desk needs.
func BenchmarkChartFetch(b *testing.B) {
	db := benchDesk(b, benchN)
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		figs, _, err := db.ChartFigures(context.Background(), chart.Filter{}, 0)
		if err != nil || len(figs) != benchN {
			b.Fatalf("%d figures, %v", len(figs), err)
		}
	}
	reportCPU(b, cpu0)
}

// BenchmarkChartBuildDraw aggregates the million figures into series of at
// most 1,000 points and draws them as SVG.
func BenchmarkChartBuildDraw(b *testing.B) {
	figs := fetchAll(b)
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		c := chart.Build(figs, chart.Options{MaxPoints: 1000})
		var buf bytes.Buffer
		if err := chart.Write(&buf, c, chart.SVG, "bench"); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu0)
}

// BenchmarkChartConflicts runs the extractor's conflict checks over the
// million figures, as a chart of the whole desk does once per load.
func BenchmarkChartConflicts(b *testing.B) {
	all := fetchAll(b)
	figs := make([]chart.Figure, len(all))
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		copy(figs, all)
		chart.MarkConflicts(figs)
	}
	reportCPU(b, cpu0)
}

func fetchAll(b *testing.B) []chart.Figure {
	db := benchDesk(b, benchN)
	figs, _, err := db.ChartFigures(context.Background(), chart.Filter{}, 0)
	if err != nil {
		b.Fatal(err)
	}
	return figs
}

// reportCPU adds the process CPU time per op (all threads, GC included):
// the machine the figures are measured on is shared, which inflates wall
// time but not CPU time.
func reportCPU(b *testing.B, cpu0 time.Duration) {
	if d := cpuTime() - cpu0; d > 0 {
		b.ReportMetric(float64(d.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}
