package bidi

import (
	"math"
	"unicode"
	"unicode/utf8"

	xbidi "golang.org/x/text/unicode/bidi"
)

// Direction is the base direction of a paragraph.
type Direction int

const (
	// Auto takes each paragraph's direction from its first strong character
	// (UAX #9 rules P2, P3); paragraphs without one are left-to-right.
	Auto Direction = iota
	// LTR forces left-to-right paragraphs.
	LTR
	// RTL forces right-to-left paragraphs.
	RTL
)

// String returns "auto", "ltr" or "rtl".
func (d Direction) String() string {
	switch d {
	case LTR:
		return "ltr"
	case RTL:
		return "rtl"
	}
	return "auto"
}

// Run is a piece of a line that is drawn as one unit: it has one direction,
// one script (so one font), and is either all spaces or has none.
type Run struct {
	// Text is the run's text in logical order, exactly as in the input.
	Text string
	// RTL reports an odd embedding level: the run is read right to left.
	RTL bool
	// Start and End are rune offsets of the run in the input text.
	Start, End int
	// X is the left edge of the run in the line, Width its measured width.
	// Spaces hanging at the end of a line and paragraph separators have
	// zero width.
	X, Width float32
}

// Line is one laid-out line.
type Line struct {
	// Runs are in visual order, left to right.
	Runs []Run
	// RTL is the direction of the paragraph the line belongs to; RTL lines
	// are aligned to the right edge.
	RTL bool
	// Start and End are the rune offsets the line covers, including hanging
	// spaces and any paragraph separator that ends it.
	Start, End int
	// Width is the width of the line's content, without hanging spaces.
	Width float32
	// Ellipsis is set on the last line when text was cut to fit MaxLines;
	// the ellipsis goes after the content in reading order (on the left of
	// an RTL line). The line leaves room for it.
	Ellipsis bool
}

// Layout breaks text into lines no wider than width and orders each line's
// runs for display, as a browser would show the text in a pre-wrap block.
//
// text is in logical order. Line breaks happen at spaces; a word wider than
// the whole line is broken between characters. "\n", "\r\n", "\r" and U+2029
// separate paragraphs, and with Auto each paragraph takes its own direction.
// Runes of invalid UTF-8 count as one U+FFFD each, so offsets match
// []rune(text). width <= 0 means no wrapping. measure returns the drawn
// width of a string; it is only given single-script, single-direction runs.
func Layout(text string, dir Direction, width float32, measure func(string) float32) []Line {
	return layoutText(text, dir, width, measure, 0, 0)
}

// layoutOpts are the variations of Layout used by the widgets.
type layoutOpts struct {
	// maxLines > 0 cuts the text after that many lines, leaving room for
	// an ellipsis ellipsisW wide on the last.
	maxLines  int
	ellipsisW float32
	// edit lays text out for an editor: spaces at the end of a paragraph
	// take their width (the caret moves when one is typed), text ending in
	// a separator gets an empty last line for the caret, and with Auto a
	// paragraph without strong characters takes the previous paragraph's
	// direction, the first one fallbackRTL (as Pango's auto-dir does).
	edit        bool
	fallbackRTL bool
}

func layoutText(text string, dir Direction, width float32, measure func(string) float32, maxLines int, ellipsisW float32) []Line {
	return layoutWith(text, dir, width, measure, layoutOpts{maxLines: maxLines, ellipsisW: ellipsisW})
}

type script uint8

const (
	scriptOther script = iota
	scriptArabic
	scriptDevanagari
)

func baseScript(r rune) script {
	switch {
	case r >= 0x0600 && r <= 0x06FF, r >= 0x0750 && r <= 0x077F,
		r >= 0x0870 && r <= 0x08FF, r >= 0xFB50 && r <= 0xFDFF,
		r >= 0xFE70 && r <= 0xFEFF:
		return scriptArabic
	case r >= 0x0900 && r <= 0x097F, r >= 0xA8E0 && r <= 0xA8FF,
		r >= 0x1CD0 && r <= 0x1CFF:
		return scriptDevanagari
	}
	return scriptOther
}

// scriptOfRun returns the script of a run produced by Layout, to pick a font.
func scriptOfRun(s string) script {
	for _, r := range s {
		if !isMark(r) {
			return baseScript(r)
		}
	}
	return scriptOther
}

func isParaSep(r rune) bool { return r == '\n' || r == '\r' || r == 0x2029 }

// maxMeasuredWord bounds the length of a word measured in one piece; longer
// "words" (base64 junk, giant URLs) are broken by characters straight away,
// which keeps hostile input from making layout quadratic.
const maxMeasuredWord = 512

type layouter struct {
	runes  []rune
	levels []uint8
	scr    []script
	space  []bool
	strong []bool
	// wordEnd[i] is the first space or separator at or after i, so finding
	// words does not rescan a giant word once per line.
	wordEnd []int
	measure func(string) float32
	edit    bool
	// bound marks cluster starts (see clusterBounds): lines never break
	// inside a cluster.
	bound []bool
}

func layoutWith(text string, dir Direction, width float32, measure func(string) float32, opts layoutOpts) []Line {
	maxLines, ellipsisW := opts.maxLines, opts.ellipsisW
	if measure == nil {
		measure = func(s string) float32 { return float32(utf8.RuneCountInString(s)) }
	}
	if !(width > 0) || math.IsInf(float64(width), 1) {
		width = 0
	}
	runes := []rune(text) // invalid bytes become U+FFFD, one per byte
	n := len(runes)
	lo := &layouter{
		runes:   runes,
		levels:  make([]uint8, n),
		scr:     make([]script, n),
		space:   make([]bool, n),
		strong:  make([]bool, n),
		measure: measure,
		edit:    opts.edit,
		bound:   clusterBounds(runes),
	}
	for i, r := range runes {
		lo.space[i] = isSpace(r) && !isParaSep(r)
		c := classOf(r)
		attached := i > 0 && (isMark(r) || c == xbidi.NSM || removedByX9(c))
		if attached {
			lo.scr[i] = lo.scr[i-1]
			lo.strong[i] = lo.strong[i-1]
		} else {
			lo.scr[i] = baseScript(r)
			lo.strong[i] = c == xbidi.R || c == xbidi.AL
		}
	}

	lo.wordEnd = make([]int, n+1)
	lo.wordEnd[n] = n
	for i := n - 1; i >= 0; i-- {
		if lo.space[i] || isParaSep(runes[i]) {
			lo.wordEnd[i] = i
		} else {
			lo.wordEnd[i] = lo.wordEnd[i+1]
		}
	}

	var lines []Line
	prevRTL := opts.fallbackRTL
	for ps := 0; ps <= n; {
		pe := ps
		for pe < n && !isParaSep(runes[pe]) {
			pe++
		}
		next := pe
		if pe < n {
			next = pe + 1
			if runes[pe] == '\r' && next < n && runes[next] == '\n' {
				next++
			}
		}
		rtl := dir == RTL
		if dir == Auto {
			var found bool
			rtl, found = firstStrong(runes[ps:pe])
			if !found && opts.edit {
				rtl = prevRTL
			}
		}
		prevRTL = rtl
		copy(lo.levels[ps:pe], resolveLevels(runes[ps:pe], rtl))
		var stop bool
		lines, stop = lo.paragraph(lines, ps, pe, next, rtl, width, maxLines, ellipsisW)
		// An editor needs a line after a final separator to put the caret on.
		if stop || (next >= n && !(opts.edit && pe < n)) {
			break
		}
		ps = next
	}
	return lines
}

// key groups runes that can be drawn as one canvas object.
func (lo *layouter) key(i int, lv uint8) uint32 {
	k := uint32(lv)<<8 | uint32(lo.scr[i])<<4
	if lo.space[i] {
		k |= 1
	}
	if lv%2 == 1 && lo.strong[i] {
		k |= 2
	}
	return k
}

// pieces splits [a, b) into drawable runs in logical order.
func (lo *layouter) pieces(a, b int, lv func(int) uint8) [][2]int {
	var out [][2]int
	for i := a; i < b; {
		k := lo.key(i, lv(i))
		j := i + 1
		for j < b && lo.key(j, lv(j)) == k {
			j++
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

func (lo *layouter) paraLevel(i int) uint8 { return lo.levels[i] }

// width measures [a, b) the way it will be drawn: run by run.
func (lo *layouter) width(a, b int) float32 {
	var w float32
	for _, p := range lo.pieces(a, b, lo.paraLevel) {
		w += lo.measure(string(lo.runes[p[0]:p[1]]))
	}
	return w
}

func (lo *layouter) nextCluster(i, end int) int {
	i++
	for i < end && !lo.bound[i] {
		i++
	}
	return i
}

// fitClusters returns the end of the longest prefix of [a, b), cut between
// clusters, that fits in avail, or a if not even one cluster fits.
func (lo *layouter) fitClusters(a, b int, avail float32) int {
	// Sum cluster widths to guess, then check the guess as drawn: shaped
	// Arabic is usually a little narrower than its letters measured alone.
	var sum float32
	var bounds []int
	c := a
	for i := a; i < b; {
		j := lo.nextCluster(i, b)
		sum += lo.measure(string(lo.runes[i:j]))
		if sum > avail {
			break
		}
		bounds = append(bounds, j)
		c = j
		i = j
	}
	for tries := 0; c > a && tries < 64 && lo.width(a, c) > avail; tries++ {
		bounds = bounds[:len(bounds)-1]
		c = a
		if len(bounds) > 0 {
			c = bounds[len(bounds)-1]
		}
	}
	return c
}

// paragraph lays out the paragraph [ps, pe) whose separator ends at next.
// It reports stop when maxLines was reached.
func (lo *layouter) paragraph(lines []Line, ps, pe, next int, rtl bool, limit float32, maxLines int, ellipsisW float32) ([]Line, bool) {
	for ls := ps; ; {
		last := maxLines > 0 && len(lines) == maxLines-1
		end, ce, w := lo.fitLine(ls, pe, limit)
		ellipsis := false
		if last && lo.moreText(end) {
			l := limit - ellipsisW
			if limit > 0 && l <= 0 {
				l = 1e-6 // leave room for the ellipsis alone
			}
			end, ce, w = lo.fitLine(ls, pe, l)
			end, ce, w = lo.dropSeparator(ls, end, ce, w)
			ellipsis = true
		}
		sepEnd := end
		if end >= pe {
			sepEnd = next
		}
		lines = append(lines, lo.buildLine(ls, end, ce, sepEnd, rtl, limit, w, ellipsis))
		if ellipsis || (last && !lo.moreText(sepEnd)) {
			return lines, true
		}
		if end >= pe {
			return lines, false
		}
		ls = end
	}
}

// moreText reports whether anything but spaces and separators follows i.
func (lo *layouter) moreText(i int) bool {
	for ; i < len(lo.runes); i++ {
		if !lo.space[i] && !isParaSep(lo.runes[i]) {
			return true
		}
	}
	return false
}

// fitLine finds the end of the line starting at ls: end is where the next
// line starts, ce the end of the content (before hanging spaces), w the
// content width.
func (lo *layouter) fitLine(ls, pe int, limit float32) (end, ce int, w float32) {
	ce = ls
	i := ls
	for i < pe {
		j := i
		for j < pe && lo.space[j] {
			j++
		}
		k := min(lo.wordEnd[j], pe)
		if j == k { // only spaces left: they hang
			return k, ce, w
		}
		sw := lo.width(i, j)
		var ww float32
		if k-j > maxMeasuredWord && limit > 0 {
			ww = float32(math.MaxFloat32)
		} else {
			ww = lo.width(j, k)
		}
		if limit <= 0 || w+sw+ww <= limit {
			w += sw + ww
			ce, i = k, k
			continue
		}
		if ce > ls { // the word goes to the next line; spaces hang here
			return j, ce, w
		}
		// The word alone is wider than the line: break inside it.
		c := lo.fitClusters(j, k, limit-sw)
		if c == j {
			if i < j { // leading spaces fill this line; the word starts the next
				return j, ce, w
			}
			c = lo.nextCluster(j, k) // one cluster wider than the line
		}
		w += sw + lo.width(j, c)
		return c, c, w
	}
	return i, ce, w
}

// dropSeparator takes a cut line's last word off when it is only a
// separator ("78 channels · 12 languages ·" before the ellipsis): the
// ellipsis then follows the last part shown, not a separator of a part
// that is not.
func (lo *layouter) dropSeparator(ls, end, ce int, w float32) (int, int, float32) {
	j := ce
	for j > ls && !lo.space[j-1] {
		j--
	}
	if j == ce || ce-j > 2 {
		return end, ce, w
	}
	for _, r := range lo.runes[j:ce] {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			return end, ce, w
		}
	}
	k := j
	for k > ls && lo.space[k-1] {
		k--
	}
	if k == ls {
		return end, ce, w // the separator is all the line holds
	}
	return k, k, w - lo.width(k, j) - lo.width(j, ce)
}

// buildLine makes the visual line for [ls, end) with content ending at ce
// and a paragraph separator (if any) up to sepEnd.
func (lo *layouter) buildLine(ls, end, ce, sepEnd int, rtl bool, limit, w float32, ellipsis bool) Line {
	var base uint8
	if rtl {
		base = 1
	}
	lv := make([]uint8, end-ls)
	copy(lv, lo.levels[ls:end])
	// L1: tabs, and whitespace before them or at the end of the line, go
	// back to the paragraph level.
	trailing := true
	for m := end - 1; m >= ls; m-- {
		c := classOf(lo.runes[m])
		ws := lo.space[m] || removedByX9(c) || isIsolateControl(c)
		switch {
		case c == xbidi.S || c == xbidi.B:
			lv[m-ls] = base
			trailing = true
		case trailing && ws:
			lv[m-ls] = base
		default:
			trailing = false
		}
	}
	level := func(i int) uint8 { return lv[i-ls] }
	ps := lo.pieces(ls, end, level)
	runs := make([]Run, 0, len(ps)+1)
	levels := make([]uint8, 0, len(ps)+1)
	for _, p := range ps {
		r := Run{
			Text:  string(lo.runes[p[0]:p[1]]),
			RTL:   level(p[0])%2 == 1,
			Start: p[0],
			End:   p[1],
		}
		if p[0] < ce || (lo.edit && (sepEnd > end || end == len(lo.runes))) {
			r.Width = lo.measure(r.Text)
			if p[0] >= ce {
				w += r.Width
			}
		}
		runs = append(runs, r)
		levels = append(levels, level(p[0]))
	}
	if sepEnd > end {
		runs = append(runs, Run{Text: string(lo.runes[end:sepEnd]), RTL: rtl, Start: end, End: sepEnd})
		levels = append(levels, base)
	}
	reorder(runs, levels)
	var x float32
	if rtl && limit > 0 && w < limit {
		x = limit - w
	}
	for i := range runs {
		runs[i].X = x
		x += runs[i].Width
	}
	return Line{Runs: runs, RTL: rtl, Start: ls, End: sepEnd, Width: w, Ellipsis: ellipsis}
}

// reorder applies rule L2: from the highest level down to the lowest odd
// level, reverse every sequence of runs at that level or higher.
func reorder(runs []Run, levels []uint8) {
	if len(runs) == 0 {
		return
	}
	hi, lowOdd := uint8(0), uint8(255)
	for _, l := range levels {
		hi = max(hi, l)
		if l%2 == 1 {
			lowOdd = min(lowOdd, l)
		}
	}
	for l := hi; l >= lowOdd && l > 0; l-- {
		for i := 0; i < len(runs); {
			if levels[i] < l {
				i++
				continue
			}
			j := i
			for j < len(runs) && levels[j] >= l {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				runs[a], runs[b] = runs[b], runs[a]
				levels[a], levels[b] = levels[b], levels[a]
			}
			i = j
		}
	}
}
