package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/extract"
	"github.com/takedowndesk/takedowndesk/app/search"
	"github.com/takedowndesk/takedowndesk/assets"
	"github.com/takedowndesk/takedowndesk/store"
	"github.com/takedowndesk/takedowndesk/ui/bidi"
)

// listDesk is a desk of n notices with fixed dates: Telegram (even) or
// Twitter (odd), Arabic every third, each with one figure.
func listDesk(t *testing.T, n int) *store.DB {
	t.Helper()
	db := openStore(t, filepath.Join(t.TempDir(), "desk.db"))
	day := time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC)
	err := db.Import(context.Background(), func(put func(app.Imported) (app.Outcome, error)) error {
		for i := range n {
			plat := []string{"Telegram", "Twitter"}[i%2]
			title := fmt.Sprintf("%s blocks %d channels", plat, 10+i)
			text := fmt.Sprintf("%s said it blocked %d channels linked to ISIS.", plat, 10+i)
			if i%3 == 0 {
				title = fmt.Sprintf("تلغرام تحظر %d قناة", 10+i)
				text = fmt.Sprintf("قالت تلغرام إنها حظرت %d قناة مرتبطة بتنظيم داعش.", 10+i)
			}
			lng, dir := app.DetectLanguage(text)
			res := extract.Text(text, extract.Options{Published: day})
			im := app.Imported{Notice: app.Notice{Title: title, Body: text, Lang: lng, Direction: dir, Kind: app.KindArticle,
				Platform: plat, PublishedAt: day.AddDate(0, 0, i), ImportedAt: day}, Claims: res.Claims}
			im.Complete()
			row := search.Row(im.Notice.Title, im.Notice.Body, im.SourceNames())
			im.Search = &row
			if _, err := put(im); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func englishUI(t *testing.T) {
	t.Setenv("LANGUAGE", "en")
	if err := lang.AddTranslationsFS(assets.Translations, "translation"); err != nil {
		t.Fatal(err)
	}
}

// arabicUI picks the Arabic translation for the test, and English again
// after it; it skips the test where the translation is not picked up.
func arabicUI(t *testing.T) {
	t.Helper()
	t.Setenv("LANGUAGE", "ar")
	if err := lang.AddTranslationsFS(assets.Translations, "translation"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		os.Setenv("LANGUAGE", "en")
		_ = lang.AddTranslationsFS(assets.Translations, "translation")
	})
	if !SystemRTL() {
		t.Skip("the Arabic translation is not picked up in this environment")
	}
}

// rowAt is the row widget drawn for list row i.
func rowAt(t *testing.T, u *UI, i int) *noticeRow {
	t.Helper()
	for _, o := range test.LaidOutObjects(u.list.list) {
		if r, ok := o.(*noticeRow); ok && r.Visible() && r.index == i && r.title.Text != "…" {
			return r
		}
	}
	t.Fatalf("row %d is not drawn", i)
	return nil
}

// click is a mouse click on a row with modifier keys held.
func click(u *UI, r *noticeRow, mods fyne.KeyModifier) {
	r.MouseDown(&desktop.MouseEvent{Button: desktop.MouseButtonPrimary, Modifier: mods})
	r.MouseUp(&desktop.MouseEvent{Button: desktop.MouseButtonPrimary, Modifier: mods})
	test.Tap(r)
	settle(u)
}

// facet finds the sidebar item showing text.
func facet(t *testing.T, g *facetGroup, text string) *facetItem {
	t.Helper()
	for _, o := range g.items.Objects {
		if it := o.(*facetItem); it.Text() == text {
			return it
		}
	}
	t.Fatalf("no facet value %q", text)
	return nil
}

// typeKeys types runes to whatever has the focus, or the window.
func typeKeys(u *UI, w fyne.Window, s string) {
	for _, r := range s {
		if f := w.Canvas().Focused(); f != nil {
			f.TypedRune(r)
		} else {
			w.Canvas().OnTypedRune()(r)
		}
		settle(u)
	}
}

func pressKey(u *UI, w fyne.Window, k fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: k}
	if f := w.Canvas().Focused(); f != nil {
		f.TypedKey(ev)
	} else {
		w.Canvas().OnTypedKey()(ev)
	}
	settle(u)
}

func TestSidebarFiltersAndChips(t *testing.T) {
	englishUI(t)
	u, w := newTestUI(t, listDesk(t, 12))
	if got := u.list.list.Length(); got != 12 {
		t.Fatalf("%d rows, want 12", got)
	}
	tw := facet(t, u.sidebar.platforms, "Twitter")
	if tw.count.Text != "6" {
		t.Errorf("Twitter counts %q, want 6", tw.count.Text)
	}
	test.Tap(tw)
	settle(u)
	if got := u.list.list.Length(); got != 6 {
		t.Fatalf("Twitter only: %d rows, want 6", got)
	}
	// the value tapped has the focus; the triage keys still work from it
	if w.Canvas().Focused() != tw {
		t.Error("a tapped value has no focus")
	}
	typeKeys(u, w, "j")
	if cur, _ := u.desk.Current(); cur.ID != rowID(u, 1) {
		t.Error("j from the sidebar did not move to the next notice")
	}
	// the platform facet ignores its own filter: Telegram still says 6
	if tg := facet(t, u.sidebar.platforms, "Telegram"); tg.count.Text != "6" || tg.on {
		t.Errorf("Telegram beside the Twitter filter: %q on=%v", tg.count.Text, tg.on)
	}
	// a second facet combines with the first; its counts follow the first
	ar := facet(t, u.sidebar.langs, "Arabic")
	if ar.count.Text != "2" { // notices 3 and 9 are Arabic and Twitter
		t.Errorf("Arabic among Twitter counts %q, want 2", ar.count.Text)
	}
	test.Tap(ar)
	settle(u)
	if got := u.list.list.Length(); got != 2 {
		t.Fatalf("Twitter and Arabic: %d rows, want 2", got)
	}
	var chips []string
	for _, c := range u.chips.chips {
		chips = append(chips, c.Text())
	}
	if !slices.Equal(chips, []string{"Twitter", "Arabic"}) {
		t.Errorf("chips %v", chips)
	}
	// the chip's × takes its filter away
	test.Tap(u.chips.chips[0].remove)
	settle(u)
	if q := u.desk.Query(); len(q.Platforms) != 0 || len(q.Langs) != 1 || u.list.list.Length() != 4 {
		t.Errorf("after removing the Twitter chip: %+v, %d rows", q, u.list.list.Length())
	}
	// status and starred filters, then a date range typed in the sidebar
	test.Tap(facet(t, u.sidebar.statuses, "New"))
	settle(u)
	if u.list.list.Length() != 4 {
		t.Errorf("status New: %d rows", u.list.list.Length())
	}
	test.Tap(u.sidebar.starred)
	settle(u)
	if u.list.list.Length() != 0 || !u.list.empty.Visible() || !u.list.clear.Visible() {
		t.Fatalf("starred: %d rows, empty state shown %v, clear shown %v", u.list.list.Length(), u.list.empty.Visible(), u.list.clear.Visible())
	}
	if !strings.Contains(u.list.empty.Text, "No notices match these filters") {
		t.Errorf("empty state says %q", u.list.empty.Text)
	}
	test.Tap(u.list.clear)
	settle(u)
	if u.desk.Query().Filtered() || u.list.list.Length() != 12 || u.list.empty.Visible() || u.chips.content.Visible() {
		t.Errorf("Clear filters left %+v, %d rows", u.desk.Query(), u.list.list.Length())
	}
	test.Type(u.sidebar.from, "2016-01-03")
	test.Type(u.sidebar.to, "٢٠١٦-٠١-٠٥") // Arabic-Indic digits
	pressEnter(u.sidebar.to)
	settle(u)
	if got := u.list.list.Length(); got != 3 {
		t.Errorf("3 to 5 January: %d rows, want 3", got)
	}
	u.sidebar.to.SetText("5 Jan")
	pressEnter(u.sidebar.to)
	settle(u)
	if !u.sidebar.dateError.Visible() || u.list.list.Length() != 3 {
		t.Errorf("a bad date: error shown %v, %d rows", u.sidebar.dateError.Visible(), u.list.list.Length())
	}
}

func TestRowsMarkWhatTheSearchMatched(t *testing.T) {
	englishUI(t)
	u, _ := newTestUI(t, listDesk(t, 6))
	for _, tc := range []struct{ query, want string }{
		{"twit", "Twit"},
		{"تلغرأم", "تلغرام"}, // hamza folded, as the search folds it
		{"chanels", "cha"},   // a typo: the letters it shares with "channels"
	} {
		u.search.SetText("")
		test.Type(u.search, tc.query)
		settle(u)
		if u.list.list.Length() == 0 {
			t.Fatalf("%q finds nothing", tc.query)
		}
		r := rowAt(t, u, 0)
		if len(r.title.Highlights) == 0 {
			t.Fatalf("%q: title %q has no highlight", tc.query, r.title.Text)
		}
		h := r.title.Highlights[0]
		if got := string([]rune(r.title.Text)[h.Start:h.End]); !strings.HasPrefix(got, tc.want) {
			t.Errorf("%q marks %q in %q, want %q", tc.query, got, r.title.Text, tc.want)
		}
	}
	u.search.SetText("")
	settle(u)
	if r := rowAt(t, u, 0); len(r.title.Highlights) != 0 {
		t.Error("highlights stay after the search is cleared")
	}
}

// A misspelt search says what it was taken as, and that the list holds
// the nearest notices; a search that finds something says nothing of it.
func TestMisspeltSearchSaysWhatItFound(t *testing.T) {
	englishUI(t)
	u, _ := newTestUI(t, listDesk(t, 12))
	for _, tc := range []struct{ query, want string }{
		{"tepegram", "No exact match for «tepegram»: the 4 notices nearest, with «telegram»"},
		{"فسبوك", "Nothing matches «فسبوك»"},
		{"telegram", "4 notices"},
	} {
		u.search.SetText("")
		test.Type(u.search, tc.query)
		settle(u)
		if !strings.HasPrefix(u.countLabel.Text, tc.want) {
			t.Errorf("%q: status line %q, want %q", tc.query, u.countLabel.Text, tc.want)
		}
	}
}

// A search of one- or two-letter words that matches nothing says that
// such words are matched whole and to type more, not to check spelling;
// a longer word that matches nothing still says to check it.
func TestShortSearchSaysToTypeMore(t *testing.T) {
	englishUI(t)
	u, _ := newTestUI(t, listDesk(t, 12))
	for _, tc := range []struct{ query, want string }{
		{"ت", "type a few more letters"},
		{"q z", "type a few more letters"},
		{"qzxw", "Check the spelling"},
		{"q qzxw", "Check the spelling"},
	} {
		u.search.SetText("")
		test.Type(u.search, tc.query)
		settle(u)
		if !u.list.empty.Visible() || !strings.Contains(u.list.empty.Text, tc.want) {
			t.Errorf("%q: empty state shown %v, says %q, want %q", tc.query, u.list.empty.Visible(), u.list.empty.Text, tc.want)
		}
	}
}

func TestClickSelection(t *testing.T) {
	englishUI(t)
	u, _ := newTestUI(t, listDesk(t, 12))
	click(u, rowAt(t, u, 1), 0)
	if cur, _ := u.desk.Current(); u.desk.SelectedCount() != 1 || cur.ID != rowID(u, 1) {
		t.Fatalf("plain click: %d selected, open %d", u.desk.SelectedCount(), cur.ID)
	}
	click(u, rowAt(t, u, 3), fyne.KeyModifierControl)
	click(u, rowAt(t, u, 6), fyne.KeyModifierShift)
	if got := u.desk.SelectedCount(); got != 5 { // 1, and 3 to 6
		t.Fatalf("Ctrl then Shift: %d selected, want 5", got)
	}
	if !rowAt(t, u, 4).selected.Visible() || rowAt(t, u, 2).selected.Visible() {
		t.Error("selected rows not marked as such")
	}
	if !u.bulk.content.Visible() || !strings.Contains(u.countLabel.Text, "5 selected") {
		t.Errorf("bulk bar shown %v, status line %q", u.bulk.content.Visible(), u.countLabel.Text)
	}
	click(u, rowAt(t, u, 3), fyne.KeyModifierControl)
	if u.desk.SelectedCount() != 4 || u.desk.IsSelected(rowID(u, 3)) {
		t.Error("Ctrl-click did not take a row out")
	}
	// the open notice stays the one clicked alone
	if cur, _ := u.desk.Current(); cur.ID != rowID(u, 1) {
		t.Errorf("Ctrl/Shift-click opened %d", cur.ID)
	}
}

func rowID(u *UI, i int) int64 {
	r, _ := u.desk.Row(i)
	return r.ID
}

func TestKeyboardTriage(t *testing.T) {
	englishUI(t)
	db := listDesk(t, 12)
	u, w := newTestUI(t, db)
	click(u, rowAt(t, u, 0), 0)
	if w.Canvas().Focused() != u.list.list {
		t.Fatal("a click on a row did not give the list the keys")
	}
	typeKeys(u, w, "jj")
	if cur, _ := u.desk.Current(); cur.ID != rowID(u, 2) || u.list.cursor != 2 {
		t.Fatalf("j j: open %d, cursor %d; want row 2", cur.ID, u.list.cursor)
	}
	typeKeys(u, w, "k")
	if cur, _ := u.desk.Current(); cur.ID != rowID(u, 1) {
		t.Fatal("k did not go back")
	}
	pressKey(u, w, fyne.KeyDown)
	if cur, _ := u.desk.Current(); cur.ID != rowID(u, 2) {
		t.Fatal("↓ did not go on")
	}
	typeKeys(u, w, "3s") // Verifying, starred
	if r, _ := u.desk.Row(2); r.Status != app.StatusVerifying || !r.Starred {
		t.Errorf("3 and s: row %s starred=%v", r.Status, r.Starred)
	}
	typeKeys(u, w, "s")
	if r, _ := u.desk.Row(2); r.Starred {
		t.Error("s again did not unstar")
	}
	// Shift+↓ twice extends the selection without moving the open notice
	u.list.list.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	pressKey(u, w, fyne.KeyDown)
	pressKey(u, w, fyne.KeyDown)
	u.list.list.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	if got := u.desk.SelectedCount(); got != 3 {
		t.Fatalf("Shift+↓ ×2: %d selected, want 3", got)
	}
	typeKeys(u, w, "5") // Published, the three of them
	for i := 2; i <= 4; i++ {
		if r, _ := u.desk.Row(i); r.Status != app.StatusPublished {
			t.Errorf("row %d is %s after 5 on the selection", i, r.Status)
		}
	}
	// t opens a tag field with the cursor in it; Enter tags the selection
	typeKeys(u, w, "t")
	if u.tagDialog == nil || w.Canvas().Focused() != u.tagName {
		t.Fatal("t did not open a focused tag field")
	}
	typeKeys(u, w, "موجة")
	pressEnter(u.tagName)
	settle(u)
	if c, _ := db.Count(context.Background(), app.Query{Tags: []string{"موجة"}}); c.Total != 3 {
		t.Errorf("t on three notices tagged %d", c.Total)
	}
	// keys typed in an entry stay there
	open, _ := u.desk.Current()
	u.win.Canvas().Focus(u.search)
	typeKeys(u, w, "j5")
	if cur, _ := u.desk.Current(); u.search.Text != "j5" || cur.ID != open.ID {
		t.Errorf("typing in the search box: text %q, open %d (was %d)", u.search.Text, cur.ID, open.ID)
	}
	if u.desk.SelectedCount() != 0 {
		t.Errorf("a new search kept %d notices selected", u.desk.SelectedCount())
	}
	pressKey(u, w, fyne.KeyEscape)
	if u.search.Text != "" || u.desk.SelectedCount() != 0 || w.Canvas().Focused() != u.list.list {
		t.Errorf("Esc: search %q, %d selected", u.search.Text, u.desk.SelectedCount())
	}
	typeKeys(u, w, "/")
	if w.Canvas().Focused() != u.search {
		t.Error("/ did not focus the search")
	}
	w.Canvas().Unfocus()
	typeShortcut(w, &fyne.ShortcutSelectAll{})
	settle(u)
	if u.desk.SelectedCount() != 12 {
		t.Errorf("Ctrl+A selected %d", u.desk.SelectedCount())
	}
	// an Arabic keyboard layout types ت on the j key
	w.Canvas().Unfocus()
	before := u.list.cursor
	typeKeys(u, w, "ت")
	if u.list.cursor != before+1 {
		t.Errorf("ت (j on an Arabic layout): cursor %d, want %d", u.list.cursor, before+1)
	}
	w.Canvas().Unfocus()
	typeKeys(u, w, "?")
	if u.shortcutsSheet == nil {
		t.Error("? showed no shortcuts")
	}
}

func TestBulkBarAndUndo(t *testing.T) {
	englishUI(t)
	db := listDesk(t, 250) // more than a page: the selection covers rows not loaded
	u, w := newTestUI(t, db)
	click(u, rowAt(t, u, 0), 0)
	typeShortcut(w, &fyne.ShortcutSelectAll{})
	settle(u)
	if u.desk.SelectedCount() != 250 || !u.bulk.content.Visible() {
		t.Fatalf("select all: %d, bar shown %v", u.desk.SelectedCount(), u.bulk.content.Visible())
	}
	ctx := context.Background()
	starred := func() int { c, _ := db.Count(ctx, app.Query{Starred: true}); return c.Total }
	test.Tap(u.bulk.star)
	settle(u)
	if starred() != 250 {
		t.Fatalf("bulk star: %d starred", starred())
	}
	if r := rowAt(t, u, 0); !strings.Contains(r.star.Text, "★") {
		t.Error("the rows on screen do not show the star")
	}
	u.bulk.status.SetSelectedIndex(1) // Triaged
	settle(u)
	if c, _ := db.Count(ctx, app.Query{Statuses: []app.Status{app.StatusTriaged}}); c.Total != 250 {
		t.Errorf("bulk status: %d triaged", c.Total)
	}
	test.Tap(u.bulk.untag) // nothing tagged: untag of a name changes nothing
	test.Type(u.tagName, "none")
	pressEnter(u.tagName)
	settle(u)
	w.Canvas().Unfocus()
	typeShortcut(w, &fyne.ShortcutUndo{}) // Ctrl+Z as the desktop driver sends it
	settle(u)
	if c, _ := db.Count(ctx, app.Query{Statuses: []app.Status{app.StatusNew}}); c.Total != 250 {
		t.Errorf("undo of the bulk status: %d new", c.Total)
	}
	typeShortcut(w, &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault})
	settle(u)
	if starred() != 0 {
		t.Errorf("undo of the bulk star: %d starred", starred())
	}
	typeShortcut(w, &fyne.ShortcutRedo{}) // Ctrl+Y
	settle(u)
	if starred() != 250 {
		t.Errorf("redo of the bulk star: %d starred", starred())
	}
	if busy, _, _ := u.desk.Busy(); busy || u.progress.Visible() {
		t.Error("the progress bar stays after the commands")
	}
	// Export selection… opens the export dialog on the selection
	test.Tap(u.bulk.export)
	if u.exportScope == nil || !strings.HasPrefix(u.exportScope.Selected, "The selected notices (250)") {
		t.Errorf("export scope %v", u.exportScope)
	}
	w.Canvas().Unfocus()
	u.exportScope = nil
	typeShortcut(w, &desktopShortcutE)
	if u.exportScope == nil || !strings.HasPrefix(u.exportScope.Selected, "The selected notices") {
		t.Error("Ctrl+E with a selection does not export it")
	}
}

func TestSavedSearchesInSidebar(t *testing.T) {
	englishUI(t)
	db := listDesk(t, 12)
	u, w := newTestUI(t, db)
	test.Tap(facet(t, u.sidebar.platforms, "Telegram"))
	test.Type(u.search, "تلغرام")
	settle(u)
	want := u.desk.Query()
	saveBtn := mustFindButton(t, u.sidebar.content, "Save this search…")
	test.Tap(saveBtn)
	if w.Canvas().Focused() != u.sidebar.saveName {
		t.Fatal("the name field has no focus")
	}
	pressEnter(u.sidebar.saveName) // no name: refused, the dialog stays
	settle(u)
	if len(u.desk.SavedSearches()) != 0 {
		t.Fatal("saved without a name")
	}
	test.Type(u.sidebar.saveName, "تلغرام بالعربية")
	pressEnter(u.sidebar.saveName)
	settle(u)
	if got, _ := db.SavedSearches(context.Background()); len(got) != 1 || got[0].Name != "تلغرام بالعربية" {
		t.Fatalf("stored %+v", got)
	}
	u.clearFilters()
	settle(u)
	test.Tap(mustFindButton(t, u.sidebar.saved, "تلغرام بالعربية"))
	settle(u)
	if q := u.desk.Query(); !q.Equal(want) || u.search.Text != "تلغرام" {
		t.Errorf("applied %+v (search box %q), want %+v", q, u.search.Text, want)
	}
	// a new window on the same desk lists it; 🗑 deletes it
	u2, _ := newTestUI(t, db)
	if len(u2.desk.SavedSearches()) != 1 {
		t.Fatal("the saved search did not survive")
	}
	test.Tap(findIconButton(t, u2.sidebar.saved))
	settle(u2)
	if got, _ := db.SavedSearches(context.Background()); len(got) != 0 {
		t.Errorf("after delete: %+v", got)
	}
}

func mustFindButton(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	for _, x := range test.LaidOutObjects(o) {
		if b, ok := x.(*widget.Button); ok && b.Text == text && b.Visible() {
			return b
		}
	}
	t.Fatalf("no button %q", text)
	return nil
}

// findIconButton is the first button without text (a delete button).
func findIconButton(t *testing.T, o fyne.CanvasObject) *widget.Button {
	t.Helper()
	for _, x := range test.LaidOutObjects(o) {
		if b, ok := x.(*widget.Button); ok && b.Text == "" && b.Visible() {
			return b
		}
	}
	t.Fatal("no icon button")
	return nil
}

// A bulk move some notices refuse says so in words, not as a raw error.
func TestBulkRefusalIsExplained(t *testing.T) {
	englishUI(t)
	u, w := newTestUI(t, listDesk(t, 12))
	click(u, rowAt(t, u, 0), 0)
	typeKeys(u, w, "5") // published
	typeShortcut(w, &fyne.ShortcutSelectAll{})
	settle(u)
	typeKeys(u, w, "1") // back to New: refused for the published one
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no message")
	}
	var text string
	for _, o := range test.LaidOutObjects(top) {
		if p, ok := o.(interface{ Visible() bool }); ok && p.Visible() {
			if x, ok := o.(*bidi.Paragraph); ok {
				text += x.Text
			}
		}
	}
	if !strings.Contains(text, "1 of 12 notices were left as they were") {
		t.Errorf("message %q", text)
	}
}

// TestListReusesItsRows types new searches and refreshes the list row by
// row: the list keeps drawing the rows it made. Each refresh used to make
// a row to measure, and each new query (drawn empty until its first page
// came) a screenful of new ones, all kept with their renderers in Fyne's
// caches for a minute.
func TestListReusesItsRows(t *testing.T) {
	englishUI(t)
	u, _ := newTestUI(t, listDesk(t, 40))
	before := u.list.list.made
	if before == 0 {
		t.Fatal("no rows made")
	}
	for range 5 {
		for _, q := range []string{"telegram", "twitter", "blocks"} {
			u.search.SetText(q)
			settle(u)
			if u.list.list.Length() == 0 {
				t.Fatalf("%q finds nothing", q)
			}
		}
	}
	for i := range 10 {
		u.list.list.RefreshItem(i % 4)
		u.list.list.Refresh()
	}
	// A row more when a search leaves a part of one more row in view: the
	// rows it guards against were a screenful a search (15 screenfuls).
	if got := u.list.list.made; got > before+2 && !raceDetector {
		t.Errorf("rows made: %d for the first page, %d after 15 searches and 20 refreshes", before, got)
	}
}
