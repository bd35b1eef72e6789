package brief

import (
	"context"
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
	Name        string `json:"name"`
	Kind        string `json:"kind"`
	Role        string `json:"role"`
	URL         string `json:"url,omitempty"`
	UID         string `json:"uid,omitempty"`
	Credibility int    `json:"credibility,omitempty"`
}

// Claim is the JSON shape of a claim, as `extract --json` prints it too.
type Claim struct {
	ID           int64      `json:"id,omitempty"`
	UID          string     `json:"uid,omitempty"`
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
	OtherColumn string  `json:"other_column,omitempty"`
	Platform    string  `json:"platform,omitempty"`
	Period      string  `json:"period,omitempty"`
	Reason      string  `json:"reason"`
}

// FromConflict converts a conflict of the claim c to its JSON shape.
func FromConflict(c app.Claim, k app.Conflict) Conflict {
	return Conflict{Kind: string(k.Kind), Claim: c.ID, Quote: c.Quote, OtherNotice: k.OtherNoticeID,
		OtherClaim: k.OtherClaimID, OtherValue: k.OtherValue, OtherUnit: k.OtherUnit, OtherQuote: k.OtherQuote,
		OtherColumn: k.OtherColumn,
		Platform:    k.Platform, Period: k.Period, Reason: k.Reason()}
}

// Note is the JSON shape of a note.
type Note struct {
	UID     string `json:"uid,omitempty"`
	Body    string `json:"body"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	At      string `json:"created_at"`
	Updated string `json:"updated_at,omitempty"`
}

// FromNotice converts a notice to its JSON shape.
func FromNotice(n app.Notice) Notice {
	out := Notice{
		ID: n.ID, UID: n.UID, Title: n.Title, Body: n.Body, URL: n.URL, Summary: n.Summary,
		Status: string(n.Status), Starred: n.Starred, Lang: n.Lang, Direction: string(n.Direction),
		Kind: string(n.Kind), Platform: n.Platform, Origin: n.Origin, ContentHash: n.ContentHash,
		PublishedAt: rfc3339(n.PublishedAt), ImportedAt: rfc3339(n.ImportedAt),
		Tags: names(n.Tags), Sources: make([]Source, 0, len(n.Sources)), Claims: make([]Claim, 0, len(n.Claims)),
		Notes: make([]Note, 0, len(n.Notes)),
	}
	conflicts := 0
	for _, c := range n.Claims {
		conflicts += len(c.Conflicts)
	}
	out.Conflicts = make([]Conflict, 0, conflicts)
	for _, l := range n.Sources {
		out.Sources = append(out.Sources, Source{Name: l.Source.Name, Kind: string(l.Source.Kind), Role: string(l.Role), URL: l.Source.URL,
			UID: l.Source.UID, Credibility: l.Source.Credibility})
	}
	for _, c := range n.Claims {
		jc := FromClaim(c)
		out.Claims = append(out.Claims, jc)
		out.Conflicts = append(out.Conflicts, jc.Conflicts...)
	}
	for _, note := range n.Notes {
		jn := Note{UID: note.UID, Body: note.Body, Start: note.Start, End: note.End, At: note.CreatedAt.UTC().Format(time.RFC3339)}
		if !note.UpdatedAt.IsZero() {
			jn.Updated = note.UpdatedAt.UTC().Format(time.RFC3339)
		}
		out.Notes = append(out.Notes, jn)
	}
	out.Links = n.Links
	return out
}

// FromClaim converts a claim to its JSON shape.
func FromClaim(c app.Claim) Claim {
	jc := Claim{
		ID: c.ID, UID: c.UID, Kind: string(c.Kind), Value: c.Value, Unit: c.Unit, UnitText: c.UnitText,
		Qualifier: string(c.Qualifier), Rate: string(c.Rate), Start: c.Start, End: c.End, Quote: c.Quote,
		Prefix: c.Prefix, Suffix: c.Suffix, Actor: c.Actor, Platform: c.Platform, Period: c.Period,
		Verification: string(c.Verification), Origin: string(c.Origin), Orphaned: c.Orphaned,
		High: c.High, Category: c.Category, Tags: names(c.Tags),
	}
	if len(c.Conflicts) > 0 {
		jc.Conflicts = make([]Conflict, 0, len(c.Conflicts))
		for _, k := range c.Conflicts {
			jc.Conflicts = append(jc.Conflicts, FromConflict(c, k))
		}
	}
	if !c.EventDate.IsZero() {
		jc.Date = c.EventDate.Format("2006-01-02")
	}
	return jc
}

// Dump is the whole-database JSON export; `import` and `merge` read it
// back. Version 2 carries every uid, the desk's sources and tags and its
// change log (history), after the notices.
type Dump struct {
	Format   string       `json:"format"` // always "takedowndesk"
	Version  int          `json:"version"`
	Exported string       `json:"exported_at"`
	DeskUID  string       `json:"desk_uid,omitempty"`
	Notices  []Notice     `json:"notices"`
	Sources  []DeskSource `json:"sources,omitempty"`
	Tags     []DeskTag    `json:"tags,omitempty"`
	History  []Change     `json:"history,omitempty"`
}

// DumpVersion is the version of the whole-database export this build writes.
const DumpVersion = 2

// DeskSource is a source of the desk's vocabulary, with its tags.
type DeskSource struct {
	UID         string   `json:"uid"`
	Name        string   `json:"name"`
	Kind        string   `json:"kind"`
	URL         string   `json:"url"`
	Credibility int      `json:"credibility"`
	Tags        []string `json:"tags"`
}

// DeskTag is a tag of the desk's vocabulary.
type DeskTag struct {
	UID    string `json:"uid"`
	Name   string `json:"name"`
	Colour string `json:"colour"`
}

// Change is one entry of the desk's change log.
type Change struct {
	UID       string `json:"uid"`
	At        string `json:"at"`
	Author    string `json:"author"`
	Entity    string `json:"entity"`
	EntityUID string `json:"entity_uid"`
	NoticeUID string `json:"notice_uid"`
	Field     string `json:"field"`
	Before    string `json:"before"`
	After     string `json:"after"`
	Undo      bool   `json:"undo,omitempty"`
}

// FromChange converts a change to its JSON shape.
func FromChange(c app.Change) Change {
	return Change{UID: c.UID, At: c.At.UTC().Format(time.RFC3339Nano), Author: c.Author, Entity: string(c.Entity),
		EntityUID: c.EntityUID, NoticeUID: c.NoticeUID, Field: string(c.Field), Before: c.Before, After: c.After, Undo: c.Undo}
}

// FromSource converts a source of the vocabulary to its JSON shape.
func FromSource(s app.Source) DeskSource {
	return DeskSource{UID: s.UID, Name: s.Name, Kind: string(s.Kind), URL: s.URL, Credibility: s.Credibility, Tags: names(s.Tags)}
}

// Desk is what a store offers beside its notices for the whole-desk
// export: its uid, its sources and tags, and its change log.
type Desk interface {
	DeskUID(ctx context.Context) (string, error)
	EachSource(ctx context.Context, fn func(app.Source) error) error
	EachTag(ctx context.Context, fn func(app.Tag) error) error
	EachChange(ctx context.Context, fn func(app.Change) error) error
}

// DumpFormat names the whole-database export so import can sniff it.
const DumpFormat = "takedowndesk"

// json writes the whole-database export, a notice at a time, in the shape
// of Dump.
func (e *exporter) json(ctx context.Context, w io.Writer, each walk) error {
	desk, _ := e.src.(Desk)
	var deskUID string
	if desk != nil {
		var err error
		if deskUID, err = desk.DeskUID(ctx); err != nil {
			return err
		}
	}
	head, err := json.Marshal(struct {
		Format   string `json:"format"`
		Version  int    `json:"version"`
		Exported string `json:"exported_at"`
		DeskUID  string `json:"desk_uid,omitempty"`
	}{DumpFormat, DumpVersion, e.req.Now.UTC().Format(time.RFC3339), deskUID})
	if err != nil {
		return err
	}
	// the head's closing brace gives way to the notices array
	if _, err := fmt.Fprintf(w, "%s,\n  \"notices\": [", head[:len(head)-1]); err != nil {
		return fmt.Errorf("write json export: %w", err)
	}
	first := true
	exported := map[string]bool{} // the notices whose history goes with them
	err = each(func(n *app.Notice) error {
		exported[n.UID] = true
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
		end := "\n  ]"
		if first {
			end = "]"
		}
		_, err = io.WriteString(w, end)
	}
	if err == nil && desk != nil {
		err = writeDesk(ctx, w, desk, exported)
	}
	if err == nil {
		_, err = io.WriteString(w, "\n}\n")
	}
	if err != nil {
		return fmt.Errorf("write json export: %w", err)
	}
	return nil
}

// writeDesk writes the sources, tags and change log after the notices:
// the changes of the notices exported, and those about no notice.
func writeDesk(ctx context.Context, w io.Writer, desk Desk, exported map[string]bool) error {
	array := func(name string, walk func(put func(any) error) error) error {
		if _, err := fmt.Fprintf(w, ",\n  %q: [", name); err != nil {
			return err
		}
		sep := "\n    "
		err := walk(func(v any) error {
			b, err := json.Marshal(v)
			if err != nil {
				return err
			}
			if _, err := io.WriteString(w, sep); err != nil {
				return err
			}
			sep = ",\n    "
			_, err = w.Write(b)
			return err
		})
		if err != nil {
			return err
		}
		end := "\n  ]"
		if sep == "\n    " {
			end = "]"
		}
		_, err = io.WriteString(w, end)
		return err
	}
	err := array("sources", func(put func(any) error) error {
		return desk.EachSource(ctx, func(s app.Source) error { return put(FromSource(s)) })
	})
	if err == nil {
		err = array("tags", func(put func(any) error) error {
			return desk.EachTag(ctx, func(t app.Tag) error { return put(DeskTag{UID: t.UID, Name: t.Name, Colour: t.Colour}) })
		})
	}
	if err == nil {
		err = array("history", func(put func(any) error) error {
			return desk.EachChange(ctx, func(c app.Change) error {
				if c.NoticeUID != "" && !exported[c.NoticeUID] {
					return nil
				}
				return put(FromChange(c))
			})
		})
	}
	return err
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
