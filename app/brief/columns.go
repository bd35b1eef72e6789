package brief

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

// cellKind says how a column's cells are typed in a workbook and whether
// the Excel CSV flavour may neutralise them: figures stay numbers, dates
// stay dates, only text is ever touched.
type cellKind int

const (
	textCell cellKind = iota
	numberCell
	dateCell
)

// line is one row of a brief: a claim of a notice, or a notice alone (c nil)
// when it has no claims, so nothing triaged goes missing from the brief.
type line struct {
	n *app.Notice
	c *app.Claim
	// defang shows links as hxxps://example[.]com.
	defang bool
}

type column struct {
	name string
	kind cellKind
	get  func(l line) string
}

// claimColumns are every column a claims brief can hold, in the default
// order: what a reporter reads first (title, figure, unit, quote, source,
// verification), ids last.
var claimColumns = []column{
	{"notice_title", textCell, func(l line) string { return l.n.Title }},
	{"value", numberCell, func(l line) string {
		if l.c == nil || l.c.Kind != app.ClaimFigure {
			return ""
		}
		return number(l.c.Value)
	}},
	{"unit", textCell, ofClaim(func(c *app.Claim) string { return c.Unit })},
	{"quote", textCell, ofClaim(func(c *app.Claim) string { return c.Quote })},
	{"sources", textCell, func(l line) string { return sourceList(l.n.Sources) }},
	{"verification", textCell, ofClaim(func(c *app.Claim) string { return string(c.Verification) })},
	{"qualifier", textCell, ofClaim(func(c *app.Claim) string { return string(c.Qualifier) })},
	{"rate", textCell, ofClaim(func(c *app.Claim) string { return string(c.Rate) })},
	{"unit_text", textCell, ofClaim(func(c *app.Claim) string { return c.UnitText })},
	{"event_date", dateCell, ofClaim(func(c *app.Claim) string { return date(c.EventDate) })},
	{"period", textCell, ofClaim(func(c *app.Claim) string { return c.Period })},
	{"conflicts", textCell, ofClaim(conflictList)},
	{"claim_tags", textCell, ofClaim(func(c *app.Claim) string { return tagNames(c.Tags) })},
	{"actor", textCell, ofClaim(func(c *app.Claim) string { return c.Actor })},
	{"published", dateCell, func(l line) string { return date(l.n.PublishedAt) }},
	{"platform", textCell, func(l line) string { return l.n.Platform }},
	{"status", textCell, func(l line) string { return string(l.n.Status) }},
	{"notice_tags", textCell, func(l line) string { return tagNames(l.n.Tags) }},
	{"notes", textCell, func(l line) string { return noteList(l.n.Notes) }},
	{"kind", textCell, ofClaim(func(c *app.Claim) string { return string(c.Kind) })},
	{"claim_origin", textCell, ofClaim(func(c *app.Claim) string { return string(c.Origin) })},
	{"url", textCell, func(l line) string { return link(l.n.URL, l.defang) }},
	{"origin", textCell, func(l line) string { return link(l.n.Origin, l.defang) }},
	{"notice_uid", textCell, func(l line) string { return l.n.UID }},
	{"notice_id", numberCell, func(l line) string { return strconv.FormatInt(l.n.ID, 10) }},
	{"claim_id", numberCell, ofClaim(func(c *app.Claim) string {
		if c.ID == 0 {
			return ""
		}
		return strconv.FormatInt(c.ID, 10)
	})},
}

// noticeColumns are the columns of the notices table (one row per notice).
var noticeColumns = []column{
	{"title", textCell, func(l line) string { return l.n.Title }},
	{"summary", textCell, func(l line) string { return l.n.Summary }},
	{"published", dateCell, func(l line) string { return date(l.n.PublishedAt) }},
	{"platform", textCell, func(l line) string { return l.n.Platform }},
	{"status", textCell, func(l line) string { return string(l.n.Status) }},
	{"claims", numberCell, func(l line) string { return strconv.Itoa(len(l.n.Claims)) }},
	{"conflicts", numberCell, func(l line) string {
		k := 0
		for _, c := range l.n.Claims {
			k += len(c.Conflicts)
		}
		return strconv.Itoa(k)
	}},
	{"sources", textCell, func(l line) string { return sourceList(l.n.Sources) }},
	{"tags", textCell, func(l line) string { return tagNames(l.n.Tags) }},
	{"notes", textCell, func(l line) string { return noteList(l.n.Notes) }},
	{"starred", textCell, func(l line) string {
		if l.n.Starred {
			return "yes"
		}
		return ""
	}},
	{"kind", textCell, func(l line) string { return string(l.n.Kind) }},
	{"lang", textCell, func(l line) string { return l.n.Lang }},
	{"imported", dateCell, func(l line) string { return date(l.n.ImportedAt) }},
	{"url", textCell, func(l line) string { return link(l.n.URL, l.defang) }},
	{"origin", textCell, func(l line) string { return link(l.n.Origin, l.defang) }},
	{"uid", textCell, func(l line) string { return l.n.UID }},
	{"id", numberCell, func(l line) string { return strconv.FormatInt(l.n.ID, 10) }},
}

// DefaultColumns are the claims brief's columns in their default order.
func DefaultColumns() []string { return columnNames(claimColumns) }

// BriefColumns are every column a claims brief can hold, in default order;
// a choice of columns names some of them in any order.
var BriefColumns = DefaultColumns()

func columnNames(cs []column) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.name
	}
	return out
}

// ParseColumns reads a choice of columns written as "title, value, quote"
// (names separated by commas or spaces); empty means the default.
func ParseColumns(s string) ([]string, error) {
	names := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == ';' || r == '\t' || r == '\n' })
	if len(names) == 0 {
		return nil, nil
	}
	if _, err := pickColumns(names); err != nil {
		return nil, err
	}
	return names, nil
}

// pickColumns resolves a choice of claim columns; nil is the default.
func pickColumns(names []string) ([]column, error) {
	if len(names) == 0 {
		return claimColumns, nil
	}
	out := make([]column, 0, len(names))
	seen := map[string]bool{}
	for _, name := range names {
		name = strings.ToLower(strings.TrimSpace(name))
		if name == "title" { // the notices table's word for it
			name = "notice_title"
		}
		if seen[name] {
			return nil, fmt.Errorf("column %q chosen twice", name)
		}
		seen[name] = true
		found := false
		for _, c := range claimColumns {
			if c.name == name {
				out = append(out, c)
				found = true
				break
			}
		}
		if !found {
			return nil, fmt.Errorf("unknown column %q (known: %s)", name, strings.Join(DefaultColumns(), ", "))
		}
	}
	return out, nil
}

func ofClaim(get func(*app.Claim) string) func(line) string {
	return func(l line) string {
		if l.c == nil {
			return ""
		}
		return get(l.c)
	}
}

// number writes a figure exactly: no exponent, no thousands separator.
func number(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02")
}

func tagNames(ts []app.Tag) string {
	names := make([]string, len(ts))
	for i, t := range ts {
		names[i] = t.Name
	}
	return strings.Join(names, "; ")
}

// sourceList names each source with its kind and role:
// "Telegram (platform statement, stated by)".
func sourceList(ls []app.SourceLink) string {
	parts := make([]string, len(ls))
	for i, l := range ls {
		kind := strings.ReplaceAll(string(l.Source.Kind), "_", " ")
		role := strings.ReplaceAll(string(l.Role), "_", " ")
		switch {
		case kind != "" && role != "":
			parts[i] = l.Source.Name + " (" + kind + ", " + role + ")"
		case kind+role != "":
			parts[i] = l.Source.Name + " (" + kind + role + ")"
		default:
			parts[i] = l.Source.Name
		}
	}
	return strings.Join(parts, "; ")
}

// maxConflicts is the most conflicts a brief's cell names: a channel's
// running totals can disagree with dozens of posts; the rest are counted.
const maxConflicts = 5

func conflictList(c *app.Claim) string {
	var parts []string
	for i, k := range c.Conflicts {
		if i == maxConflicts-1 && len(c.Conflicts) > maxConflicts {
			parts = append(parts, fmt.Sprintf("and %d more", len(c.Conflicts)-i))
			break
		}
		parts = append(parts, k.Reason())
	}
	return strings.Join(parts, "; ")
}

func noteList(ns []app.Note) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = n.Body
	}
	return strings.Join(parts, "\n")
}

func link(s string, defang bool) string {
	if defang {
		return Defang(s)
	}
	return s
}
