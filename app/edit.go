package app

import (
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Qualifiers lists every qualifier, none first.
var Qualifiers = []Qualifier{QualNone, QualMoreThan, QualAtLeast, QualUpTo, QualAbout, QualAverage}

// Rates lists every rate, none first.
var Rates = []Rate{RateNone, RatePerDay, RatePerMonth}

// SourceKinds lists every source kind.
var SourceKinds = []SourceKind{SourcePlatformStatement, SourceNewsOutlet, SourceWire, SourceThinkTank,
	SourceGovernment, SourceNGO, SourceResearcher, SourceUnknown}

// Roles lists the roles a reporter gives a source; Lumen's roles come
// only from imports.
var Roles = []Role{RoleStatedBy, RoleReportedBy, RoleDisputedBy}

// Valid reports whether q is a known qualifier (none included).
func (q Qualifier) Valid() bool {
	for _, k := range Qualifiers {
		if q == k {
			return true
		}
	}
	return false
}

// Valid reports whether r is a known rate (none included).
func (r Rate) Valid() bool {
	for _, k := range Rates {
		if r == k {
			return true
		}
	}
	return false
}

// Valid reports whether k is a known source kind.
func (k SourceKind) Valid() bool {
	for _, x := range SourceKinds {
		if k == x {
			return true
		}
	}
	return false
}

// Valid reports whether r is a known role, Lumen's included.
func (r Role) Valid() bool {
	switch r {
	case RoleStatedBy, RoleReportedBy, RoleDisputedBy, RoleSender, RolePrincipal, RoleRecipient:
		return true
	}
	return false
}

var unitRe = regexp.MustCompile(`^[a-z][a-z0-9_]{0,47}$`)

// ValidUnit reports whether u can be a claim's unit: empty, or a canonical
// name in lower case (Units, a compound of them, or a unit an input format
// carries such as per_million).
func ValidUnit(u string) bool { return u == "" || unitRe.MatchString(u) }

var colourRe = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)

// ValidColour reports whether c is a tag colour: "#rrggbb", or empty for
// the default.
func ValidColour(c string) bool { return c == "" || colourRe.MatchString(c) }

// ParseValue reads a figure typed by a reporter: digits with "," or a
// space between thousands, one "." for decimals, Arabic-Indic digits
// allowed. It refuses anything negative, infinite or not a number.
func ParseValue(s string) (float64, error) {
	var b strings.Builder
	for _, r := range strings.TrimSpace(s) {
		switch {
		case r >= '٠' && r <= '٩':
			b.WriteRune('0' + r - '٠')
		case r >= '۰' && r <= '۹':
			b.WriteRune('0' + r - '۰')
		case r == ',' || r == ' ' || r == '\u00a0' || r == '\u202f' || r == '٬':
		case r == '٫':
			b.WriteByte('.')
		default:
			b.WriteRune(r)
		}
	}
	v, err := strconv.ParseFloat(b.String(), 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) || v < 0 {
		return 0, fmt.Errorf("%q is not a figure: %w", s, ErrInvalid)
	}
	return v, nil
}

// FormatValue writes a value the way FieldValue changes carry it.
func FormatValue(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// LinkRow is one link of a source or tag to a notice, claim or source,
// kept in a record so that undo can put it back.
type LinkRow struct {
	ID   int64 `json:"id"`
	Role Role  `json:"role,omitempty"`
}

// SourceLinkValue is the value of a FieldSource change: the source (by id,
// or by name and kind when new) and its role. Created is set by the store
// when the link made the source, so that taking the link back also removes
// a source nothing else uses.
type SourceLinkValue struct {
	Source      int64      `json:"source"`
	Role        Role       `json:"role"`
	Name        string     `json:"name,omitempty"`
	Kind        SourceKind `json:"kind,omitempty"`
	URL         string     `json:"url,omitempty"`
	Credibility int        `json:"credibility,omitempty"`
	Created     bool       `json:"created,omitempty"`
}

// SourceRecord is a source whole, with everything that hangs on it.
type SourceRecord struct {
	Source  Source    `json:"source"`
	Tags    []string  `json:"tags,omitempty"`
	Notices []LinkRow `json:"notices,omitempty"`
	Claims  []LinkRow `json:"claims,omitempty"`
}

// TagRecord is a tag whole, with the notices, claims and sources it is on.
type TagRecord struct {
	Tag     Tag     `json:"tag"`
	Notices []int64 `json:"notices,omitempty"`
	Claims  []int64 `json:"claims,omitempty"`
	Sources []int64 `json:"sources,omitempty"`
}

// MergeRecord is the value of a FieldMerged change: the source or tag
// folded (as it was) into Into, and the links Into gained from it, which
// splitting it again takes off.
type MergeRecord struct {
	Into         int64         `json:"into"`
	Source       *SourceRecord `json:"source,omitempty"`
	Tag          *TagRecord    `json:"tag,omitempty"`
	AddedNotices []LinkRow     `json:"added_notices,omitempty"`
	AddedClaims  []LinkRow     `json:"added_claims,omitempty"`
	AddedSources []int64       `json:"added_sources,omitempty"`
	AddedTags    []string      `json:"added_tags,omitempty"`
}

// NoteRecord is a note on a span of a notice's text.
type NoteRecord struct {
	Body  string `json:"body"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// ClaimRecord is a claim whole: its fields, tags and source links (the
// claim's Tags and Sources; Conflicts are derived and left out).
type ClaimRecord struct {
	Claim Claim `json:"claim"`
}

// Encode writes a record as a change's value.
func Encode(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("encode %T: %v", v, err)) // only app types with plain fields reach here
	}
	return string(b)
}

// Decode reads a record from a change's value.
func Decode(s string, v any) error {
	if err := json.Unmarshal([]byte(s), v); err != nil {
		return fmt.Errorf("read %T: %v: %w", v, err, ErrInvalid)
	}
	return nil
}

// one reports whether exactly one of a change's values is set.
func (c Change) one() bool { return (c.Before == "") != (c.After == "") }

// checkDetail checks the changes of claims, sources, tags and span notes.
func (c Change) checkDetail() bool {
	switch c.Field {
	case FieldValue:
		_, err := strconv.ParseFloat(c.After, 64)
		return c.Entity == EntityClaim && err == nil
	case FieldUnit:
		return c.Entity == EntityClaim && ValidUnit(c.After)
	case FieldQualifier:
		return c.Entity == EntityClaim && Qualifier(c.After).Valid()
	case FieldRate:
		return c.Entity == EntityClaim && Rate(c.After).Valid()
	case FieldDate:
		_, err := time.Parse("2006-01-02", c.After)
		return c.Entity == EntityClaim && (c.After == "" || err == nil)
	case FieldPeriod:
		return c.Entity == EntityClaim && utf8.RuneCountInString(c.After) <= 40 && !strings.ContainsAny(c.After, "\n\r")
	case FieldClaim:
		return c.Entity == EntityClaim && c.one() && c.decodes(&ClaimRecord{})
	case FieldNote:
		return c.Entity == EntityNote && c.one() && c.decodes(&NoteRecord{})
	case FieldRecord:
		if c.Entity == EntitySource {
			return c.one() && c.decodes(&SourceRecord{})
		}
		return c.Entity == EntityTag && c.one() && c.decodes(&TagRecord{})
	case FieldSource:
		var v SourceLinkValue
		return (c.Entity == EntityNotice || c.Entity == EntityClaim) && c.one() && c.decodes(&v) && v.Role.Valid() &&
			(v.Source > 0 || strings.TrimSpace(v.Name) != "")
	case FieldMerged:
		var m MergeRecord
		return (c.Entity == EntitySource || c.Entity == EntityTag) && c.one() && c.decodes(&m) && m.Into > 0 && m.Into != c.Ref
	case FieldName:
		if c.Entity == EntityTag {
			_, err := CleanTagName(c.After)
			return err == nil
		}
		return c.Entity == EntitySource && strings.TrimSpace(c.After) != "" && len(c.After) <= 200
	case FieldKind:
		return c.Entity == EntitySource && SourceKind(c.After).Valid()
	case FieldURL:
		return c.Entity == EntitySource && len(c.After) <= 2000
	case FieldCredibility:
		n, err := strconv.Atoi(c.After)
		return c.Entity == EntitySource && err == nil && n >= 0 && n <= 5
	case FieldColour:
		return c.Entity == EntityTag && ValidColour(c.After)
	}
	return false
}

// decodes reports whether the set value of c reads as v (and fills v).
func (c Change) decodes(v any) bool {
	s := c.After
	if s == "" {
		s = c.Before
	}
	return Decode(s, v) == nil
}

// FindQuote finds a quote typed by a reporter in a body and returns its
// rune span. An exact match wins; otherwise the two are compared with
// Arabic letters, digits and spaces folded as search folds them (norm
// maps one rune to its folded form, or -1 to drop it), so a quote typed
// without tashkeel, with another hamza or with Western digits still finds
// its words. It reports false when the quote is not in the body.
func FindQuote(body, quote string, norm func(rune) rune) (start, end int, ok bool) {
	quote = strings.TrimSpace(quote)
	if !strings.ContainsFunc(quote, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) {
		return 0, 0, false // no words: only marks, punctuation or space
	}
	rs := []rune(body)
	if i := strings.Index(body, quote); i >= 0 {
		s := len([]rune(body[:i]))
		return s, s + len([]rune(quote)), true
	}
	// Fold the body keeping, for each folded rune, where it came from.
	var folded []rune
	var from []int
	space := false
	for i, r := range rs {
		if isSpace(r) {
			if !space && len(folded) > 0 {
				folded, from = append(folded, ' '), append(from, i)
			}
			space = true
			continue
		}
		space = false
		if f := norm(r); f >= 0 {
			folded, from = append(folded, f), append(from, i)
		}
	}
	var q []rune
	space = false
	for _, r := range quote {
		if isSpace(r) {
			if !space && len(q) > 0 {
				q = append(q, ' ')
			}
			space = true
			continue
		}
		space = false
		if f := norm(r); f >= 0 {
			q = append(q, f)
		}
	}
	if len(q) == 0 {
		return 0, 0, false
	}
	for i := 0; i+len(q) <= len(folded); i++ {
		if runesEqual(folded[i:i+len(q)], q) {
			start = from[i]
			end = from[i+len(q)-1] + 1
			// take the marks that follow the last letter (its tashkeel)
			for end < len(rs) && norm(rs[end]) < 0 && !isSpace(rs[end]) {
				end++
			}
			return start, end, true
		}
	}
	return 0, 0, false
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' || r == '\u200f' || r == '\u200e'
}
