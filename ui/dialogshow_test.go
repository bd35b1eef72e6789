package ui

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

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
