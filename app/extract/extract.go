// Package extract finds the figures, units, qualifiers, dates, platforms,
// actors and attributions in the text of a takedown notice, in Arabic
// (MSA, Egyptian and Levantine spellings), English, French, German, Spanish,
// Italian, Russian and Hindi.
//
// It scans tokens rather than running large regular expressions: the text is
// split once into words, numbers and punctuation, each word is folded (Arabic
// normalisation, Latin accents, Devanagari nukta) and looked up in one
// multilingual lexicon, and the passes over the tokens read those look-ups.
// All offsets are rune offsets into the original text.
package extract

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/takedowndesk/takedowndesk/app"
)

// Options carries what is known about the notice.
type Options struct {
	Published time.Time // notice publication time; resolves weekdays and years without a year; zero if unknown
	Lang      string    // hint ("ar", "en", ...), may be empty; every sentence is read with the lexicons of all eight languages
	Aliases   []Alias   // extra platform/actor aliases added by users
}

// AliasKind says whether an alias names a platform or an actor.
type AliasKind string

// Alias kinds.
const (
	AliasPlatform AliasKind = "platform"
	AliasActor    AliasKind = "actor"
)

// Alias maps a written name to a canonical platform or actor.
type Alias struct {
	Name, Canonical string
	Kind            AliasKind
}

// Result is everything found in one text.
type Result struct {
	// Claims holds figures (Kind figure) and dates (Kind date), ordered by
	// Start, with Quote, Prefix and Suffix anchored in the text.
	Claims []app.Claim
	// Platforms lists canonical platform names, most mentioned first.
	Platforms []string
	// Actors lists canonical actors (extremist groups, agencies), most
	// mentioned first.
	Actors []string
	// Sources are suggested sources from attributions, with kind and role.
	Sources []app.SourceLink
}

type hit struct {
	e    *entry
	pfx  uint8 // 0 none, 1 conjunction/preposition, 2 with the article
	pfxW bool  // the prefix starts with wa ("and")
}

type mention struct {
	name string
	tok  int
	sent int
	grp  bool
	plat bool
}

type dateInfo struct {
	t0, t1 int // token range
	sent   int
	date   time.Time
	period string
	claim  int // index in claims
}

type ctx struct {
	rs       []rune
	toks     []token
	hits     []hit
	buf      []byte
	extra    *lexicon
	opt      Options
	claims   []app.Claim
	dates    []dateInfo
	mentions []mention
	figs     []figInfo
	figSent  map[int][]int // indexes of each sentence's figures, built by assign
	scans    int           // periods and figures assign looked at, for tests of its growth
	sources  []app.SourceLink
	srcSeen  map[string]bool
	speaker  map[int]string // sentence → platform that speaks in it
}

type figInfo struct {
	claim  int
	t0, t1 int
	sent   int
	ell    bool // a part that took its unit from the figure before it
	parent int  // for a part: 1 + the index in figs of its whole; 0 otherwise
	// nounPart: a part of a whole named by its unit with no count
	// ("miles de cuentas, entre ellas más de mil …")
	nounPart bool
	// monthTotal: a running total for the month ("Total this month:
	// 16050"), whose period is the month the text dates it in
	monthTotal bool
}

// testHook, when set by a test, runs in the middle of Text: it stands for a
// bug, to show that a panic reaches the caller.
var testHook func()

var ctxPool = sync.Pool{New: func() any { return &ctx{} }}

// Text extracts claims, platforms, actors and suggested sources from text.
// It is meant never to panic; if a bug makes it panic anyway, the panic
// reaches the caller (the import reports it for that file) rather than
// being turned into an empty result that would store a notice with no
// claims and no word about why.
func Text(text string, opt Options) Result {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	c := ctxPool.Get().(*ctx)
	defer func() {
		c.reset()
		ctxPool.Put(c)
	}()
	c.rs = append(c.rs[:0], []rune(text)...)
	c.opt = opt
	c.extra = nil
	if len(opt.Aliases) > 0 {
		c.extra = aliasLexicon(opt.Aliases)
	}
	c.toks, _ = tokenize(c.rs, c.toks[:0], c.buf[:0])
	c.maskCodes()
	c.lookup()
	if testHook != nil {
		testHook()
	}
	c.sentences()
	c.findDates()
	c.findMentions()
	c.findFigures()
	c.findAttributions()
	c.findBylines()
	c.assign()
	return c.result()
}

func (c *ctx) reset() {
	c.rs = c.rs[:0]
	c.toks = c.toks[:0]
	c.hits = c.hits[:0]
	c.claims = nil
	c.dates = c.dates[:0]
	c.mentions = c.mentions[:0]
	c.figs = c.figs[:0]
	c.figSent = nil
	c.scans = 0
	c.sources = nil
	c.srcSeen = nil
	c.speaker = nil
	c.extra = nil
	c.opt = Options{}
}

func aliasLexicon(as []Alias) *lexicon {
	l := newLexicon()
	for _, a := range as {
		name := strings.ReplaceAll(strings.TrimSpace(a.Name), "|", " ")
		canon := strings.TrimSpace(a.Canonical)
		if name == "" || canon == "" {
			continue
		}
		switch a.Kind {
		case AliasPlatform:
			l.add(entry{cat: catPlatform, s: canon}, name)
			l.add(entry{cat: catSource, s: canon, kind: app.SourcePlatformStatement}, name)
		default:
			l.add(entry{cat: catActor, s: canon, grp: true}, name)
		}
	}
	return l
}

// maxSentTokens bounds a sentence: past it the next punctuation mark ends
// the sentence, and twice past it the sentence ends anyway. Real sentences
// are far shorter; the rules that look across a sentence stay linear.
const maxSentTokens = 200

// sentences numbers the sentence of every token.
func (c *ctx) sentences() {
	s, start := 0, 0
	for k := range c.toks {
		t := &c.toks[k]
		if t.nl && k > 0 || k-start >= 2*maxSentTokens {
			s++
		}
		if k == 0 || c.toks[k-1].sent != s {
			start = k
		}
		t.sent = s
		if t.kind == tPunct && k-start >= maxSentTokens {
			// a run-on "sentence" (a list, a table flattened to text, a hostile
			// page) ends at its next mark once long: rules scan the whole
			// sentence around each figure, which would cost its length squared
			s++
			continue
		}
		if t.kind == tPunct {
			switch t.f {
			case "!", "?", "؟", "।", ";", "؛", "…":
				s++
			case ".":
				// a full stop after an abbreviated scale (тыс., Mio.), inside a
				// name (Rocket.Chat, telegram.org) or after a German day
				// number (18. November) does not end the sentence
				if k > 0 && !t.sp && c.toks[k-1].kind == tWord && utf8.RuneCountInString(c.toks[k-1].f) <= 3 && c.isAbbr(k-1) {
					continue
				}
				if k > 0 && k+1 < len(c.toks) && !t.sp && !c.toks[k+1].sp {
					continue
				}
				// a qualifier abbreviated with a full stop before a number
				// ("from approx. 1,777 websites") ends no sentence
				if k > 0 && k+1 < len(c.toks) && c.toks[k-1].kind == tWord && c.toks[k+1].kind == tNum && !c.toks[k+1].nl && c.qualAbbrAt(k-1) {
					continue
				}
				if c.letterAbbrAt(k) {
					continue // "i.e. 30 per second", "z.B. 300 Kanäle", "т.е. 30 в секунду"
				}
				if c.ruYearAbbrAt(k) {
					continue // "то в 2025 г. – к 1,289 млн"
				}
				// a domain's or a file's ending after a space: "180.000 .NET y
				// 190.000 .ORG", "a .pdf file"
				if k > 0 && k+1 < len(c.toks) && t.sp && !c.toks[k+1].sp && c.toks[k+1].kind == tWord && c.toks[k+1].sc == scLatin && utf8.RuneCountInString(c.toks[k+1].f) <= 4 {
					continue
				}
				if k > 0 && k+1 < len(c.toks) && !t.sp && c.toks[k-1].kind == tNum && c.toks[k-1].ndig <= 2 && !c.toks[k+1].nl && c.has(k+1, catMonth) {
					continue
				}
				s++
			}
		}
	}
}

// qualAbbrAt reports whether the word at k is a one-word qualifier
// written before a number that is cut short ("approx", "ca"): a full stop
// after it abbreviates it.
func (c *ctx) qualAbbrAt(k int) bool {
	if !qualAbbrs[c.toks[k].f] {
		return false
	}
	_, e := c.find(k, catQualBefore, 0)
	return e == k+1
}

// qualAbbrs are qualifiers that are abbreviations of a longer word.
var qualAbbrs = map[string]bool{"approx": true}

func (c *ctx) isAbbr(k int) bool {
	for _, h := range c.hitsOf(k) {
		if h.e.abbr || h.e.cat == catQualBefore {
			return true
		}
	}
	return false
}

// lookup finds the lexicon entries whose first token matches each token,
// with Arabic prefixes tolerated.
func (c *ctx) lookup() {
	for k := range c.toks {
		t := &c.toks[k]
		t.h0 = int32(len(c.hits))
		c.addHits(t.f, 0, false)
		if t.sc == scDevanagari {
			c.addDevanagariVariants(t.f)
		}
		if t.sc == scArabic && strings.HasSuffix(t.f, "ا") && len(t.f) > 6 {
			// the accusative tanween's alif after a unit noun: بوتاً, قناةً
			c.addUnitHits(t.f[:len(t.f)-len("ا")], 0, false)
		}
		if t.sc == scArabic {
			for _, p := range arPrefixes {
				if len(t.f) > len(p.p)+2 && strings.HasPrefix(t.f, p.p) {
					rest := t.f[len(p.p):]
					lvl := uint8(1)
					article := p.article || (strings.HasSuffix(p.p, "ال") && p.p != "ال")
					if article || p.p == "ال" {
						lvl = 2
					}
					w := strings.HasPrefix(p.p, "و")
					c.addHits(rest, lvl, w)
					if article {
						c.addAlHits(rest, lvl, w)
					}
				}
			}
		}
		t.h1 = int32(len(c.hits))
	}
}

// addUnitHits adds only the unit entries of key, for an inflected form
// that must not read as any other word.
func (c *ctx) addUnitHits(key string, lvl uint8, w bool) {
	for _, e := range lex.idx[key] {
		if e.cat == catUnit && len(e.toks) == 1 {
			c.hits = append(c.hits, hit{e, lvl, w})
		}
	}
	for _, p := range arPrefixes {
		if len(key) > len(p.p)+4 && strings.HasPrefix(key, p.p) && !p.article && p.p != "ال" {
			for _, e := range lex.idx[key[len(p.p):]] {
				if e.cat == catUnit && len(e.toks) == 1 {
					c.hits = append(c.hits, hit{e, 1, strings.HasPrefix(p.p, "و")})
				}
			}
		}
	}
}

func (c *ctx) addHits(key string, lvl uint8, w bool) {
	for _, e := range lex.idx[key] {
		c.hits = append(c.hits, hit{e, lvl, w})
	}
	if c.extra != nil {
		for _, e := range c.extra.idx[key] {
			c.hits = append(c.hits, hit{e, lvl, w})
		}
	}
}

var alIdx = func() map[string][]*entry {
	m := map[string][]*entry{}
	for k, es := range lex.idx {
		if strings.HasPrefix(k, "ال") && len(k) > len("ال")+2 {
			m[k[len("ال"):]] = append(m[k[len("ال"):]], es...)
		}
	}
	return m
}()

func (c *ctx) addAlHits(stem string, lvl uint8, w bool) {
	for _, e := range alIdx[stem] {
		c.hits = append(c.hits, hit{e, lvl, w})
	}
}

func (c *ctx) hitsOf(k int) []hit {
	t := &c.toks[k]
	return c.hits[t.h0:t.h1]
}

// matchEnd returns the token index after entry h matched at token i, or -1.
func (c *ctx) matchEnd(i int, h hit) int {
	e := h.e
	t := &c.toks[i]
	if e.cs != "" && (h.pfx != 0 || !runesEqual(c.rs[t.s:t.e], e.cs)) {
		return -1
	}
	j := i + 1
	for k := 1; k < len(e.toks); k++ {
		for j < len(c.toks) && c.toks[j].kind == tPunct && (c.toks[j].f == "-" || c.toks[j].f == "'") {
			j++
		}
		if j >= len(c.toks) || c.toks[j].f != e.toks[k] || c.toks[j].sent != t.sent {
			return -1
		}
		j++
	}
	return j
}

// find returns the longest entry of category ct at token i whose prefix
// level is at most maxPfx, and the token index after it (-1 if none).
func (c *ctx) find(i int, ct cat, maxPfx uint8) (hit, int) {
	if i < 0 || i >= len(c.toks) {
		return hit{}, -1
	}
	best, end := hit{}, -1
	for _, h := range c.hitsOf(i) {
		if h.e.cat != ct || h.pfx > maxPfx {
			continue
		}
		if j := c.matchEnd(i, h); j > end {
			best, end = h, j
		}
	}
	return best, end
}

// hasTime reports whether a time unit (hours, days, years) is written at i.
func (c *ctx) hasTime(i int) bool {
	if i < 0 || i >= len(c.toks) {
		return false
	}
	for _, h := range c.hitsOf(i) {
		if h.e.cat == catBlock && h.e.time && h.pfx <= 2 && c.matchEnd(i, h) > 0 {
			return true
		}
	}
	return false
}

func (c *ctx) has(i int, ct cat) bool {
	_, e := c.find(i, ct, 2)
	return e > 0
}

func (c *ctx) isPunct(i int, s string) bool {
	return i >= 0 && i < len(c.toks) && c.toks[i].kind == tPunct && c.toks[i].f == s
}

// wordsAt reports whether the folded words ws are written from token k on,
// all in sentence sent: a fixed phrase ("for a total of", "по
// предварительным данным").
func (c *ctx) wordsAt(k, sent int, ws []string) bool {
	if k < 0 || k+len(ws) > len(c.toks) {
		return false
	}
	for n, w := range ws {
		if t := &c.toks[k+n]; t.kind != tWord || t.f != w || t.sent != sent {
			return false
		}
	}
	return true
}

// result builds the Result and anchors the claims.
func (c *ctx) result() Result {
	var res Result
	// order by Start: sort indices, then move each claim once
	order := make([]int, len(c.claims))
	for k := range order {
		order[k] = k
	}
	sort.SliceStable(order, func(a, b int) bool { return c.claims[order[a]].Start < c.claims[order[b]].Start })
	drop := c.kickerRepeats()
	res.Claims = make([]app.Claim, 0, len(c.claims)-len(drop))
	for _, o := range order {
		if drop[o] {
			continue
		}
		res.Claims = append(res.Claims, c.claims[o])
		res.Claims[len(res.Claims)-1].Anchor(c.rs)
	}
	Conflicts(res.Claims)
	res.Platforms = c.ranked(true)
	res.Actors = c.ranked(false)
	res.Sources = c.sources
	return res
}

func (c *ctx) ranked(plat bool) []string {
	type cnt struct {
		name  string
		n     int
		first int
	}
	var cs []cnt
	pos := map[string]int{}
	for _, m := range c.mentions {
		if m.plat != plat {
			continue
		}
		if k, ok := pos[m.name]; ok {
			cs[k].n++
			continue
		}
		pos[m.name] = len(cs)
		cs = append(cs, cnt{m.name, 1, m.tok})
	}
	sort.SliceStable(cs, func(a, b int) bool { return cs[a].n > cs[b].n })
	var out []string
	for _, x := range cs {
		out = append(out, x.name)
	}
	return out
}

func runesEqual(rs []rune, s string) bool {
	k := 0
	for _, r := range s {
		if k >= len(rs) || rs[k] != r {
			return false
		}
		k++
	}
	return k == len(rs)
}

// roundValue takes the float noise of scaling off a value (12,449,999.9999
// from "12.45 million" is 12,450,000) without rounding a small share to
// nothing: "0,00001%" is 0.00001, never 0.
func roundValue(v float64) float64 {
	if r := math.Round(v); r != 0 && math.Abs(v-r) < 1e-4 {
		return r
	}
	if math.Abs(v) >= 1e-3 {
		return math.Round(v*1e6) / 1e6
	}
	f, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 9, 64), 64)
	if err != nil {
		return v
	}
	return f
}

func isUpperWord(rs []rune) bool {
	n := 0
	for _, r := range rs {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n > 1
}

func startsUpper(rs []rune) bool {
	return len(rs) > 0 && unicode.IsUpper(rs[0])
}
