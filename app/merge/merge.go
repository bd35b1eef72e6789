// Package merge holds the rules by which two desks become one: what a desk
// hands over (its notices, sources, tags and change log, all keyed by uid),
// which of two changes to one field wins, and the report of a merge. The
// store applies them (store.Merge); the command line, the window and team
// sync all merge through it. No SQL and no Fyne here.
package merge

import (
	"context"
	"strconv"
	"strings"

	"github.com/takedowndesk/takedowndesk/app"
)

// Sink receives a desk's content. A notice comes whole (claims with their
// uids and tags, sources, links, tags, notes); a change comes after the
// notice it is about.
type Sink interface {
	Notice(app.Imported) error
	Source(app.Source) error
	Tag(app.Tag) error
	Change(app.Change) error
}

// Input hands a desk's content to a sink: another database, a whole-desk
// JSON export, or the records pulled from a team server.
type Input func(ctx context.Context, s Sink) error

// Later reports whether change a was made after change b: by time, then
// by author, then by uid, so every desk picks the same winner whatever
// order the changes reached it in.
func Later(a, b app.Change) bool {
	if !a.At.Equal(b.At) {
		return a.At.After(b.At)
	}
	if a.Author != b.Author {
		return a.Author > b.Author
	}
	return a.UID > b.UID
}

// Winner is the last change among cs (which must not be empty).
func Winner(cs []app.Change) app.Change {
	w := cs[0]
	for _, c := range cs[1:] {
		if Later(c, w) {
			w = c
		}
	}
	return w
}

// Key names the field a change sets, for last-writer-wins: the field, and
// for a tag the tag's name too (each tag on a thing is a field of its own,
// added or removed).
func Key(c app.Change) string {
	if c.Field == app.FieldTag {
		return string(app.FieldTag) + ":" + TagName(c)
	}
	return string(c.Field)
}

// TagName is the tag a tag change adds or removes.
func TagName(c app.Change) string {
	if c.After != "" {
		return c.After
	}
	return c.Before
}

// Value is what a change leaves its field at: for a tag "1" when it is on
// and "" when it is off; for anything else the value after.
func Value(c app.Change) string {
	if c.Field == app.FieldTag {
		if c.After != "" {
			return "1"
		}
		return ""
	}
	return c.After
}

// Counts is how many of each thing a merge added.
type Counts struct {
	Notices int `json:"notices"`
	Claims  int `json:"claims"`
	Sources int `json:"sources"`
	Tags    int `json:"tags"`
	Notes   int `json:"notes"`
	Links   int `json:"links"`
	Changes int `json:"changes"`
}

// Conflict is a field changed on both desks to different values: the
// later change won (Kept says whose), and both stay in history.
type Conflict struct {
	Entity      app.Entity `json:"entity"`
	UID         string     `json:"uid"`
	NoticeUID   string     `json:"notice_uid"`
	Field       string     `json:"field"`
	Local       string     `json:"local"`
	LocalAuthor string     `json:"local_author"`
	Other       string     `json:"other"`
	OtherAuthor string     `json:"other_author"`
	Kept        string     `json:"kept"` // "local" or "other"
}

// Report says what a merge did.
type Report struct {
	From  string `json:"from"`
	Added Counts `json:"added"`
	// Merged counts the fields of things both desks had that took the
	// other desk's later value.
	Merged    int        `json:"merged"`
	Conflicts []Conflict `json:"conflicts"`
	// Unapplied counts changes kept in history whose field this build does
	// not apply (a re-imported notice text, or a field of a newer build).
	Unapplied int `json:"unapplied"`
}

// Changed reports whether the merge changed anything.
func (r Report) Changed() bool {
	return r.Added != (Counts{}) || r.Merged > 0
}

// String is the report in one line.
func (r Report) String() string {
	var b strings.Builder
	b.WriteString("added ")
	a := r.Added
	b.WriteString(plural(a.Notices, "notice") + ", " + plural(a.Claims, "claim") + ", " + plural(a.Sources, "source") + ", " +
		plural(a.Tags, "tag") + ", " + plural(a.Notes, "note") + ", " + plural(a.Changes, "change"))
	b.WriteString("; merged " + plural(r.Merged, "field"))
	b.WriteString("; in conflict " + plural(len(r.Conflicts), "field"))
	if r.Unapplied > 0 {
		b.WriteString("; " + plural(r.Unapplied, "change") + " kept in history only")
	}
	return b.String()
}

func plural(n int, what string) string {
	s := strconv.Itoa(n) + " " + what
	if n != 1 {
		s += "s"
	}
	return s
}
