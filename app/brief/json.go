package brief

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

// Notice is the JSON shape of a notice, used by `list --json`,
// `search --json` and the whole-database export.
type Notice struct {
	ID          int64      `json:"id"`
	UID         string     `json:"uid"`
	Title       string     `json:"title"`
	Body        string     `json:"body"`
	URL         string     `json:"url"`
	Summary     string     `json:"summary"`
	Status      string     `json:"status"`
	Starred     bool       `json:"starred"`
	Lang        string     `json:"lang"`
	Direction   string     `json:"direction"`
	Kind        string     `json:"kind"`
	Platform    string     `json:"platform"`
	Origin      string     `json:"origin"`
	PublishedAt *string    `json:"published_at"`
	ImportedAt  *string    `json:"imported_at"`
	ContentHash string     `json:"content_hash"`
	Tags        []string   `json:"tags"`
	Sources     []Source   `json:"sources"`
	Claims      []Claim    `json:"claims"`
	Notes       []Note     `json:"notes"`
	Links       []string   `json:"links,omitempty"`
	Conflicts   []Conflict `json:"conflicts"`
	Score       *float64   `json:"score,omitempty"`
}

// Source is the JSON shape of a source linked with a role.
type Source struct {
	Name string `json:"name"`
	Kind string `json:"kind"`
	Role string `json:"role"`
	URL  string `json:"url,omitempty"`
}

// Claim is the JSON shape of a claim, as `extract --json` prints it too.
type Claim struct {
	ID           int64      `json:"id,omitempty"`
	Kind         string     `json:"kind"`
	Value        float64    `json:"value"`
	High         float64    `json:"high,omitempty"` // upper end of a range; absent for one value
	Unit         string     `json:"unit"`
	UnitText     string     `json:"unit_text"`
	Qualifier    string     `json:"qualifier"`
	Rate         string     `json:"rate"`
	Start        int        `json:"start"`
	End          int        `json:"end"`
	Quote        string     `json:"quote"`
	Prefix       string     `json:"prefix,omitempty"`
	Suffix       string     `json:"suffix,omitempty"`
	Actor        string     `json:"actor,omitempty"`
	Platform     string     `json:"platform,omitempty"`
	Date         string     `json:"date,omitempty"`
	Period       string     `json:"period,omitempty"`
	Category     string     `json:"category,omitempty"` // what a part of a larger figure counts
	Verification string     `json:"verification"`
	Origin       string     `json:"origin"`
	Orphaned     bool       `json:"orphaned,omitempty"`
	Tags         []string   `json:"tags"`
	Conflicts    []Conflict `json:"conflicts,omitempty"`
}

// Conflict is the JSON shape of one disagreement between a claim and
// another: its kind ("unit": the same figure in two units of one notice;
// "value": another notice's different figure for the same platform, unit
// and day or period), both claims and a reason in words.
type Conflict struct {
	Kind        string  `json:"kind"`
	Claim       int64   `json:"claim,omitempty"`
	Quote       string  `json:"quote"`
	OtherNotice int64   `json:"other_notice,omitempty"`
	OtherClaim  int64   `json:"other_claim,omitempty"`
	OtherValue  float64 `json:"other_value"`
	OtherUnit   string  `json:"other_unit"`
	OtherQuote  string  `json:"other_quote"`
	Platform    string  `json:"platform,omitempty"`
	Period      string  `json:"period,omitempty"`
	Reason      string  `json:"reason"`
}

// FromConflict converts a conflict of the claim c to its JSON shape.
func FromConflict(c app.Claim, k app.Conflict) Conflict {
	return Conflict{Kind: string(k.Kind), Claim: c.ID, Quote: c.Quote, OtherNotice: k.OtherNoticeID,
		OtherClaim: k.OtherClaimID, OtherValue: k.OtherValue, OtherUnit: k.OtherUnit, OtherQuote: k.OtherQuote,
		Platform: k.Platform, Period: k.Period, Reason: k.Reason()}
}

// Note is the JSON shape of a note.
type Note struct {
	Body  string `json:"body"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	At    string `json:"created_at"`
}

// FromNotice converts a notice to its JSON shape.
func FromNotice(n app.Notice) Notice {
	out := Notice{
		ID: n.ID, UID: n.UID, Title: n.Title, Body: n.Body, URL: n.URL, Summary: n.Summary,
		Status: string(n.Status), Starred: n.Starred, Lang: n.Lang, Direction: string(n.Direction),
		Kind: string(n.Kind), Platform: n.Platform, Origin: n.Origin, ContentHash: n.ContentHash,
		PublishedAt: rfc3339(n.PublishedAt), ImportedAt: rfc3339(n.ImportedAt),
		Tags: names(n.Tags), Sources: []Source{}, Claims: []Claim{}, Notes: []Note{}, Conflicts: []Conflict{},
	}
	for _, l := range n.Sources {
		out.Sources = append(out.Sources, Source{Name: l.Source.Name, Kind: string(l.Source.Kind), Role: string(l.Role), URL: l.Source.URL})
	}
	for _, c := range n.Claims {
		jc := FromClaim(c)
		out.Claims = append(out.Claims, jc)
		out.Conflicts = append(out.Conflicts, jc.Conflicts...)
	}
	for _, note := range n.Notes {
		out.Notes = append(out.Notes, Note{Body: note.Body, Start: note.Start, End: note.End, At: note.CreatedAt.UTC().Format(time.RFC3339)})
	}
	return out
}

// FromClaim converts a claim to its JSON shape.
func FromClaim(c app.Claim) Claim {
	jc := Claim{
		ID: c.ID, Kind: string(c.Kind), Value: c.Value, High: c.High, Unit: c.Unit, UnitText: c.UnitText,
		Qualifier: string(c.Qualifier), Rate: string(c.Rate), Start: c.Start, End: c.End, Quote: c.Quote,
		Prefix: c.Prefix, Suffix: c.Suffix, Actor: c.Actor, Platform: c.Platform, Period: c.Period,
		Category: c.Category, Verification: string(c.Verification), Origin: string(c.Origin), Orphaned: c.Orphaned,
		Tags: names(c.Tags),
	}
	for _, k := range c.Conflicts {
		jc.Conflicts = append(jc.Conflicts, FromConflict(c, k))
	}
	if !c.EventDate.IsZero() {
		jc.Date = c.EventDate.Format("2006-01-02")
	}
	return jc
}

// Dump is the whole-database JSON export; `import` reads it back.
type Dump struct {
	Format   string   `json:"format"` // always "takedowndesk"
	Version  int      `json:"version"`
	Exported string   `json:"exported_at"`
	Notices  []Notice `json:"notices"`
}

// DumpFormat names the whole-database export so import can sniff it.
const DumpFormat = "takedowndesk"

// json writes the whole-database export, a notice at a time, in the shape
// of Dump.
func (e *exporter) json(w io.Writer, each walk) error {
	head, err := json.Marshal(struct {
		Format   string `json:"format"`
		Version  int    `json:"version"`
		Exported string `json:"exported_at"`
	}{DumpFormat, 1, e.req.Now.UTC().Format(time.RFC3339)})
	if err != nil {
		return err
	}
	// the head's closing brace gives way to the notices array
	if _, err := fmt.Fprintf(w, "%s,\n  \"notices\": [", head[:len(head)-1]); err != nil {
		return fmt.Errorf("write json export: %w", err)
	}
	first := true
	err = each(func(n *app.Notice) error {
		b, err := json.MarshalIndent(FromNotice(*n), "    ", "  ")
		if err != nil {
			return err
		}
		sep := ",\n    "
		if first {
			sep, first = "\n    ", false
		}
		if _, err := io.WriteString(w, sep); err != nil {
			return err
		}
		_, err = w.Write(b)
		return err
	})
	if err == nil {
		end := "\n  ]\n}\n"
		if first {
			end = "]\n}\n"
		}
		_, err = io.WriteString(w, end)
	}
	if err != nil {
		return fmt.Errorf("write json export: %w", err)
	}
	return nil
}

func rfc3339(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.UTC().Format(time.RFC3339)
	return &s
}

func names(ts []app.Tag) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Name
	}
	return out
}
