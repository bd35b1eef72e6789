package bidi

import (
	"sort"
)

// textMap maps logical offsets (runes) of laid-out text to visual positions
// and back, for the caret, the selection and mouse hits of Entry.
//
// The caret rule at a direction boundary is Pango's "strong cursor": the
// caret of offset i is drawn at the trailing edge of the character before
// it when that character runs in the paragraph's direction (or i starts
// the line), and otherwise at the leading edge of the character after it.
// It is where a character typed in the paragraph's direction will appear.
//
// ← and → step through the caret positions of a line sorted by x, so the
// caret always moves visually, one position at a time, and every offset of
// the line is reached exactly once; off the edge of a line they go on to the
// next line in reading order (→ in LTR, ← in RTL) or back to the previous
// one, arriving at its far side (its right end when moving left).
type textMap struct {
	runes   []rune
	lines   []Line
	measure func(string) float32
	bound   []bool // bound[i]: a caret may stand at offset i
	left    []float32
	stops   map[int][]stop
	cum     map[int][]float32
}

// stop is one caret position of a line.
type stop struct {
	x   float32
	off int
}

// newTextMap takes lines from layoutWith over runes with the same measure.
// alignW is the width RTL lines are aligned to: lines are moved so LTR
// lines start at x=0 and RTL lines end at alignW (an RTL line wider than
// alignW starts left of 0). The lines' runs are changed in place.
func newTextMap(runes []rune, lines []Line, measure func(string) float32, alignW float32) *textMap {
	m := &textMap{runes: runes, lines: lines, measure: measure,
		bound: clusterBounds(runes), left: make([]float32, len(lines)),
		stops: map[int][]stop{}, cum: map[int][]float32{}}
	for li := range lines {
		l := &lines[li]
		// A line may start inside a cluster (a space with a mark after
		// it); the caret must be able to stand there.
		if l.Start <= len(runes) {
			m.bound[l.Start] = true
		}
		left := float32(0)
		if l.RTL {
			left = alignW - l.Width
		}
		m.left[li] = left
		if len(l.Runs) == 0 {
			continue
		}
		// Runs were placed one after another from the first; only the
		// origin changes.
		d := left - l.Runs[0].X
		for ri := range l.Runs {
			l.Runs[ri].X += d
		}
	}
	return m
}

// lineOf returns the line holding the caret at off: the last line starting
// at or before it, so an offset where a line wraps belongs to the next line.
func (m *textMap) lineOf(off int) int {
	i := sort.Search(len(m.lines), func(i int) bool { return m.lines[i].Start > off })
	return max(0, i-1)
}

// lineEnd is the last caret offset of line li: before its separator, or
// before its last cluster when the line wraps (that offset starts the next
// line).
func (m *textMap) lineEnd(li int) int {
	l := m.lines[li]
	e := l.End
	if e > l.Start && isParaSep(m.runes[e-1]) {
		e--
		if e > l.Start && m.runes[e] == '\n' && m.runes[e-1] == '\r' {
			e--
		}
		return e
	}
	if li == len(m.lines)-1 {
		return e
	}
	for e--; e > l.Start && !m.bound[e]; e-- {
	}
	return max(e, l.Start)
}

// runAt returns the run of line li holding the rune at i.
func (m *textMap) runAt(li, i int) (Run, bool) {
	for _, r := range m.lines[li].Runs {
		if i >= r.Start && i < r.End {
			return r, true
		}
	}
	return Run{}, false
}

// prefixWidth is the drawn width of the first k runes of run r.
func (m *textMap) prefixWidth(r Run, k int) float32 {
	n := r.End - r.Start
	if k <= 0 || r.Width <= 0 {
		return 0
	}
	if k >= n {
		return r.Width
	}
	return m.cumulative(r)[k]
}

// cumulative returns the prefix widths of run r at every rune, never
// decreasing and never wider than the run. Short runs measure each prefix
// as drawn; an Arabic prefix gets a ZWJ so its last letter keeps the
// joining form it has inside the word (alone it would take its wider final
// form). Long runs are measured cluster by cluster and scaled to the run,
// so placing a caret in a giant word stays linear.
func (m *textMap) cumulative(r Run) []float32 {
	if c, ok := m.cum[r.Start]; ok {
		return c
	}
	n := r.End - r.Start
	rs := m.runes[r.Start:r.End]
	c := make([]float32, n+1)
	if n <= 64 {
		arabic := scriptOfRun(string(rs)) == scriptArabic
		buf := make([]rune, 0, n+1)
		for k := 1; k < n; k++ {
			if !m.bound[r.Start+k] {
				c[k] = c[k-1]
				continue
			}
			buf = append(buf[:0], rs[:k]...)
			if arabic {
				buf = append(buf, 0x200D)
			}
			c[k] = min(max(m.measure(string(buf)), c[k-1]), r.Width)
		}
	} else {
		var sum float32
		for i := 0; i < n; {
			j := i + 1
			for j < n && !m.bound[r.Start+j] {
				j++
			}
			for k := i + 1; k < j; k++ {
				c[k] = sum // inside a cluster: its start
			}
			sum += m.measure(string(rs[i:j]))
			c[j] = sum
			i = j
		}
		for k := range c {
			if sum > 0 {
				c[k] = c[k] / sum * r.Width
			}
		}
	}
	c[n] = r.Width
	m.cum[r.Start] = c
	return c
}

// edgeX is the x of the boundary before rune off inside run r.
func (m *textMap) edgeX(r Run, off int) float32 {
	pw := m.prefixWidth(r, off-r.Start)
	if r.RTL {
		return r.X + r.Width - pw
	}
	return r.X + pw
}

// lineStartX and lineEndX are the edges of line li in reading order.
func (m *textMap) lineStartX(li int) float32 {
	if m.lines[li].RTL {
		return m.left[li] + m.lines[li].Width
	}
	return m.left[li]
}

func (m *textMap) lineEndX(li int) float32 {
	if m.lines[li].RTL {
		return m.left[li]
	}
	return m.left[li] + m.lines[li].Width
}

// caretX returns the line and x of the caret at off (see textMap).
func (m *textMap) caretX(off int) (int, float32) {
	off = m.clamp(off)
	li := m.lineOf(off)
	l := m.lines[li]
	rtl := l.RTL
	x1, dir1 := m.lineStartX(li), rtl
	if off > l.Start {
		if r, ok := m.runAt(li, off-1); ok && !isParaSep(m.runes[off-1]) {
			x1, dir1 = m.edgeX(r, off), r.RTL
		}
	}
	if dir1 == rtl {
		return li, x1
	}
	x2 := m.lineEndX(li)
	if off < l.End && !isParaSep(m.runes[off]) {
		if r, ok := m.runAt(li, off); ok {
			x2 = m.edgeX(r, off)
		}
	}
	return li, x2
}

// clamp moves off into range and onto a cluster boundary (backwards).
func (m *textMap) clamp(off int) int {
	off = min(max(off, 0), len(m.runes))
	for off > 0 && !m.bound[off] {
		off--
	}
	return off
}

// lineStops returns the caret positions of line li sorted by x.
func (m *textMap) lineStops(li int) []stop {
	if s, ok := m.stops[li]; ok {
		return s
	}
	l := m.lines[li]
	end := m.lineEnd(li)
	var s []stop
	for off := l.Start; off <= end; off++ {
		if !m.bound[off] {
			continue
		}
		_, x := m.caretX(off)
		s = append(s, stop{x, off})
	}
	sort.SliceStable(s, func(a, b int) bool { return s[a].x < s[b].x })
	m.stops[li] = s
	return s
}

// moveVisual moves the caret one position right (or left) on screen.
func (m *textMap) moveVisual(off int, right bool) int {
	off = m.clamp(off)
	li := m.lineOf(off)
	ss := m.lineStops(li)
	k := 0
	for i, s := range ss {
		if s.off == off {
			k = i
			break
		}
	}
	if right {
		k++
	} else {
		k--
	}
	if k >= 0 && k < len(ss) {
		return ss[k].off
	}
	// Off the edge: on to the next line in reading order, or back, at the
	// side of that line the caret is moving from, so it keeps moving the
	// same way on screen (the start of an LTR line or the end of an RTL
	// one when moving left).
	to := li - 1
	if right != m.lines[li].RTL {
		to = li + 1
	}
	if to < 0 || to >= len(m.lines) {
		return off
	}
	ns := m.lineStops(to)
	if right {
		return ns[0].off
	}
	return ns[len(ns)-1].off
}

// hit returns the offset whose caret is nearest to x on line li.
func (m *textMap) hit(li int, x float32) int {
	li = min(max(li, 0), len(m.lines)-1)
	ss := m.lineStops(li)
	best, bd := m.lines[li].Start, float32(-1)
	for _, s := range ss {
		d := absf(s.x - x)
		if bd < 0 || d < bd {
			best, bd = s.off, d
		}
	}
	return best
}

// selectionRects returns the visual pieces of the logical range [a, b) on
// each line, left to right: one per run it touches, merged where they
// touch. A selected paragraph separator shows as a sliver of sepW at the
// end of its line.
func (m *textMap) selectionRects(a, b int, sepW float32) []selRect {
	if a > b {
		a, b = b, a
	}
	var out []selRect
	for li, l := range m.lines {
		if l.End <= a || l.Start >= b {
			continue
		}
		first := len(out)
		for _, r := range l.Runs {
			s, e := max(a, r.Start), min(b, r.End)
			if s >= e {
				continue
			}
			if isParaSep(m.runes[r.Start]) {
				x := m.lineEndX(li)
				if l.RTL {
					out = append(out, selRect{li, x - sepW, x})
				} else {
					out = append(out, selRect{li, x, x + sepW})
				}
				continue
			}
			if r.Width <= 0 {
				continue
			}
			x0, x1 := m.edgeX(r, s), m.edgeX(r, e)
			if x0 > x1 {
				x0, x1 = x1, x0
			}
			out = append(out, selRect{li, x0, x1})
		}
		line := out[first:]
		sort.Slice(line, func(i, j int) bool { return line[i].x0 < line[j].x0 })
		merged := out[:first]
		for _, rc := range line {
			if n := len(merged); n > first && rc.x0-merged[n-1].x1 < 0.5 {
				merged[n-1].x1 = max(merged[n-1].x1, rc.x1)
				continue
			}
			merged = append(merged, rc)
		}
		out = merged
	}
	return out
}

// selRect is a selected piece [x0, x1) of a line.
type selRect struct {
	line   int
	x0, x1 float32
}

// lineRight is the right edge of line li's content.
func (m *textMap) lineRight(li int) float32 { return m.left[li] + m.lines[li].Width }
