package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/ui/bidi"
)

// find returns every object of type T under o, walking containers and
// widget renderers.
func find[T fyne.CanvasObject](o fyne.CanvasObject) []T {
	var out []T
	if t, ok := o.(T); ok {
		out = append(out, t)
	}
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			out = append(out, find[T](c)...)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			out = append(out, find[T](c)...)
		}
	}
	return out
}

// A story typed in Arabic into the paste dialog is imported as typed, and
// the dialog has no preview strip any more.
func TestPasteDialogTakesTypedArabic(t *testing.T) {
	db := openStore(t, filepath.Join(t.TempDir(), "desk.db"))
	u, w := newTestUI(t, db)
	u.showPaste()
	top := w.Canvas().Overlays().Top()
	entries := find[*bidi.Entry](top)
	if len(entries) != 1 {
		t.Fatalf("paste dialog holds %d bidi entries, want 1", len(entries))
	}
	if n := len(find[*bidi.Label](top)); n != 0 {
		t.Errorf("paste dialog still shows %d preview labels", n)
	}
	e := entries[0]
	story := "حجبت منصة Telegram أمس 120 قناة في 9 لغات."
	test.Type(e, story)
	if e.Text != story {
		t.Fatalf("entry holds %q", e.Text)
	}
	var imp *widget.Button
	for _, b := range find[*widget.Button](top) {
		if b.Text == lang.L("Import") {
			imp = b
		}
	}
	if imp == nil {
		t.Fatal("no Import button")
	}
	test.Tap(imp)
	settle(u)
	cur, _ := u.desk.Current()
	if u.desk.Len() != 1 || !strings.Contains(cur.Body+cur.Title, "120 قناة") {
		t.Fatalf("after import: %d notices, open %+v", u.desk.Len(), cur)
	}
}

// The alias dialog's fields are bidi entries whose text reaches the store.
func TestAliasDialogEntries(t *testing.T) {
	db := openStore(t, filepath.Join(t.TempDir(), "desk.db"))
	u, w := newTestUI(t, db)
	u.showAliases()
	top := w.Canvas().Overlays().Top()
	entries := find[*bidi.Entry](top)
	if len(entries) != 2 {
		t.Fatalf("alias dialog holds %d bidi entries, want 2", len(entries))
	}
	test.Type(entries[0], "تيليجرام")
	test.Type(entries[1], "Telegram")
	for _, b := range find[*widget.Button](top) {
		if b.Text == lang.L("Add") {
			test.Tap(b)
		}
	}
	as := u.aliases()
	if len(as) != 1 || as[0].Name != "تيليجرام" || as[0].Canonical != "Telegram" {
		t.Errorf("aliases %+v", as)
	}
	if entries[0].Text != "" {
		t.Errorf("name field not cleared: %q", entries[0].Text)
	}
}
