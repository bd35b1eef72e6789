package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app/ingest"
)

// dropAndWait drops files on the window and waits for their import.
func dropAndWait(t *testing.T, u *UI, paths ...string) []ingest.Report {
	t.Helper()
	done := make(chan []ingest.Report, 1)
	u.afterImport = func(r []ingest.Report) { done <- r }
	var uris []fyne.URI
	for _, p := range paths {
		uris = append(uris, storage.NewFileURI(p))
	}
	u.onDropped(fyne.NewPos(10, 10), uris)
	r := await(t, u, done, 30*time.Second, "import of dropped files")
	settle(u)
	return r
}

// TestDroppedHostileNamesShownEscaped drops files named with a
// right-to-left override, a newline and a terminal escape: the import
// report shows each name with visible escapes, one line per file.
func TestDroppedHostileNamesShownEscaped(t *testing.T) {
	db := openStore(t, filepath.Join(t.TempDir(), "desk.db"))
	u, w := newTestUI(t, db)
	dir := t.TempDir()
	good := filepath.Join(dir, "statement\u202egnp.txt")
	os.WriteFile(good, []byte("Telegram said it blocked 78 channels in 12 languages."), 0o600)
	bad := filepath.Join(dir, "bad\x1b[31m\nforged\u2067line.bin")
	os.WriteFile(bad, []byte{0, 1, 2, 0xff, 0xfe, 0, 0, 9}, 0o600)
	reports := dropAndWait(t, u, good, bad)
	if len(reports) != 2 {
		t.Fatalf("%d reports", len(reports))
	}
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no import report shown")
	}
	text := texts(top)
	for _, raw := range []string{"\u202e", "\u2067", "\x1b"} {
		if strings.Contains(text, raw) {
			t.Errorf("report holds %q raw: %q", raw, text)
		}
	}
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, "✓ ") || strings.HasPrefix(l, "✗ ") { // the paragraph's text, not its glyph runs
			lines = append(lines, l)
		}
	}
	if len(lines) != 2 || !strings.Contains(lines[0], `bad\x1b[31m\nforged\u2067line.bin`) || !strings.Contains(lines[1], `statement\u202egnp.txt (text)`) {
		t.Errorf("report lines %q, want one per file with the names escaped", lines)
	}
	if got := baseName("/tmp/" + strings.Repeat("ملف", 60) + ".csv"); len([]rune(got)) > 64 || !strings.HasSuffix(got, ".csv") || !strings.Contains(got, "…") {
		t.Errorf("a long name in a progress line: %q", got)
	}
}

// TestHostilePageShownAsText drops a saved page that loads remote
// scripts, images, frames and styles on the window and opens it: the
// window shows the article's words and nothing of its scripts, and holds no
// image, rich text or hyperlink that could fetch or open its addresses.
func TestHostilePageShownAsText(t *testing.T) {
	db := openStore(t, filepath.Join(t.TempDir(), "desk.db"))
	u, w := newTestUI(t, db)
	page := filepath.Join("..", "app", "ingest", "testdata", "html", "hostile.html")
	if r := dropAndWait(t, u, page); r[0].Err != nil || r[0].New != 1 {
		t.Fatalf("import: %+v", r[0])
	}
	w.Canvas().Overlays().Top().Hide()
	u.list.list.Select(0) // as a click on the row does
	settle(u)
	if !strings.Contains(u.detail.body.Text, "removed 41 channels") {
		t.Fatalf("detail shows %q", u.detail.body.Text)
	}
	shown := texts(w.Content())
	for _, bad := range []string{"MARKER", "javascript:", ".invalid", "alert(", "document.", "url("} {
		if strings.Contains(shown, bad) {
			t.Errorf("window shows %q", bad)
		}
	}
	for _, o := range objects(w.Content()) {
		switch x := o.(type) {
		case *canvas.Image:
			if x.File != "" && !strings.HasPrefix(x.File, "/") {
				t.Errorf("image from %q", x.File)
			}
		case *widget.Hyperlink:
			if x.URL != nil {
				t.Errorf("hyperlink to %s", x.URL)
			}
		case *widget.RichText:
			for _, s := range x.Segments {
				if _, ok := s.(*widget.ImageSegment); ok {
					t.Errorf("rich text with an image segment")
				}
			}
		}
	}
}
