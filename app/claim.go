package app

import (
	"strconv"
	"time"
)

// ClaimKind separates figures from dates and plain assertions.
type ClaimKind string

// Claim kinds.
const (
	ClaimFigure    ClaimKind = "figure"
	ClaimDate      ClaimKind = "date"
	ClaimAssertion ClaimKind = "assertion"
)

// Qualifier softens or bounds a figure as the text did.
type Qualifier string

// Qualifiers.
const (
	QualNone     Qualifier = ""
	QualMoreThan Qualifier = "more_than"
	QualAtLeast  Qualifier = "at_least"
	QualUpTo     Qualifier = "up_to"
	QualAbout    Qualifier = "about"
	QualAverage  Qualifier = "average"
)

// Rate says a figure is counted per period.
type Rate string

// Rates.
const (
	RateNone     Rate = ""
	RatePerDay   Rate = "per_day"
	RatePerMonth Rate = "per_month"
)

// Verification is how far a reporter has checked a claim.
type Verification string

// Verification states.
const (
	Unreviewed   Verification = "unreviewed"
	SelfReported Verification = "self_reported"
	Corroborated Verification = "corroborated"
	Disputed     Verification = "disputed"
	False        Verification = "false"
	Verified     Verification = "verified"
)

// Verifications lists every verification state.
var Verifications = []Verification{Unreviewed, SelfReported, Corroborated, Disputed, False, Verified}

// Valid reports whether v is a known verification state.
func (v Verification) Valid() bool {
	for _, k := range Verifications {
		if v == k {
			return true
		}
	}
	return false
}

// ClaimOrigin records whether the extractor or a person made a claim.
type ClaimOrigin string

// Claim origins.
const (
	OriginAuto   ClaimOrigin = "auto"
	OriginManual ClaimOrigin = "manual"
	OriginFormat ClaimOrigin = "format" // carried by the input format itself (a CSV figure column, a daily ban post)
)

// Claim is a figure, date or assertion pinned to the exact words of a notice.
// Start and End are rune offsets into the notice body (End exclusive), as in
// the W3C TextPositionSelector; Prefix and Suffix let the span be found again
// when the notice is re-imported with edits.
type Claim struct {
	UID          string // stable across desks: derived from the notice and the span, random for a hand-made claim
	ID           int64
	NoticeID     int64
	Kind         ClaimKind
	Value        float64
	High         float64 // upper end of a range ("3-4 million accounts": Value 3,000,000, High 4,000,000); 0 for one value
	Unit         string  // canonical unit, see DESIGN.md
	UnitText     string  // as written
	Qualifier    Qualifier
	Rate         Rate
	Quote        string
	Start, End   int
	Prefix       string
	Suffix       string
	Actor        string
	Platform     string
	EventDate    time.Time // zero when unknown
	Period       string    // e.g. "2017-01" for a monthly total
	Category     string    // what part of a larger figure this one counts, as written ("linked to violence")
	Verification Verification
	Origin       ClaimOrigin
	Orphaned     bool       // quote no longer found after a re-import
	Conflicts    []Conflict // filled when loaded or extracted, never stored with the claim
	Tags         []Tag
	Sources      []SourceLink // who stated, reported or disputed this figure
}

// AnchorContext is the number of runes kept either side of a quote.
const AnchorContext = 32

// Anchor fills Quote, Prefix and Suffix from body and the claim's offsets.
// Offsets outside body are clamped, never trusted.
func (c *Claim) Anchor(body []rune) {
	start, end := clamp(c.Start, 0, len(body)), clamp(c.End, 0, len(body))
	if end < start {
		end = start
	}
	c.Start, c.End = start, end
	c.Quote = string(body[start:end])
	c.Prefix = string(body[clamp(start-AnchorContext, 0, len(body)):start])
	c.Suffix = string(body[end:clamp(end+AnchorContext, 0, len(body))])
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// ValueText formats a claim's value without a trailing ".0".
func (c Claim) ValueText() string {
	return strconv.FormatFloat(c.Value, 'f', -1, 64)
}

// Units are the canonical units of figures (DESIGN.md). A compound joins
// units in the order written: "bots and channels" → bots_and_channels.
var Units = []string{
	"accounts", "channels", "groups", "bots", "sites", "pages", "posts", "videos", "streams", "content_items",
	"urls", "links", "ip_addresses", "alerts", "notices", "requests", "languages", "platforms", "companies",
	"countries", "member_states", "users", "followers", "percent",
	"bots_and_channels", "groups_and_channels",
}

// OverlapsAny reports whether c's span overlaps the span of any of cs.
func OverlapsAny(c Claim, cs []Claim) bool {
	for _, f := range cs {
		if c.Start < f.End && f.Start < c.End {
			return true
		}
	}
	return false
}
