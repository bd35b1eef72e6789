// Package safename makes names and messages that came from outside (file
// names, paths, errors quoting them) safe to show in a dialog, a progress
// line, a terminal or a report: nothing in them can hide, reorder or break
// the text around them.
//
// A file named "statement\u202egnp.txt" shows as "statementtxt.png" in any
// bidi-aware view; one holding "\n" or ESC can forge a second line of a
// report or drive a terminal. Such runes are shown as visible escapes
// instead ("statement\u202egnp.txt"), messages are kept on one line, and
// very long paths lose their middle, never their file name.
package safename

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Ellipsis stands for the part of a path Path leaves out.
const Ellipsis = "…"

// MaxPath is the length, in runes as shown, of a path in a one-line
// message; MaxBase that of a file name alone (a progress line, a list).
const (
	MaxPath = 120
	MaxBase = 64
)

// hidden reports whether r must be shown escaped: controls (C0, DEL, C1),
// invisible format characters (bidi embeddings, overrides, isolates and
// marks, zero-width space, soft hyphen, BOM, tag characters…) and the line
// and paragraph separators. The zero-width joiner and non-joiner stay:
// Persian and Indic words and emoji need them, and they reorder nothing.
func hidden(r rune) bool {
	switch {
	case r == 0x200C || r == 0x200D:
		return false
	case r < 0x20, r == 0x7F:
		return true
	}
	return unicode.In(r, unicode.Cc, unicode.Cf, unicode.Zl, unicode.Zp)
}

// units splits s into what a reader sees: each rune that is safe to show,
// or the visible escape of one that is not (of a byte that is not UTF-8,
// \xNN). A backslash stays a backslash (Windows paths), so a name that
// spells "\u202e" itself reads the same as one holding U+202E: both are
// harmless.
func units(s string) []string {
	out := make([]string, 0, len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			out = append(out, fmt.Sprintf(`\x%02x`, s[i]))
		case r == '\n':
			out = append(out, `\n`)
		case r == '\r':
			out = append(out, `\r`)
		case r == '\t':
			out = append(out, `\t`)
		case r < 0x80 && hidden(r):
			out = append(out, fmt.Sprintf(`\x%02x`, r))
		case hidden(r) && r > 0xFFFF:
			out = append(out, fmt.Sprintf(`\U%08x`, r))
		case hidden(r):
			out = append(out, fmt.Sprintf(`\u%04x`, r))
		default:
			out = append(out, s[i:i+n])
		}
		i += n
	}
	return out
}

// Escape returns s with every rune that could hide, reorder or break the
// text around it written as a visible escape: \n, \t, \x1b, \u202e,
// \U000e0041, and \xff for a byte that is not UTF-8. Text without such
// runes, Arabic included, comes back unchanged.
func Escape(s string) string {
	if safe(s) {
		return s
	}
	return strings.Join(units(s), "")
}

// safe reports whether s is valid UTF-8 without a rune to escape.
func safe(s string) bool {
	for i, r := range s {
		if hidden(r) || r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") {
			return false
		}
	}
	return true
}

// Line is a message made fit for one line: each run of white space
// (newlines and tabs included) becomes one space, and what is left that
// could hide or reorder text is escaped as Escape does.
func Line(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i, r := range s {
		if r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			fmt.Fprintf(&b, `\x%02x`, s[i])
			continue
		}
		if unicode.IsSpace(r) || r == 0x2028 || r == 0x2029 {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if hidden(r) {
			b.WriteString(Escape(string(r)))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Path is p escaped and, when longer than limit runes as shown, cut in the
// middle with an ellipsis: its start (the folder it is in) and its end
// (the file name, whole when it fits) stay. A limit below 8 counts as 8.
func Path(p string, limit int) string {
	return strings.Join(cut(units(p), max(limit, 8)), "")
}

// cut leaves out the middle of u, shown units, so that it fits limit.
func cut(u []string, limit int) []string {
	if len(u) <= limit {
		return u
	}
	// The tail keeps the file name when it can, and at least two thirds
	// of the room.
	base := len(u)
	for base > 0 && u[base-1] != "/" && u[base-1] != `\` {
		base--
	}
	tail := len(u) - base
	tail = min(max(tail, (limit-1)*2/3), limit-2)
	head := limit - 1 - tail
	start := len(u) - tail
	// Do not open the tail with a combining mark cut from its letter.
	for start < len(u)-1 && isMark(u[start]) {
		start++
	}
	return append(append(u[:head:head], Ellipsis), u[start:]...)
}

// Base is the last element of path p (after its last / or \), shown as
// Path shows a path: escaped, and cut in the middle beyond limit runes.
func Base(p string, limit int) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 && i < len(p)-1 {
		p = p[i+1:]
	}
	return Path(p, limit)
}

func isMark(unit string) bool {
	r, _ := utf8.DecodeRuneInString(unit)
	return len(unit) == utf8.RuneLen(r) && unicode.Is(unicode.M, r)
}
