package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// runOnShapes are texts with no sentence end whose figures made the rules
// that look across a figure's sentence cost the text's length squared.
var runOnShapes = map[string]string{
	"list":    "5, 6 and 7 channels ",
	"parens":  "(5 channels) ",
	"percent": "12% of 300 ",
	"clauses": "Telegram removed 1,200 channels and 300 accounts, ",
	"arabic":  "حذف تلغرام 300 قناة و ",
}

// withFigures is Text's work on text up to its figures.
func withFigures(text string) *ctx {
	c := &ctx{opt: Options{Published: time.Date(2016, 12, 31, 0, 0, 0, 0, time.UTC)}}
	c.rs = []rune(text)
	c.toks, _ = tokenize(c.rs, nil, nil)
	c.maskCodes()
	c.lookup()
	c.sentences()
	c.findDates()
	c.findMentions()
	c.findFigures()
	return c
}

// sentenceWork is what the sentence-wide rules scan: for each figure, the
// tokens of its sentence.
func sentenceWork(text string) (work, figs int) {
	c := withFigures(text)
	size := map[int]int{}
	for _, t := range c.toks {
		size[t.sent]++
	}
	for _, f := range c.figs {
		work += size[f.sent]
	}
	return work, len(c.figs)
}

// TestRunOnSentenceLinear: ten times the text is at most about ten times
// the work, not a hundred.
func TestRunOnSentenceLinear(t *testing.T) {
	for name, unit := range runOnShapes {
		w1, f1 := sentenceWork(strings.Repeat(unit, 300))
		w10, f10 := sentenceWork(strings.Repeat(unit, 3000))
		if f1 == 0 || f10 < 5*f1 {
			t.Errorf("%s: %d then %d figures, the shape no longer finds figures", name, f1, f10)
			continue
		}
		if r := float64(w10) / float64(w1); r > 15 {
			t.Errorf("%s: sentence work grew %.0fx (%d to %d) for 10x the text", name, r, w1, w10)
		}
	}
}

// assignScans is how many periods and figures assign looked at.
func assignScans(text string) int {
	c := withFigures(text)
	c.findAttributions()
	c.findBylines()
	c.assign()
	return c.scans + len(c.figs) // a figure costs at least one look
}

// TestManySentencesLinear: figures in many sentences, with and without
// periods, cost about ten times the looks at ten times the text (assign
// once went over every figure's period, or every figure, for each figure).
func TestManySentencesLinear(t *testing.T) {
	for _, unit := range []string{
		"Telegram removed 1,200 channels and 300 accounts. ",
		"In Q3 2020 Telegram removed 5 channels and 6 groups. ",
		"In May 2020, Telegram removed 5 channels. ",
		"in May 2020 Telegram removed 5 channels, ",
	} {
		w1, w10 := assignScans(strings.Repeat(unit, 100)), assignScans(strings.Repeat(unit, 1000))
		if r := float64(w10) / float64(w1); r > 15 {
			t.Errorf("%q: assign's looks grew %.0fx (%d to %d) for 10x the text", unit, r, w1, w10)
		}
	}
}

// TestLongSentenceBounded: no sentence of a run-on text outgrows the bound.
func TestLongSentenceBounded(t *testing.T) {
	c := &ctx{}
	c.rs = []rune(strings.Repeat("word ", 5000) + strings.Repeat("5, ", 5000))
	c.toks, _ = tokenize(c.rs, nil, nil)
	c.lookup()
	c.sentences()
	size := map[int]int{}
	for _, tk := range c.toks {
		size[tk.sent]++
	}
	for s, n := range size {
		if n > 2*maxSentTokens {
			t.Fatalf("sentence %d has %d tokens, more than %d", s, n, 2*maxSentTokens)
		}
	}
}

// BenchmarkRunOn runs the extractor on a run-on list at 1x and 10x; the
// time per op should grow about tenfold.
func BenchmarkRunOn(b *testing.B) {
	opt := Options{Published: time.Date(2016, 12, 31, 0, 0, 0, 0, time.UTC)}
	for _, x := range []int{1, 10} {
		text := strings.Repeat(runOnShapes["list"], 200*x)
		b.Run(fmt.Sprintf("%dx", x), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Text(text, opt)
			}
		})
	}
}
