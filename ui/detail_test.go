package ui

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/ingest"
	"github.com/takedowndesk/takedowndesk/store"
	"github.com/takedowndesk/takedowndesk/ui/bidi"
)

// deskWith is a window on a desk holding the given test files.
func deskWith(t *testing.T, files ...string) (*UI, fyne.Window, *store.DB) {
	t.Helper()
	db := openStore(t, filepath.Join(t.TempDir(), "desk.db"))
	var paths []string
	for _, f := range files {
		paths = append(paths, filepath.Join("..", "testdata", f))
	}
	for _, r := range ingest.Files(context.Background(), db, paths, ingest.Options{}) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	u, w := newTestUI(t, db)
	return u, w, db
}

// stored reads the open notice again from the database.
func stored(t *testing.T, u *UI, db *store.DB) app.Notice {
	t.Helper()
	cur, _ := u.desk.Current()
	n, err := db.Notice(context.Background(), cur.ID)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// selectRunes selects the runes from to to of a focused entry with the
// keyboard, as a reporter holding Shift would.
func selectRunes(w fyne.Window, e fyne.Focusable, from, to int) {
	w.Canvas().Focus(e)
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageUp})
	for range from {
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	}
	k := e.(desktop.Keyable)
	k.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	for range to - from {
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	}
	k.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
}

// undoKey presses Ctrl+Z with no field focused.
func undoKey(u *UI, w fyne.Window) {
	w.Canvas().Unfocus()
	typeShortcut(w, &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault})
	settle(u)
}

// TestClaimFromSelectionCorrectDeleteUndo: the reporter marks words in the
// text, adds them as a claim, types the unit the figure really counts,
// deletes the claim, and undoes the deletion: it comes back corrected.
func TestClaimFromSelectionCorrectDeleteUndo(t *testing.T) {
	u, w, db := deskWith(t, "en-statement.md")
	d := u.detail
	before := len(stored(t, u, db).Claims)
	test.Tap(d.markBtn)
	if !d.marking || !d.markBar.Visible() {
		t.Fatal("Mark words did not show the selectable text")
	}
	body := stored(t, u, db).Body
	at := strings.Index(body, "this week")
	from := len([]rune(body[:at]))
	selectRunes(w, d.select_, from, from+len("this week"))
	if got := d.select_.SelectedText(); got != "this week" {
		t.Fatalf("selected %q", got)
	}
	test.Tap(d.addMarked)
	settle(u)
	n := stored(t, u, db)
	if len(n.Claims) != before+1 {
		t.Fatalf("%d claims after Add claim, want %d", len(n.Claims), before+1)
	}
	var added app.Claim
	for _, c := range n.Claims {
		if c.Origin == app.OriginManual {
			added = c
		}
	}
	if added.Quote != "this week" || added.Start != from || !strings.HasSuffix(added.Prefix, "across 12 languages ") {
		t.Fatalf("claim from the selection: %+v", added)
	}
	row := d.claimRows[added.ID]
	if row == nil {
		t.Fatal("no row for the new claim")
	}

	// the 78 figure: correct its unit by typing
	var fig app.Claim
	for _, c := range n.Claims {
		if c.Value == 78 {
			fig = c
		}
	}
	fr := d.claimRows[fig.ID]
	w.Canvas().Focus(fr.unit)
	fr.unit.TypedShortcut(&fyne.ShortcutSelectAll{})
	test.Type(fr.unit, "accounts")
	pressEnter(fr.unit)
	settle(u)
	if c := claimByID(stored(t, u, db), fig.ID); c.Unit != "accounts" {
		t.Fatalf("unit after typing: %q", c.Unit)
	}
	if !strings.Contains(fr.head.Text, "accounts") || d.claimRows[fig.ID] != fr {
		t.Errorf("row after the correction: %q (rebuilt: %v)", fr.head.Text, d.claimRows[fig.ID] != fr)
	}
	// and its value, typed with a thousands separator
	w.Canvas().Focus(fr.value)
	fr.value.TypedShortcut(&fyne.ShortcutSelectAll{})
	test.Type(fr.value, "1,078")
	pressEnter(fr.value)
	settle(u)
	if c := claimByID(stored(t, u, db), fig.ID); c.Value != 1078 {
		t.Fatalf("value after typing: %v", c.Value)
	}

	// and the month it counts
	test.Type(fr.period, "2015-11")
	pressEnter(fr.period)
	settle(u)
	if c := claimByID(stored(t, u, db), fig.ID); c.Period != "2015-11" {
		t.Fatalf("period after typing: %q", c.Period)
	}

	// delete it, then undo
	test.Tap(d.claimRows[fig.ID].del)
	settle(u)
	if claimByID(stored(t, u, db), fig.ID).ID != 0 || d.claimRows[fig.ID] != nil {
		t.Fatal("claim not deleted")
	}
	undoKey(u, w)
	c := claimByID(stored(t, u, db), fig.ID)
	if c.Unit != "accounts" || c.Value != 1078 || c.Period != "2015-11" || d.claimRows[fig.ID] == nil {
		t.Fatalf("after undo: %+v", c)
	}
	// the history reads as the reporter would say it, with no ids
	var lines []string
	for _, o := range d.history.Objects {
		lines = append(lines, historyLine(o))
	}
	all := strings.Join(lines, "\n")
	for _, want := range []string{"claim deleted: 1,078 accounts", "unit: channels → accounts", "value: 78 → 1,078", "claim added"} {
		if !strings.Contains(all, want) {
			t.Errorf("history lacks %q:\n%s", want, all)
		}
	}
}

func claimByID(n app.Notice, id int64) app.Claim {
	for _, c := range n.Claims {
		if c.ID == id {
			return c
		}
	}
	return app.Claim{}
}

// historyLine is the text of one line of the history section.
func historyLine(o fyne.CanvasObject) string {
	for _, x := range append([]fyne.CanvasObject{o}, test.LaidOutObjects(o)...) {
		if s := textOf(x); s != "" {
			return s
		}
	}
	return ""
}

// textOf is the text of a label or paragraph, "" for anything else.
func textOf(o fyne.CanvasObject) string {
	switch x := o.(type) {
	case *bidi.Label:
		return x.Text
	case *bidi.Paragraph:
		return x.Text
	case *widget.Label:
		return x.Text
	}
	return ""
}

type bidiEntryT = bidi.Entry

// checkKeys fails for each key either translation lacks.
func checkKeys(t *testing.T, keys []string) {
	t.Helper()
	for _, l := range []string{"en", "ar"} {
		b, err := os.ReadFile(filepath.Join("..", "assets", "translation", l+".json"))
		if err != nil {
			t.Fatal(err)
		}
		var tr map[string]any
		if err := json.Unmarshal(b, &tr); err != nil {
			t.Fatalf("%s.json: %v", l, err)
		}
		for _, k := range keys {
			if v, _ := tr[k].(string); v == "" {
				t.Errorf("%s.json lacks %q", l, k)
			}
		}
	}
}

// TestClaimFromTypedArabicQuote: words typed without tashkeel and with
// another hamza still find their place in the Arabic text.
func TestClaimFromTypedArabicQuote(t *testing.T) {
	u, _, db := deskWith(t, "ar-story.txt")
	d := u.detail
	before := len(stored(t, u, db).Claims)
	test.Type(d.quoteEntry, "اغلقت خلال اسبوع")
	pressEnter(d.quoteEntry)
	settle(u)
	n := stored(t, u, db)
	if len(n.Claims) != before+1 {
		t.Fatalf("%d claims, want %d", len(n.Claims), before+1)
	}
	var c app.Claim
	for _, x := range n.Claims {
		if x.Origin == app.OriginManual {
			c = x
		}
	}
	if c.Quote != "أغلقت خلال أسبوع" || spanText(n.Body, c.Start, c.End) != c.Quote || c.Prefix == "" || c.Suffix == "" {
		t.Errorf("typed quote anchored as %+v", c)
	}
	// words that are not in the text add nothing and say so
	test.Type(d.quoteEntry, "كلمات غير موجودة")
	pressEnter(d.quoteEntry)
	settle(u)
	if len(stored(t, u, db).Claims) != before+1 {
		t.Error("words not in the text added a claim")
	}
}

// findButton finds a button by its text among what o lays out.
func findButton(o fyne.CanvasObject, text string) *widget.Button {
	for _, x := range test.LaidOutObjects(o) {
		if b, ok := x.(*widget.Button); ok && b.Text == text {
			return b
		}
	}
	return nil
}

// TestSourcesPanel: add a new source with a role, tag it, and see the
// sources view count it; undo takes the source away.
func TestSourcesPanel(t *testing.T) {
	u, w, db := deskWith(t, "en-statement.md")
	d := u.detail
	test.Tap(d.addSource)
	settle(u)
	p := d.picker
	if p == nil {
		t.Fatal("no source picker")
	}
	test.Type(p.form.name, "Daily Beast")
	p.form.kind.SetSelectedIndex(1) // news outlet
	p.role.SetSelectedIndex(1)      // reported by
	ok := findButton(w.Canvas().Overlays().Top(), "Add")
	if ok == nil {
		t.Fatal("no Add button in the source picker")
	}
	test.Tap(ok)
	settle(u)
	n := stored(t, u, db)
	imported := len(n.Sources) - 1 // the import names Telegram
	beast := n.Sources[0]
	if beast.Source.Name != "Daily Beast" || beast.Role != app.RoleReportedBy || beast.Source.Kind != app.SourceNewsOutlet {
		t.Fatalf("sources after Add: %+v", n.Sources)
	}
	// tag the source in its row
	var te *bidiEntryT
	for _, x := range test.LaidOutObjects(d.sources.Objects[0]) {
		if e, ok := x.(*bidiEntryT); ok && e.PlaceHolder == "Tag this source" {
			te = e
		}
	}
	if te == nil {
		t.Fatal("no tag field on the source")
	}
	test.Type(te, "outlet")
	pressEnter(te)
	settle(u)
	if n := stored(t, u, db); len(n.Sources[0].Source.Tags) != 1 || n.Sources[0].Source.Tags[0].Name != "outlet" {
		t.Fatalf("source tags: %+v", n.Sources[0].Source.Tags)
	}
	// the sources view
	u.showSourcesView()
	settle(u)
	v := d.sourcesView
	if v == nil || len(v.rows.Objects) != imported+1 || !strings.Contains(v.count.Text, fmt.Sprint(imported+1)) {
		t.Fatalf("sources view: %+v", v)
	}
	v.win.Close()
	// the picker finds the existing source by part of its name
	test.Tap(d.addSource)
	settle(u)
	test.Type(d.picker.find, "beast")
	settle(u)
	if len(d.picker.found.Objects) != 1 {
		t.Fatalf("picker found %d sources for «beast»", len(d.picker.found.Objects))
	}
	w.Canvas().Overlays().Top().Hide()
	// undo the tag and the link: the source made by the link goes too
	undoKey(u, w)
	undoKey(u, w)
	if n := stored(t, u, db); len(n.Sources) != imported {
		t.Errorf("after two undos: %+v", n.Sources)
	}
	if st, total, _ := db.SourceStats(context.Background(), app.SourceQuery{}); total != imported {
		t.Errorf("the source the undone link made is still there: %+v", st)
	}
}

// TestLinksDefangedAndConfirmed: a link in the text is shown defanged and
// opens only after the confirmation, which shows the full address.
func TestLinksDefangedAndConfirmed(t *testing.T) {
	db := openStore(t, filepath.Join(t.TempDir(), "desk.db"))
	r := ingest.Text(context.Background(), db, "pasted", "Telegram blocked 78 channels, see https://telegram.org/blog/isis for the list.", ingest.Options{})
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	var opened []string
	openURL = func(u *url.URL) error { opened = append(opened, u.String()); return nil }
	t.Cleanup(func() { openURL = func(u *url.URL) error { return fyne.CurrentApp().OpenURL(u) } })
	u, w := newTestUI(t, db)
	d := u.detail
	if !strings.Contains(d.body.Text, "hxxps://telegram[.]org/blog/isis") || strings.Contains(d.body.Text, "https://") {
		t.Fatalf("text shown: %q", d.body.Text)
	}
	// the highlight of 78 channels still covers those words in the shown text
	for _, h := range d.body.Highlights {
		if h.ID > 0 {
			if got := spanText(d.body.Text, h.Start, h.End); !strings.Contains(got, "78") {
				t.Errorf("claim highlight over %q", got)
			}
		}
	}
	var link *widget.Button
	for _, o := range d.links.Objects {
		if b, ok := o.(*widget.Button); ok {
			link = b
		}
	}
	if link == nil || !strings.Contains(link.Text, "hxxps://telegram[.]org") {
		t.Fatalf("link button: %+v", link)
	}
	test.Tap(link)
	if len(opened) != 0 {
		t.Fatal("the link opened before any confirmation")
	}
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no confirmation")
	}
	full := false
	for _, x := range test.LaidOutObjects(top) {
		if textOf(x) == "https://telegram.org/blog/isis" {
			full = true
		}
	}
	if !full {
		t.Error("the confirmation does not show the full address")
	}
	test.Tap(findButton(top, "Open in browser"))
	if len(opened) != 1 || opened[0] != "https://telegram.org/blog/isis" {
		t.Errorf("opened %v", opened)
	}
}

// TestNoteOnSpan: a note on marked words shows in the margin and the
// history.
func TestNoteOnSpan(t *testing.T) {
	u, w, db := deskWith(t, "en-statement.md")
	d := u.detail
	test.Tap(d.markBtn)
	selectRunes(w, d.select_, 0, 8) // "Telegram"
	test.Type(d.noteEntry, "ask their press office")
	test.Tap(d.noteMarked)
	settle(u)
	n := stored(t, u, db)
	if len(n.Notes) != 1 || n.Notes[0].Start != 0 || n.Notes[0].End != 8 {
		t.Fatalf("notes: %+v", n.Notes)
	}
	if len(d.margin.Objects) != 1 {
		t.Errorf("margin shows %d notes, want 1", len(d.margin.Objects))
	}
	if got := historyLine(d.history.Objects[0]); !strings.Contains(got, "note added: ask their press office") {
		t.Errorf("history: %q", got)
	}
}

// TestTagManager: create a coloured tag, rename it, merge another into it,
// and undo the merge, through the tag manager's window.
func TestTagManager(t *testing.T) {
	u, w, db := deskWith(t, "en-statement.md")
	test.Type(u.detail.tagEntry, "isis")
	pressEnter(u.detail.tagEntry)
	settle(u)
	u.showTagManager()
	settle(u)
	m := u.detail.tagManager
	test.Type(m.name, "Islamic State")
	m.colour = tagPalette[0]
	pressEnter(m.name)
	settle(u)
	uses, _ := db.TagUses(context.Background())
	if len(uses) != 2 || len(m.rows.Objects) != 2 {
		t.Fatalf("tags: %+v, rows %d", uses, len(m.rows.Objects))
	}
	// merge isis into Islamic State with the row's button
	var isisRow fyne.CanvasObject
	for i, tu := range m.uses {
		if tu.Tag.Name == "isis" {
			isisRow = m.rows.Objects[i]
		}
	}
	test.Tap(findButton(isisRow, "Merge into…"))
	top := m.win.Canvas().Overlays().Top()
	for _, x := range test.LaidOutObjects(top) {
		if s, ok := x.(*widget.Select); ok {
			s.SetSelectedIndex(0)
		}
	}
	test.Tap(findButton(top, "Merge"))
	settle(u)
	n := stored(t, u, db)
	if len(n.Tags) != 1 || n.Tags[0].Name != "Islamic State" || n.Tags[0].Colour != tagPalette[0] {
		t.Fatalf("notice tags after merge: %+v", n.Tags)
	}
	if cur, _ := u.desk.Current(); len(cur.Tags) != 1 || cur.Tags[0].Colour != tagPalette[0] {
		t.Errorf("open notice after merge: %+v", cur.Tags)
	}
	undoKey(u, w)
	if n := stored(t, u, db); len(n.Tags) != 1 || n.Tags[0].Name != "isis" {
		t.Errorf("after undo: %+v", n.Tags)
	}
}

// The strings built at run time for the detail pane have translations.
func TestDetailRuntimeKeys(t *testing.T) {
	keys := []string{}
	for _, f := range []app.Field{app.FieldValue, app.FieldUnit, app.FieldQualifier, app.FieldRate, app.FieldDate, app.FieldPeriod, app.FieldName,
		app.FieldKind, app.FieldURL, app.FieldCredibility, app.FieldColour} {
		keys = append(keys, "field."+string(f))
	}
	for _, k := range app.SourceKinds {
		keys = append(keys, "source."+string(k))
	}
	for _, r := range app.Roles {
		keys = append(keys, "role."+string(r))
	}
	for _, q := range app.Qualifiers[1:] {
		keys = append(keys, "qualifier."+string(q))
	}
	for _, r := range app.Rates[1:] {
		keys = append(keys, "rate."+string(r))
	}
	checkKeys(t, keys)
}
