package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

var update = flag.Bool("update", false, "rewrite golden files and testdata/QUALITY.md")

// qualityCase is one hand-written sentence with the figures a reporter
// would take from it, written "value unit [qualifier] [rate]".
type qualityCase struct {
	Lang      string   `json:"lang"`
	Text      string   `json:"text"`
	Published string   `json:"published,omitempty"`
	Want      []string `json:"want"`
}

func loadCases(t testing.TB) []qualityCase {
	b, err := os.ReadFile(filepath.Join("testdata", "cases.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cs []qualityCase
	if err := json.Unmarshal(b, &cs); err != nil {
		t.Fatal(err)
	}
	return cs
}

func (qc qualityCase) options() Options {
	opt := Options{Lang: qc.Lang, Published: time.Date(2016, 12, 31, 12, 0, 0, 0, time.UTC)}
	if qc.Published != "" {
		if p, err := time.Parse("2006-01-02", qc.Published); err == nil {
			opt.Published = p
		}
	}
	return opt
}

type wantFigure struct {
	key       string // value + unit
	qualifier app.Qualifier
	rate      app.Rate
}

func parseWant(s string) wantFigure {
	f := strings.Fields(s)
	w := wantFigure{}
	if len(f) >= 2 {
		w.key = f[0] + " " + f[1]
	}
	for _, x := range f[2:] {
		switch app.Rate(x) {
		case app.RatePerDay, app.RatePerMonth:
			w.rate = app.Rate(x)
			continue
		}
		w.qualifier = app.Qualifier(x)
	}
	return w
}

// figureKey is "value unit", or "low-high unit" for a range.
func figureKey(c app.Claim) string {
	v := strconv.FormatFloat(c.Value, 'f', -1, 64)
	if c.High > 0 {
		v += "-" + strconv.FormatFloat(c.High, 'f', -1, 64)
	}
	return v + " " + c.Unit
}

type langScore struct {
	sentences, negatives   int
	tp, fp, fn             int
	qualRight, qualChecked int
}

func (s langScore) precision() float64 {
	if s.tp+s.fp == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.tp+s.fp)
}

func (s langScore) recall() float64 {
	if s.tp+s.fn == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.tp+s.fn)
}

var langNames = map[string]string{
	"ar": "Arabic", "en": "English", "fr": "French", "de": "German",
	"es": "Spanish", "it": "Italian", "ru": "Russian", "hi": "Hindi",
}

// TestQuality scores value+unit precision and recall per language over the
// hand-written set and fails below recall 0.9 or precision 0.8. Negative
// sentences (years, durations, dates, clock times, ordinals, phone numbers)
// must give no figure at all.
func TestQuality(t *testing.T) {
	scores := map[string]*langScore{}
	for _, qc := range loadCases(t) {
		sc := scores[qc.Lang]
		if sc == nil {
			sc = &langScore{}
			scores[qc.Lang] = sc
		}
		sc.sentences++
		res := Text(qc.Text, qc.options())
		var got []app.Claim
		for _, c := range res.Claims {
			if c.Kind == app.ClaimFigure {
				got = append(got, c)
			}
		}
		if len(qc.Want) == 0 {
			sc.negatives++
			for _, c := range got {
				t.Errorf("[%s] negative %q gave figure %s (%q)", qc.Lang, qc.Text, figureKey(c), c.Quote)
			}
		}
		used := make([]bool, len(got))
		for _, ws := range qc.Want {
			w := parseWant(ws)
			found := false
			for k, c := range got {
				if used[k] || figureKey(c) != w.key {
					continue
				}
				used[k], found = true, true
				sc.tp++
				sc.qualChecked++
				if c.Qualifier == w.qualifier && c.Rate == w.rate {
					sc.qualRight++
				} else {
					t.Logf("[%s] %q: %s qualifier/rate %q/%q, want %q/%q", qc.Lang, qc.Text, w.key, c.Qualifier, c.Rate, w.qualifier, w.rate)
				}
				break
			}
			if !found {
				sc.fn++
				t.Logf("[%s] missed %s in %q", qc.Lang, w.key, qc.Text)
			}
		}
		for k, c := range got {
			if !used[k] {
				sc.fp++
				t.Logf("[%s] extra %s (%q) in %q", qc.Lang, figureKey(c), c.Quote, qc.Text)
			}
		}
	}
	langs := make([]string, 0, len(scores))
	for l := range scores {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	var md bytes.Buffer
	md.WriteString("| Language | Sentences | Negatives | Precision | Recall | Qualifier+rate right |\n")
	md.WriteString("|---|---:|---:|---:|---:|---:|\n")
	var all langScore
	for _, l := range langs {
		s := scores[l]
		fmt.Fprintf(&md, "| %s (%s) | %d | %d | %.2f | %.2f | %d/%d |\n", langNames[l], l, s.sentences, s.negatives, s.precision(), s.recall(), s.qualRight, s.qualChecked)
		all.sentences += s.sentences
		all.negatives += s.negatives
		all.tp += s.tp
		all.fp += s.fp
		all.fn += s.fn
		all.qualRight += s.qualRight
		all.qualChecked += s.qualChecked
		if s.recall() < 0.9 {
			t.Errorf("%s: recall %.2f < 0.90", l, s.recall())
		}
		if s.precision() < 0.8 {
			t.Errorf("%s: precision %.2f < 0.80", l, s.precision())
		}
	}
	fmt.Fprintf(&md, "| **All** | %d | %d | %.2f | %.2f | %d/%d |\n", all.sentences, all.negatives, all.precision(), all.recall(), all.qualRight, all.qualChecked)
	t.Logf("\n%s", md.String())
	if *update {
		out := "# Extraction quality\n\nValue+unit precision and recall of `app/extract` over the hand-written sentences in\n`app/extract/testdata/cases.json` (generated by `go test ./app/extract -run TestQuality -update`).\nNegative sentences carry years, durations, dates, clock times, ordinals and phone\nnumbers and must give no figure.\n\n" + md.String()
		if err := os.WriteFile(filepath.Join("testdata", "QUALITY.md"), []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// goldenClaim is the stable JSON shape of a claim in the golden file.
type goldenClaim struct {
	Kind      app.ClaimKind `json:"kind"`
	Value     float64       `json:"value,omitempty"`
	High      float64       `json:"high,omitempty"`
	Unit      string        `json:"unit,omitempty"`
	UnitText  string        `json:"unit_text,omitempty"`
	Qualifier app.Qualifier `json:"qualifier,omitempty"`
	Rate      app.Rate      `json:"rate,omitempty"`
	Quote     string        `json:"quote"`
	Start     int           `json:"start"`
	End       int           `json:"end"`
	Platform  string        `json:"platform,omitempty"`
	Actor     string        `json:"actor,omitempty"`
	Date      string        `json:"date,omitempty"`
	Period    string        `json:"period,omitempty"`
	Category  string        `json:"category,omitempty"`
	Verified  string        `json:"verification"`
	Conflicts []string      `json:"conflicts,omitempty"`
}

type goldenResult struct {
	Text      string        `json:"text"`
	Claims    []goldenClaim `json:"claims"`
	Platforms []string      `json:"platforms,omitempty"`
	Actors    []string      `json:"actors,omitempty"`
	Sources   []string      `json:"sources,omitempty"`
}

func toGolden(text string, r Result) goldenResult {
	g := goldenResult{Text: text, Platforms: r.Platforms, Actors: r.Actors, Claims: []goldenClaim{}}
	for _, c := range r.Claims {
		gc := goldenClaim{Kind: c.Kind, Value: c.Value, High: c.High, Category: c.Category, Unit: c.Unit, UnitText: c.UnitText, Qualifier: c.Qualifier, Rate: c.Rate,
			Quote: c.Quote, Start: c.Start, End: c.End, Platform: c.Platform, Actor: c.Actor, Period: c.Period,
			Verified: string(c.Verification)}
		for _, k := range c.Conflicts {
			gc.Conflicts = append(gc.Conflicts, k.Reason())
		}
		if !c.EventDate.IsZero() {
			gc.Date = c.EventDate.Format("2006-01-02")
		}
		g.Claims = append(g.Claims, gc)
	}
	for _, s := range r.Sources {
		g.Sources = append(g.Sources, fmt.Sprintf("%s (%s, %s)", s.Source.Name, s.Source.Kind, s.Role))
	}
	return g
}

// TestGolden compares the full result for every case, and for the longer
// texts in testdata/texts, with testdata/golden/*.json.
func TestGolden(t *testing.T) {
	byLang := map[string][]goldenResult{}
	for _, qc := range loadCases(t) {
		byLang[qc.Lang] = append(byLang[qc.Lang], toGolden(qc.Text, Text(qc.Text, qc.options())))
	}
	texts, _ := filepath.Glob(filepath.Join("testdata", "texts", "*.txt"))
	for _, p := range texts {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		opt := Options{Published: time.Date(2015, 11, 19, 9, 0, 0, 0, time.UTC)}
		byLang["text-"+strings.TrimSuffix(filepath.Base(p), ".txt")] = []goldenResult{toGolden(string(b), Text(string(b), opt))}
	}
	for name, rs := range byLang {
		got, err := json.MarshalIndent(rs, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, '\n')
		path := filepath.Join("testdata", "golden", name+".json")
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run with -update)", err)
		}
		if !bytes.Equal(got, want) {
			failed := filepath.Join("testdata", "failed", name+".json")
			_ = os.MkdirAll(filepath.Dir(failed), 0o755)
			_ = os.WriteFile(failed, got, 0o644)
			t.Errorf("%s: output differs from %s; actual written to %s", name, path, failed)
		}
	}
}
