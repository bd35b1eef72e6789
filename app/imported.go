package app

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
	// writer need not; the store fills it when it is empty.
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
