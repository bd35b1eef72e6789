package merge

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/brief"
)

// IsDump reports whether the file at path starts like a whole-desk JSON
// export ({"format":"takedowndesk", ...), which `import` then merges.
func IsDump(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 512)
	n, _ := io.ReadFull(f, head)
	head = bytes.TrimLeft(head[:n], " \t\r\n\ufeff")
	return bytes.HasPrefix(head, []byte(`{"format":"takedowndesk"`)) || bytes.HasPrefix(head, []byte(`{"format": "takedowndesk"`))
}

// FileInput is the whole-desk JSON export at path as an Input.
func FileInput(path string) Input {
	return func(ctx context.Context, s Sink) error {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := ReadDump(ctx, f, s); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		return nil
	}
}

// ReadDump reads a whole-desk JSON export (brief.Dump) and hands its
// content to s as it is decoded, a notice at a time, keeping every uid,
// time and value as written.
func ReadDump(ctx context.Context, r io.Reader, s Sink) error {
	dec := json.NewDecoder(r)
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return errors.New("not a Takedown Desk export: no JSON object")
	}
	var format string
	each := func(name string, fn func() error) error {
		if format != brief.DumpFormat {
			return fmt.Errorf("not a Takedown Desk export (no format field before %s)", name)
		}
		if t, err := dec.Token(); err != nil || t != json.Delim('[') {
			return fmt.Errorf("%s is not an array", name)
		}
		for i := 0; dec.More(); i++ {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := fn(); err != nil {
				return fmt.Errorf("%s %d: %w", name, i+1, err)
			}
		}
		if _, err := dec.Token(); err != nil {
			return fmt.Errorf("truncated JSON: %w", err)
		}
		return nil
	}
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
			err = each("notice", func() error {
				var n brief.Notice
				if err := dec.Decode(&n); err != nil {
					return err
				}
				im, err := FromDump(n)
				if err != nil {
					return err
				}
				return s.Notice(im)
			})
		case "sources":
			err = each("source", func() error {
				var j brief.DeskSource
				if err := dec.Decode(&j); err != nil {
					return err
				}
				src := app.Source{UID: j.UID, Name: j.Name, Kind: app.SourceKind(j.Kind), URL: j.URL, Credibility: j.Credibility}
				for _, t := range j.Tags {
					src.Tags = append(src.Tags, app.Tag{Name: t})
				}
				return s.Source(src)
			})
		case "tags":
			err = each("tag", func() error {
				var j brief.DeskTag
				if err := dec.Decode(&j); err != nil {
					return err
				}
				return s.Tag(app.Tag{UID: j.UID, Name: j.Name, Colour: j.Colour})
			})
		case "history":
			err = each("change", func() error {
				var j brief.Change
				if err := dec.Decode(&j); err != nil {
					return err
				}
				c, err := FromDumpChange(j)
				if err != nil {
					return err
				}
				return s.Change(c)
			})
		default:
			var skip json.RawMessage
			err = dec.Decode(&skip)
		}
		if err != nil {
			return err
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

// FromDumpChange converts a change of the export back, refusing one
// without a uid, an entity uid or a readable time.
func FromDumpChange(j brief.Change) (app.Change, error) {
	at, err := time.Parse(time.RFC3339Nano, j.At)
	if err != nil {
		return app.Change{}, fmt.Errorf("change %s: bad time %q", j.UID, j.At)
	}
	c := app.Change{UID: j.UID, At: at, Author: j.Author, Entity: app.Entity(j.Entity), EntityUID: j.EntityUID,
		NoticeUID: j.NoticeUID, Field: app.Field(j.Field), Before: j.Before, After: j.After, Undo: j.Undo}
	if c.UID == "" || c.EntityUID == "" || !c.Entity.Valid() || c.Field == "" {
		return c, fmt.Errorf("change %q: no uid, entity or field: %w", j.UID, app.ErrInvalid)
	}
	return c, nil
}

// FromDump converts a notice of the export back as it was stored: uids,
// times, content hash and summary kept, nothing recomputed. A notice
// without a uid (an export from before uids) gets the one its origin or
// text gives it.
func FromDump(j brief.Notice) (app.Imported, error) {
	n := app.Notice{
		UID: j.UID, Title: j.Title, Body: j.Body, URL: j.URL, Summary: j.Summary, Lang: j.Lang,
		Direction: app.Direction(j.Direction), Kind: app.Kind(j.Kind), Platform: j.Platform, Origin: j.Origin,
		Starred: j.Starred, ContentHash: j.ContentHash, Status: app.Status(j.Status),
		PublishedAt: stamp(j.PublishedAt), ImportedAt: stamp(j.ImportedAt),
	}
	if n.ContentHash == "" {
		n.ContentHash = app.ContentHash(n.Title, n.Body)
	}
	if n.UID == "" {
		n.UID = app.UID(n.Origin, n.ContentHash)
	}
	if !n.Status.Valid() {
		n.Status = app.StatusNew
	}
	if n.Direction != app.RTL {
		n.Direction = app.LTR
	}
	if n.Kind == "" {
		n.Kind = app.KindText
	}
	if n.Title == "" && n.Body == "" {
		return app.Imported{}, fmt.Errorf("notice %q: no title and no text: %w", j.UID, app.ErrInvalid)
	}
	for _, t := range j.Tags {
		n.Tags = append(n.Tags, app.Tag{Name: t})
	}
	for _, note := range j.Notes {
		at := stamp(&note.At)
		nn := app.Note{UID: note.UID, Body: note.Body, Start: note.Start, End: note.End, CreatedAt: at, UpdatedAt: at}
		if note.Updated != "" {
			nn.UpdatedAt = stamp(&note.Updated)
		}
		if nn.UID == "" {
			nn.UID = app.NoteUID(n.UID, at.UTC().Format(time.RFC3339), note.Body)
		}
		n.Notes = append(n.Notes, nn)
	}
	im := app.Imported{Notice: n, Links: j.Links}
	for _, c := range j.Claims {
		claim := app.Claim{
			UID: c.UID, Kind: app.ClaimKind(c.Kind), Value: c.Value, Unit: c.Unit, UnitText: c.UnitText,
			Qualifier: app.Qualifier(c.Qualifier), Rate: app.Rate(c.Rate), Start: c.Start, End: c.End,
			Quote: c.Quote, Prefix: c.Prefix, Suffix: c.Suffix, Actor: c.Actor, Platform: c.Platform,
			Period: c.Period, Verification: app.Verification(c.Verification), Origin: app.ClaimOrigin(c.Origin),
			Orphaned: c.Orphaned, High: c.High, Category: c.Category,
		}
		if claim.Kind == "" {
			claim.Kind = app.ClaimFigure
		}
		if !claim.Verification.Valid() {
			claim.Verification = app.Unreviewed
		}
		if claim.Origin == "" {
			claim.Origin = app.OriginAuto
		}
		if c.Start < 0 || c.End < c.Start {
			return im, fmt.Errorf("notice %q: claim %q has a bad span %d-%d: %w", n.UID, c.Quote, c.Start, c.End, app.ErrInvalid)
		}
		if d, err := time.Parse("2006-01-02", c.Date); err == nil {
			claim.EventDate = d
		}
		if claim.UID == "" {
			claim.UID = app.ClaimUID(n.UID, claim.Kind, claim.Start, claim.End, claim.Unit)
		}
		for _, t := range c.Tags {
			claim.Tags = append(claim.Tags, app.Tag{Name: t})
		}
		im.Claims = append(im.Claims, claim)
	}
	for _, src := range j.Sources {
		im.Sources = append(im.Sources, app.SourceLink{
			Source: app.Source{UID: src.UID, Name: src.Name, Kind: app.SourceKind(src.Kind), URL: src.URL, Credibility: src.Credibility},
			Role:   app.Role(src.Role)})
	}
	return im, nil
}

func stamp(s *string) time.Time {
	if s == nil {
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339, *s)
	if err != nil {
		return time.Time{}
	}
	return t
}
