package bidi

import (
	"strings"
	"unicode"
)

// clusterBounds reports, for every offset 0..len(runes), whether the caret
// may stand there: not inside a user-perceived character. Combining marks
// (harakat), ZWJ sequences, emoji modifiers and tags, flag pairs, CR LF,
// and lam-alef (drawn as one ligature) each stay whole, so Backspace and
// Delete remove them whole and the caret never sits inside a glyph.
func clusterBounds(runes []rune) []bool {
	n := len(runes)
	b := make([]bool, n+1)
	ri := 0 // regional indicators in a row before i
	for i := 0; i <= n; i++ {
		b[i] = i == 0 || i == n || startsCluster(runes, i, ri)
		if i < n && isRegional(runes[i]) {
			ri++
		} else {
			ri = 0
		}
	}
	return b
}

func isRegional(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

func isLam(r rune) bool { return r == 0x0644 }

func isAlef(r rune) bool {
	switch r {
	case 0x0622, 0x0623, 0x0625, 0x0627, 0x0671, 0x0672, 0x0673:
		return true
	}
	return false
}

// startsCluster reports whether runes[i] begins a new cluster; ri counts the
// regional indicators just before it.
func startsCluster(runes []rune, i, ri int) bool {
	r, p := runes[i], runes[i-1]
	switch {
	case isMark(r), r >= 0xE0020 && r <= 0xE007F: // marks, emoji tags
		return false
	case p == 0x200D: // after ZWJ
		return false
	case p == '\r' && r == '\n':
		return false
	case isRegional(r) && ri%2 == 1:
		return false
	case isAlef(r):
		j := i - 1
		for j > 0 && isMark(runes[j]) && runes[j] != 0x200C {
			j--
		}
		return !isLam(runes[j])
	}
	return true
}

// isWordRune reports runes that belong to words for double-click and
// Ctrl+arrows.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || isMark(r) || r == '_'
}

// wordRange returns the word at off for a double click: the word the rune
// at off (or just before it) belongs to, else that one cluster.
func wordRange(runes []rune, bound []bool, off int) (int, int) {
	n := len(runes)
	off = min(max(off, 0), n)
	switch {
	case off < n && isWordRune(runes[off]):
	case off > 0 && isWordRune(runes[off-1]):
		off--
	default:
		if off == n {
			if off == 0 {
				return 0, 0
			}
			off--
		}
		a, b := off, off+1
		for a > 0 && !bound[a] {
			a--
		}
		for b < n && !bound[b] {
			b++
		}
		return a, b
	}
	a, b := off, off
	for a > 0 && isWordRune(runes[a-1]) {
		a--
	}
	for b < n && isWordRune(runes[b]) {
		b++
	}
	return a, b
}

// nextWordEnd and prevWordStart are the stops of Ctrl+arrows, in logical
// order: past the non-word runes, then past the word.
func nextWordEnd(runes []rune, off int) int {
	n := len(runes)
	for off < n && !isWordRune(runes[off]) {
		off++
	}
	for off < n && isWordRune(runes[off]) {
		off++
	}
	return off
}

func prevWordStart(runes []rune, off int) int {
	for off > 0 && !isWordRune(runes[off-1]) {
		off--
	}
	for off > 0 && isWordRune(runes[off-1]) {
		off--
	}
	return off
}

// isBidiControl reports the invisible direction marks and embeddings that
// never go to the clipboard or into typed text: a hostile notice can carry
// them to flip what a reporter sees.
func isBidiControl(r rune) bool {
	switch {
	case r == 0x200E, r == 0x200F, r == 0x061C: // LRM, RLM, ALM
		return true
	case r >= 0x202A && r <= 0x202E: // LRE, RLE, PDF, LRO, RLO
		return true
	case r >= 0x2066 && r <= 0x2069: // LRI, RLI, FSI, PDI
		return true
	}
	return false
}

// StripBidiControls removes direction marks, embeddings, overrides and
// isolates from s. Joiners (ZWJ, ZWNJ) stay: Arabic and Persian spelling
// needs them.
func StripBidiControls(s string) string {
	if strings.IndexFunc(s, isBidiControl) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isBidiControl(r) {
			return -1
		}
		return r
	}, s)
}

// editState is what undo restores.
type editState struct {
	text          string
	caret, anchor int
}

type editKind uint8

const (
	editOther editKind = iota
	editType
	editDelete
)

// history keeps undo and redo states. Typing (and deleting) one character
// after another is one step, cut at spaces, like a browser's text field.
type history struct {
	undo, redo []editState
	last       editKind
}

const maxUndo = 500

// record saves the state before an edit of the given kind; fresh starts a
// new step even when the edit continues the last one (typing over a
// selection starts a step that the typing after it joins).
func (h *history) record(before editState, kind editKind, breakAfter, fresh bool) {
	h.redo = h.redo[:0]
	if fresh || kind == editOther || kind != h.last || len(h.undo) == 0 {
		h.undo = append(h.undo, before)
		if len(h.undo) > maxUndo {
			h.undo = append(h.undo[:0], h.undo[len(h.undo)-maxUndo:]...)
		}
	}
	h.last = kind
	if breakAfter {
		h.last = editOther
	}
}

// cut ends the current group of typing, after the caret moved.
func (h *history) cut() { h.last = editOther }

func (h *history) undoTo(cur editState) (editState, bool) {
	if len(h.undo) == 0 {
		return cur, false
	}
	s := h.undo[len(h.undo)-1]
	h.undo = h.undo[:len(h.undo)-1]
	h.redo = append(h.redo, cur)
	h.last = editOther
	return s, true
}

func (h *history) redoTo(cur editState) (editState, bool) {
	if len(h.redo) == 0 {
		return cur, false
	}
	s := h.redo[len(h.redo)-1]
	h.redo = h.redo[:len(h.redo)-1]
	h.undo = append(h.undo, cur)
	h.last = editOther
	return s, true
}
