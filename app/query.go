package app

import (
	"slices"
	"time"
)

// Sort orders a notice list.
type Sort string

// The orders a list can take. Every order breaks ties by notice id, so a
// page boundary never repeats or skips a notice.
const (
	SortDate   Sort = "date"   // newest publication (or import) first; with a text, newest stored first
	SortStatus Sort = "status" // workflow order, then newest first
	SortFigure Sort = "figure" // largest headline figure first
	SortBest   Sort = "best"   // best search match first (needs Text)
)

// Sorts lists the orders in the order a menu shows them.
var Sorts = []Sort{SortDate, SortStatus, SortFigure, SortBest}

// Query is what a desk window (or a command) asks of the notice list: a
// search text and filters, all combined with AND; within one facet the
// values are alternatives (status new OR triaged).
type Query struct {
	Text      string
	Statuses  []Status
	Platforms []string
	Tags      []string
	Langs     []string
	Conflict  bool      // only notices with conflicting figures
	Starred   bool      // only starred notices
	From, To  time.Time // publication (else import) day, inclusive; zero for open
	Sort      Sort      // empty for SortDate
}

// Order is the sort the query resolves to: newest first unless another
// was chosen (best match only with a text).
func (q Query) Order() Sort {
	if q.Sort == "" || q.Sort == SortBest && q.Text == "" {
		return SortDate
	}
	return q.Sort
}

// Filtered reports whether anything but the sort narrows the list.
func (q Query) Filtered() bool {
	return q.Text != "" || len(q.Statuses) > 0 || len(q.Platforms) > 0 || len(q.Tags) > 0 ||
		len(q.Langs) > 0 || q.Conflict || q.Starred || !q.From.IsZero() || !q.To.IsZero()
}

// Equal reports whether two queries ask for the same list.
func (q Query) Equal(o Query) bool {
	return q.Text == o.Text && slices.Equal(q.Statuses, o.Statuses) && slices.Equal(q.Platforms, o.Platforms) &&
		slices.Equal(q.Tags, o.Tags) && slices.Equal(q.Langs, o.Langs) && q.Conflict == o.Conflict &&
		q.Starred == o.Starred && q.From.Equal(o.From) && q.To.Equal(o.To) && q.Order() == o.Order()
}

// Row is one line of the notice list: what the list shows, without the
// body, claims or sources (a page of rows is all the window holds).
type Row struct {
	ID        int64
	Title     string
	Summary   string // headline figures, "78 channels · 12 languages"
	Platform  string
	Lang      string
	Direction Direction
	Kind      Kind
	Date      time.Time // publication, else import time
	Status    Status
	Starred   bool
	Conflicts int // conflicting figures in the notice
	Tags      []Tag
	Score     float64 // search rank, higher is better; 0 without a text
}

// Counts are the size of a query's result and, per facet, how many of
// those notices each value would leave if chosen. A facet's counts ignore
// that facet's own filter, so a reporter can see what widening would give.
type Counts struct {
	Total     int
	Statuses  map[Status]int
	Platforms map[string]int
	Langs     map[string]int
	Tags      map[string]int
	Conflict  int // notices with conflicting figures
	Starred   int
	// Near, when the text's words matched nothing as typed, holds the
	// words of the desk they were taken as (the nearest spelling of each),
	// and Total counts only the nearest notices, at most a few hundred.
	Near []string
}
