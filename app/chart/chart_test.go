package chart

import (
	"bytes"
	"encoding/xml"
	"flag"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var (
	update = flag.Bool("update", false, "rewrite the golden files")
	outDir = flag.String("out", "", "also write the rendered charts into this folder, to look at")
)

func d(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// desk is a small desk in which every rule of the chart shows: daily posts
// with their running monthly totals, two notices that disagree about one
// day, a story that gives one figure in two units, a rate, an undated
// figure and a second platform.
func desk() []Figure {
	var fs []Figure
	id := int64(0)
	add := func(f Figure) {
		id++
		f.ClaimID = id
		fs = append(fs, f)
	}
	total := 0.0
	for i := range 10 {
		day := d("2017-01-20").AddDate(0, 0, i)
		if day.Day() == 1 {
			total = 0
		}
		v := float64(900 + 37*i%200)
		total += v
		n := int64(100 + i)
		q := fmt.Sprintf("%d terrorist bots and channels banned on %s", int(v), day.Format("January, 2"))
		add(Figure{NoticeID: n, Value: v, Unit: "bots_and_channels", Platform: "Telegram", EventDate: day, Quote: q, Source: "ISIS Watch"})
		add(Figure{NoticeID: n, Value: total, Unit: "bots_and_channels", Rate: "per_month", Platform: "Telegram",
			EventDate: day, Period: day.Format("2006-01"), Quote: fmt.Sprintf("Total this month: %d", int(total)), Source: "ISIS Watch"})
	}
	// a wire disagrees with the channel about 25 January
	add(Figure{NoticeID: 200, Value: 1000, Unit: "bots_and_channels", Platform: "telegram", EventDate: d("2017-01-25"),
		Quote: "some 1,000 bots and channels", Source: "Wire"})
	// an undated monthly total that disagrees with another
	add(Figure{NoticeID: 201, Value: 16050, Unit: "channels", Platform: "Telegram", Period: "2016-12", Quote: "16,050 channels in December", Source: "Telegram"})
	add(Figure{NoticeID: 202, Value: 16500, Unit: "channels", Platform: "Telegram", Period: "2016-12", Quote: "16,500 channels", Source: "Daily paper"})
	// one story, one figure, two units
	add(Figure{NoticeID: 203, Value: 78, Unit: "accounts", Platform: "Telegram", EventDate: d("2015-11-18"), Quote: "78 accounts", Source: "News site"})
	add(Figure{NoticeID: 203, Value: 78, Unit: "sites", Platform: "Telegram", EventDate: d("2015-11-18"), Quote: "78 sites", Source: "News site"})
	// a rate, a second platform, an undated figure, and one dated by its notice
	add(Figure{NoticeID: 204, Value: 70, Unit: "channels", Rate: "per_day", Platform: "Telegram", Published: d("2016-06-01"), Quote: "70 channels a day", Source: "Think tank"})
	add(Figure{NoticeID: 205, Value: 125000, Unit: "accounts", Platform: "Twitter", EventDate: d("2016-02-05"), Quote: "125,000 accounts", Source: "Twitter"})
	add(Figure{NoticeID: 206, Value: 3, Unit: "channels", Platform: "Telegram", Quote: "three channels"})
	return fs
}

// dump writes a chart as text for its golden file.
func dump(c *Chart, f Filter) string {
	var b strings.Builder
	fmt.Fprintf(&b, "figures %d undated %d excluded %d bucket %q from %s to %s min %g max %g\n",
		c.Figures, c.Undated, c.Excluded, c.Bucket, c.From.Format("2006-01-02"), c.To.Format("2006-01-02"), c.Min, c.Max)
	if why := c.Why(f); why != "" {
		fmt.Fprintf(&b, "empty: %s\n", why)
	}
	for _, p := range c.Panels() {
		fmt.Fprintf(&b, "panel %q series %v range %g..%g\n", p.Title(), p.Series, p.Min, p.Max)
	}
	for _, s := range c.Series {
		fmt.Fprintf(&b, "series %q (%d points, %g..%g)\n", s.Label(), len(s.Points), s.Min, s.Max)
		for _, p := range s.Points {
			fmt.Fprintf(&b, "  %s %g [%g..%g] n=%d claim=%d notice=%d shown=%g conflict=%v %q %q", p.Date.Format("2006-01-02"),
				p.Value, p.Low, p.High, p.N, p.ClaimID, p.NoticeID, p.Shown, p.Conflict, p.Quote, p.Source)
			for _, x := range p.Conflicts {
				fmt.Fprintf(&b, "\n    ! %s", x)
			}
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if got != string(want) {
		failed := filepath.Join("testdata", "failed", name)
		_ = os.MkdirAll(filepath.Dir(failed), 0o755)
		_ = os.WriteFile(failed, []byte(got), 0o644)
		t.Errorf("%s differs from the golden file; got written to %s", name, failed)
	}
}

func TestBuildGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		opt  Options
	}{
		{"all.txt", Options{}},
		{"bucketed.txt", Options{MaxPoints: 3}},
		{"telegram-bots.txt", Options{Filter: Filter{Platform: "TELEGRAM", Unit: "bots_and_channels", From: d("2017-01-24"), To: d("2017-01-26")}}},
		{"empty-undated.txt", Options{Filter: Filter{Platform: "Telegram", Unit: "channels", To: d("2000-01-01")}}},
		{"empty-platform.txt", Options{Filter: Filter{Platform: "VK"}}},
		{"empty-notices.txt", Options{Filter: Filter{Platform: "VK", Notices: []int64{7, 8}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			figs := desk()
			MarkConflicts(figs)
			golden(t, tc.name, dump(Build(figs, tc.opt), tc.opt.Filter))
		})
	}
}

// The conflicts the chart shows are the extractor's: whatever that finds
// must reach the points, and figures that agree must not be marked.
func TestMarkConflicts(t *testing.T) {
	figs := desk()
	MarkConflicts(figs)
	want := map[string]bool{
		"1000 on 25 Jan (wire)": true, "the channel's 25 Jan": true,
		"16,050 Dec": true, "16,500 Dec": true, "78 accounts": true, "78 sites": true,
		"a running total": false, "Twitter": false, "the rate": false,
	}
	find := func(pred func(Figure) bool) Figure {
		for _, f := range figs {
			if pred(f) {
				return f
			}
		}
		t.Fatal("fixture lost a figure")
		return Figure{}
	}
	got := map[string]Figure{
		"1000 on 25 Jan (wire)": find(func(f Figure) bool { return f.NoticeID == 200 }),
		"the channel's 25 Jan":  find(func(f Figure) bool { return f.NoticeID == 105 && f.Period == "" }),
		"16,050 Dec":            find(func(f Figure) bool { return f.NoticeID == 201 }),
		"16,500 Dec":            find(func(f Figure) bool { return f.NoticeID == 202 }),
		"78 accounts":           find(func(f Figure) bool { return f.NoticeID == 203 && f.Unit == "accounts" }),
		"78 sites":              find(func(f Figure) bool { return f.NoticeID == 203 && f.Unit == "sites" }),
		"a running total":       find(func(f Figure) bool { return f.NoticeID == 105 && f.Period != "" }),
		"Twitter":               find(func(f Figure) bool { return f.Platform == "Twitter" }),
		"the rate":              find(func(f Figure) bool { return f.Rate == "per_day" }),
	}
	for name, f := range got {
		if conflicting(f) != want[name] {
			t.Errorf("%s: conflicting = %v, want %v (%q)", name, conflicting(f), want[name], f.Conflicts)
		}
	}
	// marking twice changes nothing
	again := append([]Figure(nil), figs...)
	MarkConflicts(again)
	for i := range figs {
		if fmt.Sprint(figs[i].Conflicts) != fmt.Sprint(again[i].Conflicts) {
			t.Fatalf("figure %d: %q then %q", i, figs[i].Conflicts, again[i].Conflicts)
		}
	}
}

// Bucketing never adds figures of one unit to another's, never sums, and
// picks the finest bucket that fits.
func TestBucketing(t *testing.T) {
	var figs []Figure
	start := d("2016-01-01")
	for i := range 366 {
		figs = append(figs, Figure{ClaimID: int64(i + 1), NoticeID: int64(i + 1), Value: float64(i % 10), Unit: "channels", Platform: "Telegram", EventDate: start.AddDate(0, 0, i)})
		// a second source on the same days, in another unit
		figs = append(figs, Figure{ClaimID: int64(1000 + i), NoticeID: int64(1000 + i), Value: 1000, Unit: "bots", Platform: "Telegram", EventDate: start.AddDate(0, 0, i)})
	}
	for _, tc := range []struct {
		max    int
		bucket Bucket
		points int
	}{{1000, None, 366}, {366, None, 366}, {365, Week, 53}, {53, Week, 53}, {52, Month, 12}, {12, Month, 12}, {11, Year, 1}} {
		c := Build(figs, Options{MaxPoints: tc.max})
		if c.Bucket != tc.bucket || len(c.Series) != 2 || len(c.Series[0].Points) != tc.points {
			t.Fatalf("max %d: bucket %q, %d series, %d points; want %q, 2, %d", tc.max, c.Bucket, len(c.Series), len(c.Series[0].Points), tc.bucket, tc.points)
		}
		for _, s := range c.Series {
			n := 0
			for _, p := range s.Points {
				n += p.N
				if p.Value < p.Low || p.Value > p.High {
					t.Fatalf("max %d %s: mean %g outside %g..%g", tc.max, s.Label(), p.Value, p.Low, p.High)
				}
			}
			if n != 366 {
				t.Fatalf("max %d %s: points hold %d figures, want 366", tc.max, s.Label(), n)
			}
			if s.Key.Unit == "bots" && s.Max != 1000 {
				t.Fatalf("max %d: bots reach %g, want 1000 (never summed)", tc.max, s.Max)
			}
		}
	}
}

func TestTicks(t *testing.T) {
	for _, tc := range []struct {
		lo, hi float64
		want   string
	}{
		{0, 1, "0 0.2 0.4 0.6 0.8 1 1.2"},
		{900, 1312, "0 500 1,000 1,500"},
		{0, 51889, "0 20,000 40,000 60,000"},
		{5, 5, "0 1 2 3 4 5 6"},
		{-3, 7, "-4 -2 0 2 4 6 8"},
	} {
		_, _, ticks := ValueRange(tc.lo, tc.hi, 5)
		var got []string
		for _, k := range ticks {
			got = append(got, k.Label)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("ValueRange(%g, %g) = %s, want %s", tc.lo, tc.hi, g, tc.want)
		}
	}
	for _, tc := range []struct {
		from, to string
		want     string
	}{
		{"2017-01-20", "2017-01-29", "20 Jan 2017|22 Jan 2017|24 Jan 2017|26 Jan 2017|28 Jan 2017"},
		{"2016-01-01", "2016-12-31", "Jan 2016|Mar 2016|May 2016|Jul 2016|Sep 2016|Nov 2016"},
		{"2015-06-10", "2024-02-01", "2016|2018|2020|2022|2024"},
		{"2017-01-20", "2017-01-20", "20 Jan 2017"},
	} {
		var got []string
		for _, k := range DateTicks(d(tc.from), d(tc.to), 8) {
			got = append(got, k.Label)
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("DateTicks(%s, %s) = %s, want %s", tc.from, tc.to, g, tc.want)
		}
	}
	// a hostile span stays bounded
	if n := len(DateTicks(time.Date(-9000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(9000, 1, 1, 0, 0, 0, 0, time.UTC), 8)); n > 4*8+1 {
		t.Errorf("18,000 years: %d ticks", n)
	}
}

func TestWrite(t *testing.T) {
	figs := desk()
	MarkConflicts(figs)
	c := Build(figs, Options{})
	for _, f := range []Format{SVG, PNG, PDF} {
		var buf bytes.Buffer
		if err := Write(&buf, c, f, "Takedown Desk · figures over time"); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if *outDir != "" {
			if err := os.WriteFile(filepath.Join(*outDir, "chart."+string(f)), buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		switch f {
		case SVG:
			var doc struct{ XMLName xml.Name }
			if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil || doc.XMLName.Local != "svg" {
				t.Fatalf("svg: not an SVG document: %v %v", doc.XMLName, err)
			}
			for _, want := range []string{"bots and channels · daily figures", "monthly totals", "Twitter", "conflicting figure", "1,000 conflicts", "Jan 2017", "125,000"} {
				if !strings.Contains(buf.String(), want) {
					t.Errorf("svg: no %q", want)
				}
			}
		case PNG:
			img, err := png.Decode(&buf)
			if err != nil {
				t.Fatalf("png: %v", err)
			}
			if b := img.Bounds(); b.Dx() < 1000 || b.Dy() < b.Dx() {
				t.Errorf("png: %v, want a page at least 1000 wide and taller than wide (%d panels)", b, len(c.Panels()))
			}
		case PDF:
			if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
				t.Errorf("pdf: starts %q", buf.Bytes()[:8])
			}
		}
	}
	if err := Write(&bytes.Buffer{}, Build(nil, Options{}), SVG, ""); err == nil {
		t.Error("an empty chart was written")
	}
}

func TestFormatOf(t *testing.T) {
	for name, want := range map[string]Format{"a.svg": SVG, "b.PNG": PNG, "c/d.pdf": PDF, "e.jpg": "", "f": ""} {
		got, err := FormatOf(name)
		if got != want || (want == "") != (err != nil) {
			t.Errorf("FormatOf(%q) = %q, %v", name, got, err)
		}
	}
}

func TestLatinOnly(t *testing.T) {
	for in, want := range map[string][2]string{
		"Telegram · channels": {"Telegram · channels", "Telegram - channels"},
		"تلغرام · channels":   {"… · channels", "... - channels"},
		"Café":                {"Café", "Caf?"},
	} {
		if got := latinOnly(in); got != want[0] {
			t.Errorf("latinOnly(%q) = %q, want %q", in, got, want[0])
		}
		if got := asciiOnly(in); got != want[1] {
			t.Errorf("asciiOnly(%q) = %q, want %q", in, got, want[1])
		}
	}
}

// start is the calendar's answer for the first day of the bucket holding t.
func start(b Bucket, t time.Time) time.Time {
	switch b {
	case Week:
		wd := (int(t.Weekday()) + 6) % 7 // Monday = 0
		return t.AddDate(0, 0, -wd)
	case Month:
		return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	case Year:
		return time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return t
}

// The integer bucket arithmetic agrees with the calendar, before 1970 too.
func TestBucketArithmetic(t *testing.T) {
	for t0 := d("1899-12-25"); t0.Before(d("2101-01-08")); t0 = t0.AddDate(0, 0, 1) {
		for _, b := range []Bucket{Day, Week, Month, Year} {
			want := start(b, t0)
			if got := b.startOf(b.key(daysOf(t0))); !got.Equal(want) {
				t.Fatalf("%s of %s: %s, want %s", b, t0.Format("2006-01-02"), got.Format("2006-01-02"), want.Format("2006-01-02"))
			}
		}
	}
}

// synthetic returns n figures shaped like the store benchmark's desk.
func synthetic(n int) []Figure {
	platforms := []string{"Telegram", "YouTube", "Facebook", "X", "TikTok"}
	units := []string{"channels", "accounts", "groups", "videos", "posts"}
	start := time.Date(2016, 1, 1, 8, 0, 0, 0, time.UTC)
	figs := make([]Figure, n)
	for i := range figs {
		at := start.Add(time.Duration(i) * 23 * time.Minute)
		h := uint32(i) * 2654435761
		figs[i] = Figure{ClaimID: int64(i + 1), NoticeID: int64(i + 1), Value: float64(500 + i%900),
			Unit: units[h>>16%5], Platform: platforms[h>>8%5], EventDate: day(at), Quote: "a figure"}
	}
	return figs
}

// BenchmarkBuild is the aggregation alone, on figures in memory; the
// store's benchmarks time the same beside the fetch.
func BenchmarkBuild(b *testing.B) {
	figs := synthetic(1_000_000)
	for b.Loop() {
		Build(figs, Options{MaxPoints: 1000})
	}
}
