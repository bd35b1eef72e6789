package ingest

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/brief"
)

// parseDump reads the desk's own whole-database export (`export --format
// json`) back, with the reporter's work: status, star, tags, notes, claim
// verification and claim tags. Notices are decoded one at a time.
func parseDump(s *sink, r io.Reader) error {
	dec := json.NewDecoder(r)
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return errors.New("not a Takedown Desk export: no JSON object")
	}
	var format string
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return fmt.Errorf("truncated JSON: %w", err)
		}
		switch t {
		case "format":
			if err := dec.Decode(&format); err != nil {
				return fmt.Errorf("bad format field: %w", err)
			}
			if format != brief.DumpFormat {
				return fmt.Errorf("not a Takedown Desk export (format %q)", format)
			}
		case "notices":
			if format != brief.DumpFormat {
				return errors.New("not a Takedown Desk export (no format field before the notices)")
			}
			if t, err := dec.Token(); err != nil || t != json.Delim('[') {
				return errors.New("notices is not an array")
			}
			for i := 0; dec.More(); i++ {
				var n brief.Notice
				if err := dec.Decode(&n); err != nil {
					return fmt.Errorf("notice %d: %w", i+1, err)
				}
				if n.Body == "" && n.Title == "" {
					s.skip()
					continue
				}
				if err := s.emit(fromDump(n)); err != nil {
					return err
				}
			}
			if _, err := dec.Token(); err != nil {
				return fmt.Errorf("truncated JSON: %w", err)
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return fmt.Errorf("truncated JSON: %w", err)
			}
		}
	}
	if _, err := dec.Token(); err != nil {
		return fmt.Errorf("truncated JSON: %w", err)
	}
	if format != brief.DumpFormat {
		return errors.New("not a Takedown Desk export")
	}
	return nil
}

func fromDump(j brief.Notice) app.Imported {
	n := app.Notice{
		Title: j.Title, Body: j.Body, URL: j.URL, Lang: j.Lang, Direction: app.Direction(j.Direction),
		Kind: app.Kind(j.Kind), Platform: j.Platform, Origin: j.Origin, Starred: j.Starred,
		PublishedAt: parseStamp(j.PublishedAt), ImportedAt: parseStamp(j.ImportedAt),
	}
	if st := app.Status(j.Status); st.Valid() {
		n.Status = st
	}
	for _, t := range j.Tags {
		n.Tags = append(n.Tags, app.Tag{Name: t})
	}
	for _, note := range j.Notes {
		n.Notes = append(n.Notes, app.Note{Body: note.Body, Start: note.Start, End: note.End, CreatedAt: parseStamp(&note.At)})
	}
	im := app.Imported{Notice: n, Links: j.Links}
	for _, c := range j.Claims {
		claim := app.Claim{
			Kind: app.ClaimKind(c.Kind), Value: c.Value, High: c.High, Unit: c.Unit, UnitText: c.UnitText,
			Qualifier: app.Qualifier(c.Qualifier), Rate: app.Rate(c.Rate), Start: c.Start, End: c.End,
			Quote: c.Quote, Prefix: c.Prefix, Suffix: c.Suffix, Actor: c.Actor, Platform: c.Platform,
			Period: c.Period, Category: c.Category, Origin: app.ClaimOrigin(c.Origin), Orphaned: c.Orphaned,
		}
		if v := app.Verification(c.Verification); v.Valid() {
			claim.Verification = v
		}
		if d, err := time.Parse("2006-01-02", c.Date); err == nil {
			claim.EventDate = d
		}
		for _, t := range c.Tags {
			claim.Tags = append(claim.Tags, app.Tag{Name: t})
		}
		im.Claims = append(im.Claims, claim)
	}
	for _, src := range j.Sources {
		im.Sources = append(im.Sources, app.SourceLink{
			Source: app.Source{Name: src.Name, Kind: app.SourceKind(src.Kind), URL: src.URL}, Role: app.Role(src.Role)})
	}
	return im
}

func parseStamp(s *string) time.Time {
	if s == nil {
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339, *s)
	if err != nil {
		return time.Time{}
	}
	return t
}
