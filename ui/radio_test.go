package ui

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// In Arabic the export dialog's choices have their circle on the right of
// their words; a tap on a choice's words picks it in the radio group that
// keeps the choice, and the CSV choices are dimmed with the group when
// the format is no CSV. In English the dialog shows Fyne's own groups.
func TestRadioGroupMirrored(t *testing.T) {
	for _, rtl := range []bool{false, true} {
		db := openStore(t, filepath.Join(t.TempDir(), "desk.db"))
		u, w := newTestUIDir(t, db, rtl)
		w.Resize(fyne.NewSize(1000, 800))
		u.showExport("brief")
		top := w.Canvas().Overlays().Top()
		radios := find[*widget.RadioGroup](top)
		views := find[*rtlRadio](top)
		if !rtl {
			if len(views) != 0 || len(radios) != 2 || !radios[0].Visible() {
				t.Fatalf("ltr: %d mirrored views, %d radio groups", len(views), len(radios))
			}
			continue
		}
		if len(views) != 2 || len(radios) != 2 || radios[0].Visible() {
			t.Fatalf("rtl: %d mirrored views, %d radio groups (first visible %v)", len(views), len(radios), len(radios) > 0 && radios[0].Visible())
		}
		scope, flavour := views[0], views[1]
		if len(scope.items) != len(radios[0].Options) || len(scope.items) < 2 {
			t.Fatalf("%d choices shown for %d options", len(scope.items), len(radios[0].Options))
		}
		for _, it := range scope.items {
			icon, text := it.icon.Position().X, it.label.Position().X+it.label.Size().Width
			if icon < text {
				t.Errorf("%q: circle at %v, left of its words ending at %v", it.label.label.Text, icon, text)
			}
		}
		second := radios[0].Options[1]
		test.Tap(scope.items[1])
		if radios[0].Selected != second {
			t.Errorf("after a tap on %q the group holds %q", second, radios[0].Selected)
		}
		test.Tap(scope.items[1]) // a second tap keeps a required choice
		if radios[0].Selected != second && radios[0].Required {
			t.Errorf("a second tap took the required choice back: %q", radios[0].Selected)
		}
		// the workbook is no CSV: its CSV choices are dimmed and stay as they are
		if !radios[1].Disabled() {
			t.Fatal("the workbook's CSV choices are enabled")
		}
		was := radios[1].Selected
		test.Tap(flavour.items[1])
		if radios[1].Selected != was {
			t.Errorf("a tap on a disabled choice changed it to %q", radios[1].Selected)
		}
		if got := flavour.items[0].label.label.Importance; got != widget.LowImportance {
			t.Errorf("a disabled choice's words have importance %v", got)
		}
	}
}

// A row of choices (the alias dialog's kind) starts at the right in Arabic.
func TestRadioGroupRowStartsRight(t *testing.T) {
	test.NewTempApp(t)
	viewRTL = true
	defer func() { viewRTL = false }()
	g := widget.NewRadioGroup([]string{"منصة", "جهة"}, nil)
	g.Horizontal = true
	m := radioGroup(g).(*rtlRadio)
	w := test.NewTempWindow(t, m)
	w.Resize(fyne.NewSize(400, 100))
	first, second := m.items[0], m.items[1]
	if first.Position().X <= second.Position().X {
		t.Errorf("first choice at %v, second at %v: want the first on the right", first.Position().X, second.Position().X)
	}
	test.Tap(second)
	if g.Selected != "جهة" {
		t.Errorf("group holds %q", g.Selected)
	}
	if first.icon.Resource == second.icon.Resource {
		t.Error("the picked and the unpicked choice draw the same circle")
	}
}

// Tab reaches the mirrored choices one by one and Space picks the one
// that has the keyboard, as with Fyne's radio buttons.
func TestRadioGroupKeyboard(t *testing.T) {
	test.NewTempApp(t)
	viewRTL = true
	defer func() { viewRTL = false }()
	g := widget.NewRadioGroup([]string{"كل الإشعارات", "القائمة كما تظهر"}, nil)
	m := radioGroup(g).(*rtlRadio)
	w := test.NewTempWindow(t, m)
	w.Resize(fyne.NewSize(400, 200))
	c := w.Canvas()
	c.FocusNext()
	c.FocusNext()
	if c.Focused() != m.items[1] {
		t.Fatalf("after two tabs the focus is on %T, want the second choice", c.Focused())
	}
	if !m.items[1].focus.Visible() {
		t.Error("the focused choice shows no focus")
	}
	test.Type(m.items[1], " ")
	if g.Selected != "القائمة كما تظهر" {
		t.Errorf("Space picked %q", g.Selected)
	}
}
