package ingest

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/extract"
	"github.com/takedowndesk/takedowndesk/store"
)

// TestExtractorPanicIsFileError: a bug in the claim extractor on one
// notice of a file fails that file with one line naming the file and the
// notice; what the desk held before is all there, the failed file left
// nothing, and the next import works.
func TestExtractorPanicIsFileError(t *testing.T) {
	db, err := store.Open(filepath.Join(t.TempDir(), "desk.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ctx := context.Background()
	if rep := File(ctx, db, "testdata/csv/transparency-en.csv", Options{}); rep.Err != nil || rep.New == 0 {
		t.Fatalf("first import: %+v", rep)
	}
	before, err := db.NoticesFull(ctx, app.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	old := extractText
	extractText = func(s string, o extract.Options) extract.Result {
		if strings.Contains(s, "Control") {
			panic("index out of range [7] with length 3")
		}
		return old(s, o)
	}
	rep := File(ctx, db, "testdata/telegram/isiswatch.json", Options{})
	extractText = old
	if rep.Err == nil {
		t.Fatal("the panic was swallowed: the file imported")
	}
	msg := rep.Err.Error()
	if strings.Contains(msg, "\n") || !strings.HasPrefix(msg, "testdata/telegram/isiswatch.json: ") ||
		!strings.Contains(msg, "internal error while reading the claims of") || !strings.Contains(msg, "index out of range") {
		t.Errorf("error %q: want one line naming the file, the notice and the fault", msg)
	}
	after, err := db.NoticesFull(ctx, app.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != len(before) {
		t.Fatalf("%d notices after the failed import, %d before", len(after), len(before))
	}
	claims := func(ns []app.Notice) (n int) {
		for _, x := range ns {
			n += len(x.Claims)
		}
		return n
	}
	if claims(after) != claims(before) {
		t.Errorf("%d claims after, %d before", claims(after), claims(before))
	}
	if rep := File(ctx, db, "testdata/telegram/isiswatch.json", Options{}); rep.Err != nil || rep.New == 0 {
		t.Errorf("the same file once the fault is gone: %+v", rep)
	}
}
