package app

import (
	"strconv"
	"strings"
)

// ConflictKind says how two figures disagree.
type ConflictKind string

// Kinds of conflict.
const (
	// ConflictUnit: one notice gives the same figure in two units that
	// cannot both be right ("78 accounts" and "78 sites").
	ConflictUnit ConflictKind = "unit"
	// ConflictValue: two notices give different figures for the same
	// platform, unit and day or period ("78 channels" and "79 channels").
	ConflictValue ConflictKind = "value"
)

// Conflict is one disagreement between a claim and another claim, of the
// same notice (ConflictUnit) or of another one (ConflictValue). It names
// both claims so a view can show the other quote and open its notice.
type Conflict struct {
	Kind           ConflictKind
	ClaimID        int64
	NoticeID       int64
	OtherClaimID   int64
	OtherNoticeID  int64
	OtherValue     float64
	OtherUnit      string
	OtherQualifier Qualifier
	OtherQuote     string
	OtherTitle     string // the other notice's title, when loaded
	// OtherColumn is the column or metric a table row's other figure is
	// from ("Total", "Items requested to be removed"), when loaded: two
	// rows of a table are compared only within one column.
	OtherColumn string
	Platform    string // what the two figures share, for the reason
	Period      string // "2017-01" or "2017-01-05"
}

// OtherFigure formats the other claim's figure: "more than 78 channels".
func (c Conflict) OtherFigure() string {
	s := FormatCount(c.OtherValue)
	if c.OtherUnit != "" {
		s += " " + strings.ReplaceAll(c.OtherUnit, "_", " ")
	}
	if c.OtherQualifier != "" {
		s = strings.ReplaceAll(string(c.OtherQualifier), "_", " ") + " " + s
	}
	return s
}

// Reason says in English why the two figures conflict, for the command
// line and exports; the window translates from the fields instead.
func (c Conflict) Reason() string {
	// concatenated, not formatted: `list --json` writes one for every
	// conflict of the desk, twice
	switch c.Kind {
	case ConflictUnit:
		return "same figure given as " + c.OtherFigure() + ": " + quote(c.OtherQuote)
	default:
		about := c.Platform
		if c.Period != "" {
			about = strings.TrimSpace(about + " " + c.Period)
		}
		fig := c.OtherFigure()
		if c.OtherColumn != "" {
			fig += " in " + quote(c.OtherColumn)
		}
		if c.OtherTitle != "" {
			return quote(c.OtherTitle) + " says " + fig + " for " + about
		}
		return "another notice says " + fig + " for " + about
	}
}

// printable2 marks the runes of two UTF-8 bytes (Latin, Greek, Cyrillic,
// Hebrew, Arabic …) that strconv.Quote writes as they are.
var printable2 = func() (t [0x800]bool) {
	for r := rune(0x80); r < 0x800; r++ {
		t[r] = strconv.IsPrint(r)
	}
	return t
}()

// quote is strconv.Quote(s), the same bytes, without looking each Arabic
// or Cyrillic letter up in the tables of printable runes (a conflict's
// reason quotes the other notice's words, and `list --json` writes one
// for every conflict of the desk).
func quote(s string) string {
	b := make([]byte, 0, len(s)+2)
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= 0x20 && c < 0x7f:
			if c == '"' || c == '\\' {
				b = append(b, '\\')
			}
			b = append(b, c)
			i++
			continue
		case c >= 0xc2 && c < 0xe0 && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
			if r := rune(c&0x1f)<<6 | rune(s[i+1]&0x3f); printable2[r] {
				b = append(b, c, s[i+1])
				i += 2
				continue
			}
		}
		// anything else: escapes, other scripts, invalid bytes
		return strconv.Quote(s)
	}
	return string(append(b, '"'))
}
