package deskgen

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/search"
	"github.com/takedowndesk/takedowndesk/store"
)

// Scripts build a desk with
//
//	go test -run '^TestGenerateDesk$' ./internal/deskgen -args -gen-db PATH -gen-n N [-gen-seed S]
var (
	genDB   = flag.String("gen-db", "", "generate a desk into this new database file")
	genN    = flag.Int("gen-n", 100000, "notices in the generated desk")
	genSeed = flag.Int64("gen-seed", 1, "seed of the generated desk")
	update  = flag.Bool("update", false, "rewrite the golden files")
)

// TestGenerateDesk writes a desk for benchmarks and prints what it wrote.
func TestGenerateDesk(t *testing.T) {
	if *genDB == "" {
		t.Skip("no -gen-db path")
	}
	if _, err := os.Stat(*genDB); err == nil {
		t.Fatalf("%s: already exists; the desk is generated into a new file", *genDB)
	}
	db, err := store.Open(*genDB)
	if err != nil {
		t.Fatal(err)
	}
	st, err := Fill(context.Background(), db, *genN, *genSeed)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(*genDB)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("GENERATED %s: %d notices, %d claims, %d tags (%d on claims), %d notes, %d edits in %.1f s, %d MB\n",
		*genDB, st.Notices, st.Claims, st.Tags, st.ClaimTags, st.Notes, st.Edits, st.Duration.Seconds(), fi.Size()>>20)
	fmt.Printf("GENERATED languages %v kinds %v\n", st.ByLang, st.ByKind)
}

func openTemp(t *testing.T) *store.DB {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "desk.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// fill300 is the small desk the tests read, generated once.
var fill300 struct {
	db *store.DB
	st Stats
	ns []app.Notice
}

func smallDesk(t *testing.T) (*store.DB, Stats, []app.Notice) {
	t.Helper()
	if fill300.db == nil {
		dir, err := os.MkdirTemp("", "deskgen")
		if err != nil {
			t.Fatal(err)
		}
		db, err := store.Open(filepath.Join(dir, "desk.db"))
		if err != nil {
			t.Fatal(err)
		}
		st, err := Fill(context.Background(), db, 300, 7)
		if err != nil {
			t.Fatal(err)
		}
		ns, err := db.NoticesFull(context.Background(), app.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		fill300.db, fill300.st, fill300.ns = db, st, ns
	}
	return fill300.db, fill300.st, fill300.ns
}

func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if fill300.db != nil {
		dir := filepath.Dir(fill300.db.Path())
		fill300.db.Close()
		os.RemoveAll(dir)
	}
	os.Exit(code)
}

// share checks that counts[k] is within tol percentage points of want.
func share[K comparable](t *testing.T, what string, counts map[K]int, total int, want map[K]int, tol int) {
	t.Helper()
	for k, w := range want {
		got := counts[k] * 100 / total
		if got < w-tol || got > w+tol {
			t.Errorf("%s %v: %d%% of the desk, want %d%% ± %d", what, k, got, w, tol)
		}
	}
}

func TestFillMix(t *testing.T) {
	db, st, ns := smallDesk(t)
	if st.Notices != 300 || len(ns) != 300 {
		t.Fatalf("stored %d notices (stats %d), want 300", len(ns), st.Notices)
	}
	langs, kinds, statuses := map[string]int{}, map[app.Kind]int{}, map[app.Status]int{}
	claims, figures, starred, tags, claimTags, notes := 0, 0, 0, 0, 0, 0
	detected, noFigure := 0, 0
	for _, n := range ns {
		langs[n.Lang]++
		kinds[n.Kind]++
		statuses[n.Status]++
		if n.Starred {
			starred++
		}
		if l, _ := app.DetectLanguage(n.Body); l == n.Lang {
			detected++
		}
		if want := map[bool]app.Direction{true: app.RTL, false: app.LTR}[n.Lang == "ar"]; n.Direction != want {
			t.Errorf("notice %d (%s): direction %s", n.ID, n.Lang, n.Direction)
		}
		if n.PublishedAt.Year() < 2015 || n.PublishedAt.Year() > 2026 || !n.ImportedAt.After(n.PublishedAt) ||
			n.ImportedAt.After(lastDay.Add(24*time.Hour)) {
			t.Errorf("notice %d: published %v, imported %v", n.ID, n.PublishedAt, n.ImportedAt)
		}
		if n.Title == "" || n.Platform == "" || n.Origin == "" {
			t.Errorf("notice %d: title %q, platform %q, origin %q", n.ID, n.Title, n.Platform, n.Origin)
		}
		body := []rune(n.Body)
		hasFigure := false
		for _, c := range n.Claims {
			claims++
			if c.Kind == app.ClaimFigure {
				hasFigure = true
				figures++
			}
			if c.End > len(body) || string(body[c.Start:c.End]) != c.Quote {
				t.Errorf("notice %d: claim %q not at %d:%d", n.ID, c.Quote, c.Start, c.End)
			}
			claimTags += len(c.Tags)
		}
		if !hasFigure {
			noFigure++
			t.Logf("notice %d (%s %s) has no figure: %q", n.ID, n.Lang, n.Kind, n.Body)
		}
		if hasFigure && n.Summary == "" {
			t.Errorf("notice %d: figures but no summary", n.ID)
		}
		tags += len(n.Tags)
		notes += len(n.Notes)
	}
	share(t, "language", langs, len(ns), map[string]int{"ar": 40, "en": 30, "fr": 15, "ru": 15}, 8)
	share(t, "kind", kinds, len(ns), map[app.Kind]int{app.KindTelegramPost: 35, app.KindArticle: 25,
		app.KindFeedItem: 12, app.KindLumenNotice: 13, app.KindCSVRow: 15}, 8)
	for _, s := range app.Statuses {
		if statuses[s] == 0 {
			t.Errorf("no notice is %s", s)
		}
	}
	// the language detector is the importer's, not the generator's: most
	// notices, not all, must come out as generated
	if detected < len(ns)*90/100 {
		t.Errorf("the language of %d of %d notices is detected as the one generated", detected, len(ns))
	}
	if starred == 0 || starred > len(ns)/10 {
		t.Errorf("%d starred notices", starred)
	}
	if claims != st.Claims || tags+claimTags != st.Tags || claimTags != st.ClaimTags || notes != st.Notes {
		t.Errorf("stored %d claims, %d tags (%d on claims), %d notes; stats say %+v", claims, tags+claimTags, claimTags, notes, st)
	}
	if tags == 0 || claimTags == 0 || tags > len(ns)*3*10/100 {
		t.Errorf("%d notice tags and %d claim tags on %d notices", tags, claimTags, len(ns))
	}
	if st.Edits == 0 {
		t.Error("no edits after the import")
	}
	changes := 0
	for _, n := range ns {
		h, err := db.History(context.Background(), n.ID)
		if err != nil {
			t.Fatal(err)
		}
		changes += len(h)
	}
	if changes != st.Edits {
		t.Errorf("%d changes in the history, %d edits", changes, st.Edits)
	}
	// Tag names and notes find their notices, as after the store's edits.
	searched := 0
	for _, n := range ns {
		var words []string
		for _, tg := range n.Tags {
			words = append(words, tg.Name)
		}
		for _, note := range n.Notes {
			words = append(words, note.Body)
		}
		for _, w := range words {
			hits, err := db.Search(context.Background(), w, 300)
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, h := range hits {
				found = found || h.ID == n.ID
			}
			if !found {
				t.Errorf("search %q does not find notice %d, which has it", w, n.ID)
			}
			searched++
		}
	}
	if searched == 0 {
		t.Error("no tag or note searched")
	}
	if notes > len(ns)/20 {
		t.Errorf("%d notes on %d notices", notes, len(ns))
	}
	// Every notice is written with a figure; the extractor misses a few
	// (such as "726 pro-ISIS channels").
	if noFigure > len(ns)*3/100 {
		t.Errorf("%d of %d notices have no figure claim", noFigure, len(ns))
	}
	if figures < 2*len(ns) {
		t.Errorf("%d figure claims on %d notices", figures, len(ns))
	}
}

// TestFillImportOrder checks that the ids follow the import times, as in a
// desk that grew by imports: a walk in date order then reads the file
// mostly forward, and a desk whose ids are in no order of anything would
// make every benchmark of it measure a desk nobody has.
func TestFillImportOrder(t *testing.T) {
	_, _, ns := smallDesk(t)
	byID := slices.Clone(ns)
	slices.SortFunc(byID, func(a, b app.Notice) int { return cmp.Compare(a.ID, b.ID) })
	for k := 1; k < len(byID); k++ {
		if a, b := byID[k-1], byID[k]; b.ImportedAt.Before(a.ImportedAt) {
			t.Fatalf("notice %d imported %v, after notice %d imported %v", a.ID, a.ImportedAt, b.ID, b.ImportedAt)
		}
	}
	// and publication is not in id order: imports lag by up to 90 days
	late := 0
	for k := 1; k < len(byID); k++ {
		if byID[k].PublishedAt.Before(byID[k-1].PublishedAt) {
			late++
		}
	}
	if late == 0 {
		t.Error("every notice was published after the one stored before it")
	}
}

// TestArabicSpellings checks that Arabic notices come in the spellings
// search must fold: with and without hamza, with tashkeel, both digit sets.
func TestArabicSpellings(t *testing.T) {
	_, _, ns := smallDesk(t)
	var harakat, noHamza, hamza, indic, latin int
	for _, n := range ns {
		if n.Lang != "ar" {
			continue
		}
		switch {
		case strings.ContainsAny(n.Body, "\u064e\u064f\u0650\u0652"):
			harakat++
		case strings.ContainsAny(n.Body, "أإآ"):
			hamza++
		default:
			noHamza++
		}
		if strings.ContainsAny(n.Body, "٠١٢٣٤٥٦٧٨٩") {
			indic++
		}
		if strings.ContainsAny(n.Body, "0123456789") {
			latin++
		}
	}
	for what, k := range map[string]int{"with tashkeel": harakat, "with hamza": hamza, "without hamza": noHamza,
		"with Arabic-Indic digits": indic, "with Latin digits": latin} {
		if k < 5 {
			t.Errorf("%d Arabic notices %s", k, what)
		}
	}
}

func TestFillDeterministic(t *testing.T) {
	ctx := context.Background()
	desk := func(seed int64) string {
		db := openTemp(t)
		if _, err := Fill(ctx, db, 120, seed); err != nil {
			t.Fatal(err)
		}
		ns, err := db.NoticesFull(ctx, app.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for _, n := range ns {
			fmt.Fprintf(&b, "%s %s %s %v %s %s\n%s\n", n.UID, n.Status, n.Summary, n.Starred, n.PublishedAt, n.Title, n.Body)
			for _, c := range n.Claims {
				fmt.Fprintf(&b, " claim %d %v %s %d:%d %v\n", c.ID, c.Value, c.Unit, c.Start, c.End, c.Tags)
			}
			for _, tg := range n.Tags {
				fmt.Fprintf(&b, " tag %s\n", tg.Name)
			}
			for _, note := range n.Notes {
				fmt.Fprintf(&b, " note %s\n", note.Body)
			}
		}
		return b.String()
	}
	a, b, c := desk(3), desk(3), desk(4)
	if a != b {
		t.Error("two desks of seed 3 differ")
	}
	if a == c {
		t.Error("the desks of seeds 3 and 4 are the same")
	}
}

func TestFillNeedsEmptyDatabase(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	if _, err := Fill(ctx, db, 5, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := Fill(ctx, db, 5, 2); !errors.Is(err, ErrNotEmpty) {
		t.Fatalf("second fill: %v, want ErrNotEmpty", err)
	}
	if _, err := Fill(ctx, openTemp(t), -1, 1); !errors.Is(err, app.ErrInvalid) {
		t.Fatalf("fill -1: %v, want ErrInvalid", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := Fill(cctx, openTemp(t), 1000, 1); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled fill: %v", err)
	}
}

// TestCompose keeps the generated text stable: a benchmark's figures are
// comparable between runs only on the same desk. The claims are the
// extractor's business and are left out.
func TestCompose(t *testing.T) {
	var b strings.Builder
	for i := range 12 {
		im := compose(1, i)
		n := im.Notice
		fmt.Fprintf(&b, "== %d %s %s %s %s %s %s starred=%v\n%s\n%s\n", i, n.Lang, n.Kind, n.Platform, n.Origin,
			n.PublishedAt.Format(time.RFC3339), n.Status, n.Starred, n.Title, n.Body)
		for _, c := range im.Claims {
			fmt.Fprintf(&b, "  format claim %v %s %d:%d\n", c.Value, c.Unit, c.Start, c.End)
		}
		for _, s := range im.Sources {
			fmt.Fprintf(&b, "  source %s (%s, %s)\n", s.Source.Name, s.Source.Kind, s.Role)
		}
	}
	golden := filepath.Join("testdata", "compose.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != string(want) {
		failed := filepath.Join("testdata", "failed", "compose.golden")
		os.MkdirAll(filepath.Dir(failed), 0o755)
		os.WriteFile(failed, []byte(got), 0o644)
		t.Errorf("generated notices differ from %s (got %s; -update to accept)", golden, failed)
	}
}

// TestComposeWellFormed reads many generated notices for slots left
// unfilled and text that is not valid.
func TestComposeWellFormed(t *testing.T) {
	for i := range 3000 {
		n := compose(11, i).Notice
		for _, s := range []string{n.Title, n.Body} {
			if strings.ContainsAny(s, "{}") || !utf8.ValidString(s) || strings.Contains(s, "  ") {
				t.Fatalf("notice %d (%s %s): %q", i, n.Lang, n.Kind, s)
			}
		}
		if words := wordCount(n.Body); n.Kind == app.KindArticle && (words < 150 || words > 800) {
			t.Errorf("article %d (%s): %d words", i, n.Lang, words)
		}
	}
}

func TestQueries(t *testing.T) {
	qs := Queries(5, 400)
	if len(qs) != 400 {
		t.Fatalf("%d queries, want 400", len(qs))
	}
	if fmt.Sprint(qs) != fmt.Sprint(Queries(5, 400)) || fmt.Sprint(qs) == fmt.Sprint(Queries(6, 400)) {
		t.Error("queries do not depend on the seed alone")
	}
	// Each state is one keystroke from the one before: a rune typed, a
	// rune deleted, or a new query begun.
	prev := ""
	for i, q := range qs {
		typed := strings.HasPrefix(q, prev) && utf8.RuneCountInString(q) == utf8.RuneCountInString(prev)+1
		deleted := strings.HasPrefix(prev, q) && utf8.RuneCountInString(q) == utf8.RuneCountInString(prev)-1
		begun := utf8.RuneCountInString(q) == 1
		if !typed && !deleted && !begun {
			t.Fatalf("query %d %q after %q is not one keystroke", i, q, prev)
		}
		prev = q
	}
	var arabic, harakat, hamza, indic, digits, latin, cyrillic int
	for _, q := range qs {
		for _, r := range q {
			switch {
			case r >= 0x064B && r <= 0x0652:
				harakat++
			case r == 'أ' || r == 'إ':
				hamza++
			case r >= '٠' && r <= '٩':
				indic++
			case r >= '0' && r <= '9':
				digits++
			case unicode.Is(unicode.Arabic, r):
				arabic++
			case unicode.Is(unicode.Cyrillic, r):
				cyrillic++
			case unicode.IsLetter(r):
				latin++
			}
		}
	}
	for what, k := range map[string]int{"Arabic": arabic, "tashkeel": harakat, "hamza": hamza, "Arabic-Indic digits": indic,
		"digits": digits, "Latin": latin, "Cyrillic": cyrillic} {
		if k == 0 {
			t.Errorf("no %s in the queries", what)
		}
	}
}

// TestQueriesFind searches a generated desk for every word the script
// completes: the vocabulary words find notices, the nonsense finds none.
func TestQueriesFind(t *testing.T) {
	db, _, _ := smallDesk(t)
	ctx := context.Background()
	var words []string
	for _, list := range [][]string{queryArabic, queryLatin, queryFrench, queryRussian} {
		words = append(words, list...)
	}
	found := 0
	for _, w := range words {
		hits, err := db.Search(ctx, w, 5)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) > 0 {
			found++
		} else {
			t.Logf("%q finds nothing in the 300-notice desk", w)
		}
	}
	if found < len(words)*85/100 {
		t.Errorf("%d of %d vocabulary queries find a notice", found, len(words))
	}
	for _, w := range queryNothing {
		hits, err := db.Search(ctx, w, 5)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) > 0 {
			t.Errorf("%q (%q) finds %q", w, search.Normalize(w), hits[0].Title)
		}
	}
}

// BenchmarkCompose measures writing and completing one notice (the
// extractor included), the generator's work beside the store's.
func BenchmarkCompose(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		complete(compose(1, i))
	}
}
