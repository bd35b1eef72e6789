package ui

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/assets"
)

// pluralForms are the CLDR plural categories each interface language
// needs for a count (go-i18n picks one by the count; a missing one falls
// back to the key itself).
var pluralForms = map[string][]string{
	"en": {"one", "other"},
	"ar": {"zero", "one", "two", "few", "many", "other"},
}

// literalKeys are the keys the ui package's code (with its sub-packages)
// names literally: lang.L("…"), lang.N("…", …), lang.X("…", …) and
// countOf("…", …); built, the prefixes of keys it completes at run time
// (lang.L("status."+…)).
func literalKeys(t *testing.T) (plain, plural, built map[string]bool) {
	t.Helper()
	plain, plural, built = map[string]bool{}, map[string]bool{}, map[string]bool{}
	reL := regexp.MustCompile(`lang\.(?:L|X)\("((?:[^"\\]|\\.)+)"(\s*\+)?`)
	reN := regexp.MustCompile(`(?:lang\.(?:N|XN)|countOf)\("((?:[^"\\]|\\.)+)"(\s*\+)?`)
	files := 0
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "testdata" {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		files++
		for re, into := range map[*regexp.Regexp]map[string]bool{reL: plain, reN: plural} {
			for _, m := range re.FindAllStringSubmatch(string(src), -1) {
				k, err := strconv.Unquote(`"` + m[1] + `"`)
				if err != nil {
					return err
				}
				if len(m) > 2 && m[2] != "" {
					built[k] = true
					continue
				}
				into[k] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatalf("reading the ui sources: %v", err)
	}
	if files < 10 || len(plain) < 100 {
		t.Fatalf("read %d files and found %d keys: the sources were not read", files, len(plain))
	}
	return plain, plural, built
}

// constKeys are the keys built at run time from the app's own string
// constants: "status."+Status, "qualifier."+Qualifier… They are read from
// the app package's source, so a new constant without words fails.
func constKeys(t *testing.T) (keys, prefixSet map[string]bool) {
	t.Helper()
	prefixes := map[string][]string{
		"AliasKind":    {"alias."},
		"Status":       {"status."},
		"Verification": {"verification."},
		"Kind":         {"kind."},
		"Qualifier":    {"qualifier.", "qualified."},
		"Rate":         {"rate."},
		"SourceKind":   {"source."},
		"Role":         {"role."},
		"Field":        {"field."},
		"Sort":         {"sort."},
	}
	fset := token.NewFileSet()
	files, err := filepath.Glob(filepath.Join("..", "app", "*.go"))
	more, err2 := filepath.Glob(filepath.Join("..", "app", "extract", "*.go"))
	files = append(files, more...)
	if err != nil || err2 != nil || len(more) == 0 {
		t.Fatalf("app sources: %v %v (%d files)", err, err2, len(files))
	}
	keys, prefixSet = map[string]bool{}, map[string]bool{}
	for _, ps := range prefixes {
		for _, p := range ps {
			prefixSet[p] = true
		}
	}
	seen := map[string]int{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, decl := range file.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				typ, ok := vs.Type.(*ast.Ident)
				if !ok || prefixes[typ.Name] == nil {
					continue
				}
				for _, v := range vs.Values {
					lit, ok := v.(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						t.Fatalf("%s: a %s constant that is not a string literal", f, typ.Name)
					}
					s, _ := strconv.Unquote(lit.Value)
					if s == "" { // QualNone, RateNone: nothing to say
						continue
					}
					seen[typ.Name]++
					for _, p := range prefixes[typ.Name] {
						keys[p+s] = true
					}
				}
			}
		}
	}
	for typ := range prefixes {
		if seen[typ] == 0 {
			t.Errorf("found no %s constants in the app package", typ)
		}
	}
	return keys, prefixSet
}

// detectedLanguages are the codes app.DetectLanguage can give: the ones
// it returns and the Latin-script languages it tells apart by their words.
func detectedLanguages(t *testing.T) []string {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("..", "app", "lang.go"))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var out []string
	for _, m := range regexp.MustCompile(`return "([a-z]{2,3})"`).FindAllStringSubmatch(string(src), -1) {
		if !seen[m[1]] {
			seen[m[1]] = true
			out = append(out, m[1])
		}
	}
	for _, code := range app.LatinLanguages() {
		if !seen[code] {
			seen[code] = true
			out = append(out, code)
		}
	}
	if len(out) < 20 {
		t.Fatalf("found %d language codes in app/lang.go: %v", len(out), out)
	}
	return out
}

func readTranslations(t *testing.T, code string) map[string]any {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "assets", "translation", code+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var tr map[string]any
	if err := json.Unmarshal(b, &tr); err != nil {
		t.Fatalf("%s.json: %v", code, err)
	}
	return tr
}

var verbRe = regexp.MustCompile(`%[sdvq]|\{\{\.[A-Za-z]+\}\}`)

// verbs lists a text's printf verbs and template fields, sorted.
func verbs(s string) string {
	v := verbRe.FindAllString(s, -1)
	sort.Strings(v)
	return strings.Join(v, " ")
}

// Every interface string, and every string the window builds at run time
// from the app's constants and units, has its English and Arabic words;
// counts have every plural form the language needs; a translation keeps
// the printf verbs and template fields of the English.
func TestTranslationsComplete(t *testing.T) {
	plain, plural, built := literalKeys(t)
	consts, enumerated := constKeys(t)
	for k := range consts {
		plain[k] = true
	}
	for _, code := range detectedLanguages(t) {
		plain["language."+code] = true
	}
	enumerated["unit."], enumerated["units."], enumerated["language."] = true, true, true
	for p := range built {
		if !enumerated[p] {
			t.Errorf("keys %q… are built at run time from values this test does not enumerate", p)
		}
	}
	for _, u := range append(append([]string{}, app.Units...), app.RatioUnits...) {
		plural["unit."+u] = true
		plain["units."+u] = true
	}
	en := readTranslations(t, "en")
	for _, code := range []string{"en", "ar"} {
		tr := readTranslations(t, code)
		for k := range plain {
			v, ok := tr[k].(string)
			if !ok || v == "" {
				t.Errorf("%s.json lacks %q", code, k)
				continue
			}
			if e, _ := en[k].(string); verbs(e) != verbs(v) {
				t.Errorf("%s.json %q = %q: verbs %q, English has %q", code, k, v, verbs(v), verbs(e))
			}
		}
		for k := range plural {
			forms, ok := tr[k].(map[string]any)
			if !ok {
				t.Errorf("%s.json lacks the plural forms of %q", code, k)
				continue
			}
			for _, f := range pluralForms[code] {
				s, _ := forms[f].(string)
				if s == "" {
					t.Errorf("%s.json %q lacks its %q form", code, k, f)
				}
				// Arabic says one and two in the noun (قناة واحدة, قناتان)
				if !strings.Contains(s, "{{.N}}") && !(code == "ar" && (f == "one" || f == "two")) {
					t.Errorf("%s.json %q %s = %q lacks {{.N}}", code, k, f, s)
				}
			}
		}
	}
}

// useLanguage switches fyne's translations to code for one test.
func useLanguage(t *testing.T, code string) {
	t.Helper()
	t.Setenv("LANGUAGE", code)
	if err := lang.AddTranslationsFS(assets.Translations, "translation"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		os.Setenv("LANGUAGE", "en")
		_ = lang.AddTranslationsFS(assets.Translations, "translation")
	})
}

// Figures, headline lines and qualified claims read in each language with
// the right plural form.
func TestFigureWords(t *testing.T) {
	type fig struct {
		q    app.Qualifier
		v    float64
		unit string
	}
	for _, tc := range []struct {
		code string
		figs map[fig]string
		sums map[string]string
	}{
		{"ar", map[fig]string{
			{"", 78, "channels"}:       "78 قناة",
			{"", 12, "languages"}:      "12 لغة",
			{"", 1, "channels"}:        "قناة واحدة",
			{"", 2, "channels"}:        "قناتان",
			{"", 3, "channels"}:        "3 قنوات",
			{"", 10, "accounts"}:       "10 حسابات",
			{"", 11, "accounts"}:       "11 حساباً",
			{"", 100, "accounts"}:      "100 حساب",
			{"", 103, "sites"}:         "103 مواقع",
			{"", 16050, "accounts"}:    "16,050 حساباً",
			{"", 0, "posts"}:           "0 منشور",
			{"", 3.5, "percent"}:       "3.5٪",
			{"", 5e9, "videos"}:        "5,000,000,000 مقطع فيديو",
			{"", 78, "widgets"}:        "78 widgets",
			{"at_least", 78, "bots"}:   "78 بوتاً على الأقل",
			{"more_than", 12, "pages"}: "أكثر من 12 صفحة",
		}, map[string]string{
			"78 channels · 12 languages":    "78 قناة · 12 لغة",
			"2 member states · 3 countries": "دولتان عضوان · 3 دول",
			"54 bots and channels":          "54 بين بوت وقناة",
			"78 widgets":                    "78 widgets",
		}},
		{"en", map[fig]string{
			{"", 78, "channels"}:             "78 channels",
			{"", 1, "channel"}:               "1 channel",
			{"", 1, "channels"}:              "1 channel",
			{"", 1.5, "member_states"}:       "1.5 member states",
			{"up_to", 1000, "content_items"}: "up to 1,000 content items",
		}, map[string]string{
			"78 channels · 12 languages": "78 channels · 12 languages",
			"1 bots and channels":        "1 bot or channel",
		}},
	} {
		t.Run(tc.code, func(t *testing.T) {
			useLanguage(t, tc.code)
			for f, want := range tc.figs {
				if f.unit == "channel" { // not a unit: written as stored
					want = "1 channel"
				}
				if got := qualifiedFigure(f.q, f.v, f.unit); got != want {
					t.Errorf("%s %v %s = %q, want %q", f.q, f.v, f.unit, got, want)
				}
			}
			day := time.Date(2015, 11, 18, 0, 0, 0, 0, time.UTC)
			if got, want := dayText(day), map[string]string{"ar": "18/11/2015", "en": "2015-11-18"}[tc.code]; got != want {
				t.Errorf("dayText = %q, want %q", got, want)
			}
			if got, want := languageName("en"), map[string]string{"ar": "الإنجليزية", "en": "English"}[tc.code]; got != want {
				t.Errorf("languageName(en) = %q, want %q", got, want)
			}
			for in, want := range tc.sums {
				if got := summaryText(in); got != want {
					t.Errorf("summaryText(%q) = %q, want %q", in, got, want)
				}
			}
		})
	}
}

// Fyne's own widgets (menus, selects, radio buttons, check boxes) lay the
// runs of a mixed string out left to right and mirror no bracket, so the
// Arabic words they show must be Arabic alone: no Latin, digits or
// brackets, which would read out of order.
func TestArabicWidgetWordsArePlain(t *testing.T) {
	ar := readTranslations(t, "ar")
	mixed := regexp.MustCompile(`[A-Za-z0-9()\[\]{}<>]`)
	for _, k := range []string{
		// File menu and the preferences
		"Open database…", "New database…", "Open recent", "Preferences…", "file not found",
		"No database opened yet", "Forget the missing databases", "Export notices (CSV)…",
		"Export everything (JSON)…", "Follow the system", "Light", "Dark",
		// the export dialog's choices
		"Excel workbook (.xlsx)", "Brief, one row per claim (CSV)", "Notices, one row each (CSV)",
		"Everything, re-importable (JSON)", "Web annotations (JSON-LD)", "Story draft (Markdown)",
		"For Excel and LibreOffice", "Data (plain UTF-8, nothing altered)", "Defang links (hxxps://example[.]com)",
	} {
		v, _ := ar[k].(string)
		if v == "" || mixed.MatchString(v) {
			t.Errorf("ar.json %q = %q: a Fyne widget shows it, so it must be Arabic words alone", k, v)
		}
	}
}
