package ui

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app/ingest"
	"github.com/takedowndesk/takedowndesk/ui/bidi"
)

// tapButton taps the button labelled text under o.
func tapButton(t *testing.T, o fyne.CanvasObject, text string) {
	t.Helper()
	for _, b := range find[*widget.Button](o) {
		if b.Text == text {
			test.Tap(b)
			return
		}
	}
	t.Fatalf("no button %q", text)
}

// The paste dialog opens with the cursor in its text area: what the
// reporter types next, without a click, is the story imported.
func TestPasteDialogFocus(t *testing.T) {
	db := openStore(t, filepath.Join(t.TempDir(), "desk.db"))
	u, w := newTestUI(t, db)
	tapButton(t, u.Content(), lang.L("Paste text…"))
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no paste dialog")
	}
	entries := find[*bidi.Entry](top)
	if len(entries) != 1 {
		t.Fatalf("paste dialog holds %d entries", len(entries))
	}
	if f := w.Canvas().Focused(); f != entries[0] {
		t.Fatalf("focus is on %T %p, want the text area %p", f, f, entries[0])
	}
	story := "Telegram said it blocked 78 channels in 12 languages."
	// as the desktop driver does: typed letters go to the focused object
	for _, r := range story {
		w.Canvas().Focused().TypedRune(r)
	}
	if entries[0].Text != story {
		t.Fatalf("typed without a click, the text area holds %q", entries[0].Text)
	}
	tapButton(t, top, lang.L("Import"))
	settle(u)
	if u.desk.Len() != 1 {
		t.Errorf("after Import the desk holds %d notices", u.desk.Len())
	}
}

// Each dialog puts the focus where the reporter types, or nowhere when
// there is nothing to type.
func TestDialogFocus(t *testing.T) {
	for _, tc := range []struct {
		name  string
		open  func(u *UI)
		focus func(top fyne.CanvasObject) fyne.Focusable
	}{
		{"names of platforms", (*UI).showAliases, func(top fyne.CanvasObject) fyne.Focusable { return find[*bidi.Entry](top)[0] }},
		{"export", func(u *UI) { u.showExport("brief") }, func(top fyne.CanvasObject) fyne.Focusable { return find[*widget.Select](top)[0] }},
		{"preferences", (*UI).showPreferences, func(top fyne.CanvasObject) fyne.Focusable { return find[*widget.Select](top)[0] }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := openStore(t, filepath.Join(t.TempDir(), "desk.db"))
			u, w := newTestUI(t, db)
			tc.open(u)
			top := w.Canvas().Overlays().Top()
			if top == nil {
				t.Fatal("no dialog")
			}
			if want, got := tc.focus(top), w.Canvas().Focused(); got != want {
				t.Errorf("focus on %T %p, want %T %p", got, got, want, want)
			}
		})
	}
}

// In the Arabic interface a dialog's title stands on the right, across
// the dialog's width; in English on the left.
func TestDialogTitleDirection(t *testing.T) {
	for _, rtl := range []bool{false, true} {
		db := openStore(t, filepath.Join(t.TempDir(), "desk.db"))
		u, w := newTestUIDir(t, db, rtl)
		u.showPaste()
		title := dialogTitle(w)
		if title == nil || title.Text != lang.L("Paste text") {
			t.Fatalf("rtl %v: dialog title %+v", rtl, title)
		}
		want := fyne.TextAlignLeading
		if rtl {
			want = fyne.TextAlignTrailing
			box := w.Canvas().Overlays().Top().(*widget.PopUp).Content
			if title.Size().Width != box.Size().Width || title.Size().Width < 600 {
				t.Errorf("rtl title %v wide in a dialog %v wide", title.Size().Width, box.Size().Width)
			}
		}
		if title.Alignment != want {
			t.Errorf("rtl %v: title alignment %v, want %v", rtl, title.Alignment, want)
		}
	}
}

// In Arabic the export's choices carry no digits (Fyne's radio buttons
// would show them out of order); their counts are said in a line under
// them, with the Arabic plural.
func TestExportScopeCountsRTL(t *testing.T) {
	useLanguage(t, "ar")
	db := openStore(t, filepath.Join(t.TempDir(), "desk.db"))
	for _, text := range []string{"حجبت تلغرام 78 قناة.", "Telegram blocked 12 bots."} {
		if r := ingest.Text(context.Background(), db, "pasted", text, ingest.Options{}); r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	u, w := newTestUIDir(t, db, true)
	u.showExport("brief")
	top := w.Canvas().Overlays().Top()
	radios := find[*widget.RadioGroup](top)
	for _, o := range radios[0].Options {
		if strings.ContainsAny(o, "0123456789()") {
			t.Errorf("choice %q holds digits or brackets", o)
		}
	}
	var counts []string
	for _, l := range find[*bidi.Label](top) {
		counts = append(counts, l.Text)
	}
	want := lang.L("The list as shown") + ": إشعاران"
	if !slices.Contains(counts, want) {
		t.Errorf("labels %q lack %q", counts, want)
	}
}
