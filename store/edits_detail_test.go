package store_test

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/store"
)

// detailDesk is two notices about the same day, each with one figure, the
// first stated by Telegram and reported by two spellings of one outlet.
func detailDesk(t *testing.T) (*store.DB, app.Notice, app.Notice) {
	t.Helper()
	db := openTestDB(t, filepath.Join(t.TempDir(), "desk.db"))
	nov := time.Date(2015, 11, 18, 0, 0, 0, 0, time.UTC)
	a := notice("a", "Telegram blocked 78 sites on Wednesday, see https://telegram.org/isis.", "a",
		app.Claim{Kind: app.ClaimFigure, Value: 78, Unit: "sites", Platform: "Telegram", EventDate: nov, Start: 17, End: 25})
	a.Sources = []app.SourceLink{
		{Source: app.Source{Name: "Telegram", Kind: app.SourcePlatformStatement}, Role: app.RoleStatedBy},
		{Source: app.Source{Name: "Daily Beast", Kind: app.SourceNewsOutlet}, Role: app.RoleReportedBy},
	}
	b := notice("b", "Telegram blocked 79 channels on Wednesday.", "b",
		app.Claim{Kind: app.ClaimFigure, Value: 79, Unit: "channels", Platform: "Telegram", EventDate: nov, Start: 17, End: 28})
	b.Sources = []app.SourceLink{{Source: app.Source{Name: "The Daily Beast", Kind: app.SourceNewsOutlet}, Role: app.RoleReportedBy}}
	importAll(t, db, a, b)
	ctx := context.Background()
	rows, err := db.Page(ctx, app.Query{Sort: app.SortDate}, 0, 10)
	if err != nil || len(rows) != 2 {
		t.Fatalf("page: %v %v", rows, err)
	}
	var na, nb app.Notice
	for _, r := range rows {
		n, err := db.Notice(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		if n.Title == "a" {
			na = n
		} else {
			nb = n
		}
	}
	return db, na, nb
}

func apply(t *testing.T, db *store.DB, ch app.Change) app.Change {
	t.Helper()
	got, err := db.Apply(context.Background(), ch)
	if err != nil {
		t.Fatalf("apply %s.%s: %v", ch.Entity, ch.Field, err)
	}
	if got.ID == 0 {
		t.Fatalf("apply %s.%s changed nothing", ch.Entity, ch.Field)
	}
	return got
}

func reload(t *testing.T, db *store.DB, id int64) app.Notice {
	t.Helper()
	n, err := db.Notice(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func sourceNamed(ls []app.SourceLink, name string) (app.SourceLink, bool) {
	for _, l := range ls {
		if l.Source.Name == name {
			return l, true
		}
	}
	return app.SourceLink{}, false
}

// TestClaimCorrections: value, unit, qualifier and rate corrected, each in
// history with before and after, the summary and conflicts kept current,
// and each taken back by its inverse.
func TestClaimCorrections(t *testing.T) {
	db, a, b := detailDesk(t)
	ctx := context.Background()
	cid := a.Claims[0].ID
	if len(a.Claims[0].Conflicts) != 0 {
		t.Fatalf("78 sites vs 79 channels flagged: %+v", a.Claims[0])
	}
	tests := []struct {
		field         app.Field
		after, before string
		check         func(app.Claim) bool
	}{
		{app.FieldUnit, "channels", "sites", func(c app.Claim) bool { return c.Unit == "channels" }},
		{app.FieldValue, "87", "78", func(c app.Claim) bool { return c.Value == 87 }},
		{app.FieldQualifier, "more_than", "", func(c app.Claim) bool { return c.Qualifier == app.QualMoreThan }},
		{app.FieldRate, "per_day", "", func(c app.Claim) bool { return c.Rate == app.RatePerDay }},
		{app.FieldPeriod, "2015-11", "", func(c app.Claim) bool { return c.Period == "2015-11" }},
		{app.FieldDate, "2015-11-19", "2015-11-18", func(c app.Claim) bool { return c.EventDate.Day() == 19 }},
		{app.FieldDate, "", "2015-11-19", func(c app.Claim) bool { return c.EventDate.IsZero() }},
	}
	for _, tt := range tests {
		ch := apply(t, db, app.Change{Entity: app.EntityClaim, Ref: cid, Field: tt.field, After: tt.after})
		if ch.Before != tt.before || ch.NoticeID != a.ID {
			t.Errorf("%s: recorded before %q notice %d, want %q %d", tt.field, ch.Before, ch.NoticeID, tt.before, a.ID)
		}
		n := reload(t, db, a.ID)
		if !tt.check(n.Claims[0]) {
			t.Errorf("%s → %s: claim %+v", tt.field, tt.after, n.Claims[0])
		}
		if tt.field == app.FieldUnit && (n.Summary != "78 channels" || len(n.Claims[0].Conflicts) != 1) {
			t.Errorf("after the unit correction: summary %q, conflicts %+v", n.Summary, n.Claims[0].Conflicts)
		}
		// the same value again changes nothing
		if again, err := db.Apply(ctx, app.Change{Entity: app.EntityClaim, Ref: cid, Field: tt.field, After: tt.after}); err != nil || again.ID != 0 {
			t.Errorf("%s set twice: %+v %v", tt.field, again, err)
		}
	}
	h, _ := db.History(ctx, a.ID)
	if len(h) != len(tests) {
		t.Fatalf("history has %d changes, want %d", len(h), len(tests))
	}
	for i := len(h) - 1; i >= 0; i-- {
		apply(t, db, h[i].Inverse())
	}
	n := reload(t, db, a.ID)
	c := n.Claims[0]
	if c.Value != 78 || c.Unit != "sites" || c.Qualifier != "" || c.Rate != "" || c.Period != "" || c.EventDate.Day() != 18 || n.Summary != a.Summary {
		t.Errorf("after undoing every correction: %+v, summary %q", c, n.Summary)
	}
	if nb := reload(t, db, b.ID); len(nb.Claims[0].Conflicts) != 0 {
		t.Error("conflict with the other notice kept after undo")
	}
	for _, bad := range []app.Change{
		{Entity: app.EntityClaim, Ref: cid, Field: app.FieldValue, After: "many"},
		{Entity: app.EntityClaim, Ref: cid, Field: app.FieldUnit, After: "Two Words"},
		{Entity: app.EntityClaim, Ref: cid, Field: app.FieldQualifier, After: "roughly"},
		{Entity: app.EntityClaim, Ref: cid, Field: app.FieldDate, After: "18/11/2015"},
		{Entity: app.EntityNotice, Ref: a.ID, Field: app.FieldUnit, After: "channels"},
		{Entity: app.EntityClaim, Ref: 9999, Field: app.FieldUnit, After: "channels"},
	} {
		if _, err := db.Apply(ctx, bad); err == nil {
			t.Errorf("%+v accepted", bad)
		}
	}
}

// TestClaimAddDelete: a reporter's claim anchored in the text; a claim
// deleted with its tags and sources and brought back whole by undo.
func TestClaimAddDelete(t *testing.T) {
	db, a, _ := detailDesk(t)
	ctx := context.Background()
	start, end, ok := app.FindQuote(a.Body, "on Wednesday", func(r rune) rune { return r })
	if !ok {
		t.Fatal("quote not found")
	}
	rec := app.ClaimRecord{Claim: app.Claim{NoticeID: a.ID, Kind: app.ClaimDate, Start: start, End: end, Quote: "forged", Prefix: "x"}}
	add := apply(t, db, app.Change{Entity: app.EntityClaim, NoticeID: a.ID, Field: app.FieldClaim, After: app.Encode(rec)})
	n := reload(t, db, a.ID)
	if len(n.Claims) != 2 {
		t.Fatalf("claims after add: %+v", n.Claims)
	}
	var added app.Claim
	for _, c := range n.Claims {
		if c.ID == add.Ref {
			added = c
		}
	}
	if added.Quote != "on Wednesday" || added.Prefix != "Telegram blocked 78 sites " || added.Origin != app.OriginManual {
		t.Errorf("added claim anchored as %+v", added)
	}
	if _, err := db.Apply(ctx, app.Change{Entity: app.EntityClaim, NoticeID: a.ID, Field: app.FieldClaim,
		After: app.Encode(app.ClaimRecord{Claim: app.Claim{Start: 5, End: 500}})}); err == nil {
		t.Error("a span past the text was accepted")
	}

	// tag and source the extracted claim, then delete it
	cid := a.Claims[0].ID
	if _, err := db.AddTag(ctx, app.EntityClaim, cid, "check"); err != nil {
		t.Fatal(err)
	}
	tg, _ := sourceNamed(a.Sources, "Telegram")
	apply(t, db, app.Change{Entity: app.EntityClaim, Ref: cid, Field: app.FieldSource,
		After: app.Encode(app.SourceLinkValue{Source: tg.Source.ID, Role: app.RoleStatedBy})})
	before := reload(t, db, a.ID).Claims[0]
	del := apply(t, db, app.Change{Entity: app.EntityClaim, Ref: cid, Field: app.FieldClaim, Before: "{}"})
	if n := reload(t, db, a.ID); len(n.Claims) != 1 || n.Claims[0].ID == cid || n.Summary != "" {
		t.Fatalf("after delete: %+v, summary %q", n.Claims, n.Summary)
	}
	apply(t, db, del.Inverse())
	var back app.Claim
	for _, c := range reload(t, db, a.ID).Claims {
		if c.ID == cid {
			back = c
		}
	}
	back.Conflicts, before.Conflicts = nil, nil
	if !reflect.DeepEqual(back, before) {
		t.Errorf("undo of delete gave\n%+v\nwant\n%+v", back, before)
	}
	h, _ := db.History(ctx, a.ID)
	if h[len(h)-1].Field != app.FieldClaim || !h[len(h)-1].Undo {
		t.Errorf("last history entry %+v", h[len(h)-1])
	}
}

// TestSourceLinksEditsAndMerge: link a new and an existing source, edit
// one, merge two spellings of one outlet, and take it all back.
func TestSourceLinksEditsAndMerge(t *testing.T) {
	db, a, b := detailDesk(t)
	ctx := context.Background()
	add := apply(t, db, app.Change{Entity: app.EntityNotice, Ref: a.ID, Field: app.FieldSource,
		After: app.Encode(app.SourceLinkValue{Name: " MEMRI ", Kind: app.SourceThinkTank, URL: "https://memri.org", Credibility: 3, Role: app.RoleDisputedBy})})
	var v app.SourceLinkValue
	app.Decode(add.After, &v)
	if !v.Created || v.Source == 0 {
		t.Fatalf("new source link recorded as %+v", v)
	}
	memri, ok := sourceNamed(reload(t, db, a.ID).Sources, "MEMRI")
	if !ok || memri.Role != app.RoleDisputedBy || memri.Source.Credibility != 3 {
		t.Fatalf("MEMRI not linked: %+v", reload(t, db, a.ID).Sources)
	}
	if hits, _ := db.Page(ctx, app.Query{Text: "memri"}, 0, 5); len(hits) != 1 {
		t.Errorf("the new source's name does not find its notice: %v", hits)
	}
	// undo removes the link and the source it made; redo brings both back under the same id
	apply(t, db, add.Inverse())
	if st, _, _ := db.SourceStats(ctx, app.SourceQuery{Text: "MEMRI"}); len(st) != 0 {
		t.Errorf("source made by an undone link kept: %+v", st)
	}
	apply(t, db, add.Inverse().Inverse())
	if again, _ := sourceNamed(reload(t, db, a.ID).Sources, "MEMRI"); again.Source.ID != memri.Source.ID {
		t.Errorf("redo gave source %d, want %d", again.Source.ID, memri.Source.ID)
	}
	// an existing source by id, on notice b
	apply(t, db, app.Change{Entity: app.EntityNotice, Ref: b.ID, Field: app.FieldSource,
		After: app.Encode(app.SourceLinkValue{Source: memri.Source.ID, Role: app.RoleDisputedBy})})

	// edits
	for _, e := range []struct {
		field         app.Field
		after, before string
	}{{app.FieldCredibility, "4", "3"}, {app.FieldURL, "https://www.memri.org", "https://memri.org"}, {app.FieldName, "MEMRI TTM", "MEMRI"}} {
		ch := apply(t, db, app.Change{Entity: app.EntitySource, Ref: memri.Source.ID, Field: e.field, After: e.after})
		if ch.Before != e.before {
			t.Errorf("%s before = %q, want %q", e.field, ch.Before, e.before)
		}
	}
	if hits, _ := db.Page(ctx, app.Query{Text: "ttm"}, 0, 5); len(hits) != 2 {
		t.Errorf("renamed source finds %d notices, want 2", len(hits))
	}
	beast, _ := sourceNamed(a.Sources, "Daily Beast")
	the, _ := sourceNamed(b.Sources, "The Daily Beast")
	if _, err := db.Apply(ctx, app.Change{Entity: app.EntitySource, Ref: the.Source.ID, Field: app.FieldName, After: "Daily Beast"}); !errors.Is(err, store.ErrExists) {
		t.Errorf("rename onto another source: %v, want ErrExists", err)
	}
	if _, err := db.AddTag(ctx, app.EntitySource, the.Source.ID, "outlet"); err != nil {
		t.Fatal(err)
	}

	// merge "The Daily Beast" into "Daily Beast"
	m := apply(t, db, app.Change{Entity: app.EntitySource, Ref: the.Source.ID, Field: app.FieldMerged, After: app.Encode(app.MergeRecord{Into: beast.Source.ID})})
	st, total, err := db.SourceStats(ctx, app.SourceQuery{Text: "beast"})
	if err != nil || total != 1 || len(st) != 1 || st[0].Notices != 2 || st[0].Reported != 2 || len(st[0].Source.Tags) != 1 {
		t.Fatalf("after merge: %+v total %d %v", st, total, err)
	}
	if l, ok := sourceNamed(reload(t, db, b.ID).Sources, "Daily Beast"); !ok || l.Role != app.RoleReportedBy {
		t.Errorf("notice b's link not moved: %+v", reload(t, db, b.ID).Sources)
	}
	apply(t, db, m.Inverse())
	st, total, _ = db.SourceStats(ctx, app.SourceQuery{Text: "beast", Sort: app.SourceByName})
	if total != 2 || st[0].Notices != 1 || st[1].Notices != 1 || st[0].Source.Tags != nil || len(st[1].Source.Tags) != 1 {
		t.Errorf("after undoing the merge: %+v", st)
	}
	if l, ok := sourceNamed(reload(t, db, b.ID).Sources, "The Daily Beast"); !ok || l.Source.ID != the.Source.ID {
		t.Errorf("notice b's source not split back: %+v", reload(t, db, b.ID).Sources)
	}

	// the view across the desk, by dispute
	st, _, _ = db.SourceStats(ctx, app.SourceQuery{Sort: app.SourceByDisputed, Limit: 2})
	if len(st) != 2 || st[0].Source.Name != "MEMRI TTM" || st[0].Disputed != 2 || st[0].Notices != 2 {
		t.Errorf("most disputed: %+v", st)
	}
}

// TestTagVocabulary: create, colour, rename, merge and delete tags, each
// taken back.
func TestTagVocabulary(t *testing.T) {
	db, a, b := detailDesk(t)
	ctx := context.Background()
	for _, x := range []struct {
		e  app.Entity
		id int64
		n  string
	}{{app.EntityNotice, a.ID, "isis"}, {app.EntityNotice, b.ID, "ISIS"}, {app.EntityClaim, b.Claims[0].ID, "ISIS"}} {
		if _, err := db.AddTag(ctx, x.e, x.id, x.n); err != nil {
			t.Fatal(err)
		}
	}
	uses := func() map[string]app.TagUse {
		us, err := db.TagUses(ctx)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]app.TagUse{}
		for _, u := range us {
			out[u.Tag.Name] = u
		}
		return out
	}
	lower, upper := uses()["isis"], uses()["ISIS"]
	if upper.Notices != 1 || upper.Claims != 1 {
		t.Fatalf("ISIS used %+v", upper)
	}
	col := apply(t, db, app.Change{Entity: app.EntityTag, Ref: upper.Tag.ID, Field: app.FieldColour, After: "#c0392b"})
	if reload(t, db, b.ID).Tags[0].Colour != "#c0392b" || col.Before != "" {
		t.Errorf("colour not set: %+v", reload(t, db, b.ID).Tags)
	}
	if _, err := db.Apply(ctx, app.Change{Entity: app.EntityTag, Ref: lower.Tag.ID, Field: app.FieldName, After: "ISIS"}); !errors.Is(err, store.ErrExists) {
		t.Errorf("rename onto an existing tag: %v", err)
	}
	m := apply(t, db, app.Change{Entity: app.EntityTag, Ref: lower.Tag.ID, Field: app.FieldMerged, After: app.Encode(app.MergeRecord{Into: upper.Tag.ID})})
	if u := uses(); len(u) != 1 || u["ISIS"].Notices != 2 {
		t.Errorf("after merge: %+v", u)
	}
	c, _ := db.Count(ctx, app.Query{Tags: []string{"ISIS"}})
	if c.Total != 2 {
		t.Errorf("filter by the merged tag: %d notices, want 2", c.Total)
	}
	apply(t, db, m.Inverse())
	if u := uses(); u["isis"].Notices != 1 || u["ISIS"].Notices != 1 || u["isis"].Tag.ID != lower.Tag.ID {
		t.Errorf("after undoing the merge: %+v", u)
	}
	rn := apply(t, db, app.Change{Entity: app.EntityTag, Ref: upper.Tag.ID, Field: app.FieldName, After: "Islamic State"})
	if hits, _ := db.Page(ctx, app.Query{Text: "islamic"}, 0, 5); len(hits) != 1 {
		t.Errorf("renamed tag finds %d notices, want 1", len(hits))
	}
	if c, _ := db.Count(ctx, app.Query{Tags: []string{"Islamic State"}}); c.Total != 1 {
		t.Errorf("filter by the renamed tag: %d", c.Total)
	}
	del := apply(t, db, app.Change{Entity: app.EntityTag, Ref: upper.Tag.ID, Field: app.FieldRecord, Before: "{}"})
	if n := reload(t, db, b.ID); len(n.Tags) != 0 || len(n.Claims[0].Tags) != 0 {
		t.Errorf("deleted tag still on %+v", n)
	}
	apply(t, db, del.Inverse())
	apply(t, db, rn.Inverse())
	n := reload(t, db, b.ID)
	if len(n.Tags) != 1 || n.Tags[0].Name != "ISIS" || n.Tags[0].Colour != "#c0392b" || len(n.Claims[0].Tags) != 1 {
		t.Errorf("after undoing delete and rename: %+v / %+v", n.Tags, n.Claims[0].Tags)
	}
	made := apply(t, db, app.Change{Entity: app.EntityTag, Field: app.FieldRecord, After: app.Encode(app.TagRecord{Tag: app.Tag{Name: "to check", Colour: "#2980b9"}})})
	if made.Ref == 0 || uses()["to check"].Tag.Colour != "#2980b9" {
		t.Errorf("new tag: %+v", made)
	}
}

// TestSpanNote: a note on a span keeps its span, and undo of its deletion
// brings it back.
func TestSpanNote(t *testing.T) {
	db, a, _ := detailDesk(t)
	add := apply(t, db, app.Change{Entity: app.EntityNote, NoticeID: a.ID, Field: app.FieldNote, After: app.Encode(app.NoteRecord{Body: "ask Telegram", Start: 0, End: 8})})
	n := reload(t, db, a.ID)
	if len(n.Notes) != 1 || n.Notes[0].Start != 0 || n.Notes[0].End != 8 || n.Notes[0].ID != add.Ref {
		t.Fatalf("notes: %+v", n.Notes)
	}
	del := apply(t, db, app.Change{Entity: app.EntityNote, Ref: add.Ref, Field: app.FieldNote, Before: "{}"})
	if len(reload(t, db, a.ID).Notes) != 0 || del.NoticeID != a.ID {
		t.Fatal("note not deleted")
	}
	apply(t, db, del.Inverse())
	if n := reload(t, db, a.ID); len(n.Notes) != 1 || n.Notes[0].End != 8 || n.Notes[0].Body != "ask Telegram" {
		t.Errorf("after undo: %+v", n.Notes)
	}
	if _, err := db.Apply(context.Background(), app.Change{Entity: app.EntityNote, NoticeID: a.ID, Field: app.FieldNote,
		After: app.Encode(app.NoteRecord{Body: "x", Start: 3, End: 900})}); err == nil {
		t.Error("a span past the text was accepted")
	}
}
