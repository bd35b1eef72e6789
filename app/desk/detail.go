package desk

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/search"
)

// RecordStore is what the sources view and the tag manager need from the
// database beside Store: pages of sources counted by the store, a source
// picker, and the tag vocabulary with its use.
type RecordStore interface {
	SourceStats(ctx context.Context, q app.SourceQuery) ([]app.SourceStat, int, error)
	FindSources(ctx context.Context, text string, limit int) ([]app.Source, error)
	TagUses(ctx context.Context) ([]app.TagUse, error)
}

// sharedRecord reports whether a change is to a source or tag, which
// belongs to no one notice.
func sharedRecord(ch app.Change) bool {
	return ch.Entity == app.EntitySource || ch.Entity == app.EntityTag
}

// rowSummaryLocked copies a notice's headline figures and conflicts to its
// loaded rows after its claims changed; it reports whether a row changed.
func (d *Desk) rowSummaryLocked(n app.Notice) bool {
	conflicts := 0
	for _, c := range n.Claims {
		if len(c.Conflicts) > 0 {
			conflicts++
		}
	}
	changed := false
	for _, rows := range d.pages {
		for k := range rows {
			if rows[k].ID == n.ID && (rows[k].Summary != n.Summary || rows[k].Conflicts != conflicts) {
				rows[k].Summary, rows[k].Conflicts = n.Summary, conflicts
				changed = true
			}
		}
	}
	return changed
}

// CorrectClaim sets a claim's value, unit, qualifier, rate, day or period
// to what the reporter says it is. A value is read as a reporter types it
// ("1,200"), a day as YYYY-MM-DD.
func (d *Desk) CorrectClaim(claimID int64, field app.Field, value string) error {
	if field == app.FieldValue {
		v, err := app.ParseValue(value)
		if err != nil {
			return err
		}
		value = app.FormatValue(v)
	}
	ch := app.Change{Entity: app.EntityClaim, Ref: claimID, Field: field, After: value}
	if err := ch.Check(); err != nil {
		return err
	}
	d.Do(ch)
	return nil
}

// AddClaim adds a reporter's claim on the span c.Start–c.End of the open
// notice; the store anchors its quote, prefix and suffix in the text.
func (d *Desk) AddClaim(c app.Claim) error {
	n, ok := d.Current()
	if !ok {
		return fmt.Errorf("no notice open: %w", app.ErrInvalid)
	}
	if c.End <= c.Start || c.Start < 0 || c.End > len([]rune(n.Body)) {
		return fmt.Errorf("select the words of the claim in the text first: %w", app.ErrInvalid)
	}
	c.NoticeID, c.ID, c.Origin = n.ID, 0, app.OriginManual
	if c.Kind == "" {
		c.Kind = app.ClaimFigure
	}
	d.Do(app.Change{Entity: app.EntityClaim, NoticeID: n.ID, Field: app.FieldClaim, After: app.Encode(app.ClaimRecord{Claim: c})})
	return nil
}

// FindQuote finds a quote the reporter typed in the open notice's text,
// with letters folded as search folds them (hamza, tashkeel, digits).
func (d *Desk) FindQuote(quote string) (start, end int, ok bool) {
	n, open := d.Current()
	if !open {
		return 0, 0, false
	}
	return app.FindQuote(n.Body, quote, foldRune)
}

func foldRune(r rune) rune {
	if f, ok := search.Fold(r); ok {
		return f
	}
	return -1
}

// DeleteClaim deletes a claim; undo brings it back with its tags and sources.
func (d *Desk) DeleteClaim(claimID int64) {
	d.Do(app.Change{Entity: app.EntityClaim, Ref: claimID, Field: app.FieldClaim, Before: "{}"})
}

// LinkSource links a source (existing by id, or new by name and kind) to a
// notice or claim with a role.
func (d *Desk) LinkSource(e app.Entity, id int64, v app.SourceLinkValue) error {
	v.Name = strings.TrimSpace(v.Name)
	ch := app.Change{Entity: e, Ref: id, Field: app.FieldSource, After: app.Encode(v)}
	if err := ch.Check(); err != nil {
		return err
	}
	d.Do(ch)
	return nil
}

// UnlinkSource takes a source off a notice or claim.
func (d *Desk) UnlinkSource(e app.Entity, id int64, l app.SourceLink) {
	d.Do(app.Change{Entity: e, Ref: id, Field: app.FieldSource,
		Before: app.Encode(app.SourceLinkValue{Source: l.Source.ID, Role: l.Role})})
}

// EditSource changes a source's name, kind, address or credibility, as one
// command (only the fields that differ from s are written).
func (d *Desk) EditSource(s app.Source, name string, kind app.SourceKind, url string, credibility int) error {
	var chs []app.Change
	add := func(f app.Field, before, after string) {
		if before != after {
			chs = append(chs, app.Change{Entity: app.EntitySource, Ref: s.ID, Field: f, After: after})
		}
	}
	add(app.FieldName, s.Name, strings.Join(strings.Fields(name), " "))
	add(app.FieldKind, string(s.Kind), string(kind))
	add(app.FieldURL, s.URL, strings.TrimSpace(url))
	add(app.FieldCredibility, strconv.Itoa(s.Credibility), strconv.Itoa(credibility))
	for _, ch := range chs {
		if err := ch.Check(); err != nil {
			return err
		}
	}
	if len(chs) > 0 {
		d.Do(chs...)
	}
	return nil
}

// MergeSources folds source drop into keep: its links and tags move to
// keep, duplicates go, and undo splits them again.
func (d *Desk) MergeSources(drop, keep int64) error {
	ch := app.Change{Entity: app.EntitySource, Ref: drop, Field: app.FieldMerged, After: app.Encode(app.MergeRecord{Into: keep})}
	if err := ch.Check(); err != nil {
		return err
	}
	d.Do(ch)
	return nil
}

// CreateTag adds a tag to the vocabulary.
func (d *Desk) CreateTag(name, colour string) error {
	name, err := app.CleanTagName(name)
	if err != nil {
		return err
	}
	ch := app.Change{Entity: app.EntityTag, Field: app.FieldRecord, After: app.Encode(app.TagRecord{Tag: app.Tag{Name: name, Colour: colour}})}
	if err := ch.Check(); err != nil {
		return err
	}
	d.Do(ch)
	return nil
}

// RenameTag renames a tag wherever it is.
func (d *Desk) RenameTag(id int64, name string) error {
	ch := app.Change{Entity: app.EntityTag, Ref: id, Field: app.FieldName, After: name}
	if err := ch.Check(); err != nil {
		return err
	}
	d.Do(ch)
	return nil
}

// ColourTag gives a tag a colour ("#rrggbb", "" for the default).
func (d *Desk) ColourTag(id int64, colour string) error {
	ch := app.Change{Entity: app.EntityTag, Ref: id, Field: app.FieldColour, After: colour}
	if err := ch.Check(); err != nil {
		return err
	}
	d.Do(ch)
	return nil
}

// MergeTags folds tag drop into into, wherever drop is.
func (d *Desk) MergeTags(drop, into int64) error {
	ch := app.Change{Entity: app.EntityTag, Ref: drop, Field: app.FieldMerged, After: app.Encode(app.MergeRecord{Into: into})}
	if err := ch.Check(); err != nil {
		return err
	}
	d.Do(ch)
	return nil
}

// DeleteTag takes a tag out of the vocabulary and off everything it is on;
// undo puts it back.
func (d *Desk) DeleteTag(id int64) {
	d.Do(app.Change{Entity: app.EntityTag, Ref: id, Field: app.FieldRecord, Before: "{}"})
}

// AddSpanNote adds a note on the span start–end of a notice's text (a note
// on the whole notice when the span is empty).
func (d *Desk) AddSpanNote(noticeID int64, body string, start, end int) {
	if end <= start {
		d.AddNote(noticeID, body)
		return
	}
	d.Do(app.Change{Entity: app.EntityNote, NoticeID: noticeID, Field: app.FieldNote,
		After: app.Encode(app.NoteRecord{Body: body, Start: start, End: end})})
}

// DeleteSpanNote deletes a note on a span; undo brings it back on its span.
func (d *Desk) DeleteSpanNote(n app.Note) {
	d.Do(app.Change{Entity: app.EntityNote, Ref: n.ID, NoticeID: n.NoticeID, Field: app.FieldNote, Before: "{}"})
}

// records returns the store's record queries, when it has them.
func (d *Desk) records() (RecordStore, error) {
	rs, ok := d.st.(RecordStore)
	if !ok {
		return nil, fmt.Errorf("this desk's store cannot list sources or tags: %w", app.ErrInvalid)
	}
	return rs, nil
}

// SourceStats reads one page of the sources view beside the caller and
// hands it to done through post.
func (d *Desk) SourceStats(q app.SourceQuery, done func([]app.SourceStat, int, error)) {
	d.goWork(func() {
		var st []app.SourceStat
		var total int
		rs, err := d.records()
		if err == nil {
			st, total, err = rs.SourceStats(context.Background(), q)
		}
		d.deliverResult(func() { done(st, total, err) })
	})
}

// FindSources lists sources whose name holds text, for a picker, beside the
// caller; done gets them through post.
func (d *Desk) FindSources(text string, limit int, done func([]app.Source, error)) {
	d.goWork(func() {
		var out []app.Source
		rs, err := d.records()
		if err == nil {
			out, err = rs.FindSources(context.Background(), text, limit)
		}
		d.deliverResult(func() { done(out, err) })
	})
}

// TagUses reads the tag vocabulary with its use beside the caller.
func (d *Desk) TagUses(done func([]app.TagUse, error)) {
	d.goWork(func() {
		var out []app.TagUse
		rs, err := d.records()
		if err == nil {
			out, err = rs.TagUses(context.Background())
		}
		d.deliverResult(func() { done(out, err) })
	})
}

// deliverResult runs fn through post in order with the desk's events.
func (d *Desk) deliverResult(fn func()) {
	d.work.Add(1)
	d.qmu.Lock()
	d.queue = append(d.queue, fn)
	start := !d.delivering
	d.delivering = true
	d.qmu.Unlock()
	if start {
		go d.deliver()
	}
}

// AfterEdits runs fn through post once every edit asked for so far is
// written (a view that lists records reads them again then).
func (d *Desk) AfterEdits(fn func()) {
	d.goWork(func() {
		d.edits.Wait()
		d.deliverResult(fn)
	})
}
