package ingest_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app/ingest"
)

// figuresText is a text of n figures, a few per line, as a log or a dump
// pasted into a text file is.
func figuresText(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "%d accounts removed", 1000+i%9000)
		if i%4 == 3 {
			b.WriteString(".\n")
		} else {
			b.WriteString(" and ")
		}
	}
	return b.String()
}

// TestHugeFiguresTextIsCut: a text holding far more figures than any
// notice needs is imported with its claims cut at MaxClaims, a note on
// the notice and in the report, in time and memory that do not grow with
// the number of figures past the cap.
func TestHugeFiguresTextIsCut(t *testing.T) {
	if testing.Short() {
		t.Skip("imports a 6 MB text")
	}
	path := filepath.Join(t.TempDir(), "figures.txt")
	text := figuresText(300000) // about 7 MB
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	text = ""
	db := openDB(t)
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	rep := ingest.File(context.Background(), db, path, ingest.Options{})
	took := time.Since(start)
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if rep.Err != nil {
		t.Fatal(rep.Err)
	}
	ns := allNotices(t, db)
	if len(ns) != 1 {
		t.Fatalf("%d notices, want 1", len(ns))
	}
	n := ns[0]
	if len(n.Claims) != ingest.MaxClaims {
		t.Errorf("%d claims, want the cap of %d", len(n.Claims), ingest.MaxClaims)
	}
	if len(n.Notes) != 1 || !strings.Contains(n.Notes[0].Body, "Figures cut at 10,000") {
		t.Errorf("notes on the notice %+v, want one saying the figures were cut", n.Notes)
	}
	if len(rep.Notes) != 1 || !strings.Contains(rep.Notes[0], "cut at 10,000") {
		t.Errorf("report notes %q, want one saying figures were cut", rep.Notes)
	}
	t.Logf("7 MB, 300,000 figures: %v, %d MB allocated", took.Round(time.Millisecond), (after.TotalAlloc-before.TotalAlloc)>>20)
}

// BenchmarkFiguresText imports texts of growing numbers of figures: past
// the cap, time and allocation grow with the bytes only (reading and
// hashing), not with the figures.
func BenchmarkFiguresText(b *testing.B) {
	for _, n := range []int{20000, 200000} {
		b.Run(fmt.Sprintf("figures=%d", n), func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "figures.txt")
			if err := os.WriteFile(path, []byte(figuresText(n)), 0o644); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				db := openDB(b)
				b.StartTimer()
				if rep := ingest.File(context.Background(), db, path, ingest.Options{}); rep.Err != nil {
					b.Fatal(rep.Err)
				}
			}
		})
	}
}

// TestWideRowIsCut: a table row of more figure columns than a notice keeps
// is cut at MaxClaims with the note, like a text.
func TestWideRowIsCut(t *testing.T) {
	cols := ingest.MaxClaims + 500
	var head, row strings.Builder
	head.WriteString("country")
	row.WriteString("Germany")
	for i := range cols {
		fmt.Fprintf(&head, ",accounts %d", i)
		fmt.Fprintf(&row, ",%d", i)
	}
	db := openDB(t)
	rep := importOK(t, db, writeFile(t, "wide.csv", head.String()+"\n"+row.String()+"\n"), ingest.Options{})
	ns := allNotices(t, db)
	if len(ns) != 1 {
		t.Fatalf("%d notices, want 1 (report %+v)", len(ns), rep)
	}
	if len(ns[0].Claims) != ingest.MaxClaims || len(ns[0].Notes) != 1 {
		t.Errorf("%d claims and notes %v, want %d and the cut note", len(ns[0].Claims), ns[0].Notes, ingest.MaxClaims)
	}
}
