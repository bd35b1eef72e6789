package app

import (
	"errors"
	"strings"
)

// Imported is one notice as an input format delivered it, with the claims
// and sources the format itself carries. The import pipeline adds the
// extractor's claims before it is stored.
type Imported struct {
	Notice  Notice
	Claims  []Claim
	Sources []SourceLink
	Links   []string
	// Search holds the title, the body and the source names as the search
	// index keeps them (search.Row of SourceNames). The import pipeline
	// fills it beside the claims, on every core, so a large import's single
	// writer need not; the store refuses a notice without it.
	Search *[3]string
}

// SourceNames lists the names of the notice's sources, in order.
func (im Imported) SourceNames() []string {
	names := make([]string, len(im.Sources))
	for i, l := range im.Sources {
		names[i] = l.Source.Name
	}
	return names
}

// Complete fills in what every stored notice has and a format leaves out,
// once, in one place: unified line endings and a one-line title (else the
// first line of the body), times in UTC, the content hash, the uid from
// the origin (or the hash), the default status and direction, each
// claim's default kind, verification and origin, and the summary line
// from the claims. The store persists a completed notice as it is given.
func (im *Imported) Complete() {
	n := &im.Notice
	n.Body = strings.ReplaceAll(n.Body, "\r\n", "\n")
	n.Title = strings.Join(strings.Fields(n.Title), " ")
	if n.Title == "" {
		n.Title = TitleFromText(n.Body, 120)
	}
	if !n.PublishedAt.IsZero() {
		n.PublishedAt = n.PublishedAt.UTC()
	}
	n.ContentHash = ContentHash(n.Title, n.Body)
	n.UID = UID(n.Origin, n.ContentHash)
	if n.Status == "" {
		n.Status = StatusNew
	}
	if n.Direction == "" {
		n.Direction = LTR
	}
	if n.Kind == "" {
		n.Kind = KindText
	}
	for i := range im.Claims {
		c := &im.Claims[i]
		if c.Kind == "" {
			c.Kind = ClaimFigure
		}
		if c.Verification == "" {
			c.Verification = Unreviewed
		}
		if c.Origin == "" {
			c.Origin = OriginAuto
		}
	}
	n.Summary = Summary(im.Claims)
}

// ErrIncomplete means a notice reached the store without Complete.
var ErrIncomplete = errors.New("notice not completed (no content hash, uid, status or direction)")

// CheckComplete reports ErrIncomplete for a notice Complete has not filled.
func (im Imported) CheckComplete() error {
	n := im.Notice
	if n.ContentHash == "" || n.UID == "" || n.Status == "" || n.Direction == "" || n.Kind == "" {
		return ErrIncomplete
	}
	return nil
}

// Outcome is what storing one imported notice did.
type Outcome string

// Outcomes of storing an imported notice.
const (
	OutcomeNew       Outcome = "new"
	OutcomeDuplicate Outcome = "duplicate"
	OutcomeUpdated   Outcome = "updated"
)

// ImportStats counts what one file's import did.
type ImportStats struct {
	New, Duplicate, Updated, Skipped int
}

// Add counts one outcome.
func (s *ImportStats) Add(o Outcome) {
	switch o {
	case OutcomeNew:
		s.New++
	case OutcomeDuplicate:
		s.Duplicate++
	case OutcomeUpdated:
		s.Updated++
	}
}
