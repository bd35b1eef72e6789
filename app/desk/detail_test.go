package desk_test

import (
	"context"
	"testing"

	"github.com/takedowndesk/takedowndesk/app"
)

// TestDetailCommandsUndo: each command of the detail pane changes the
// open notice (its row too, where the row shows it), and one Undo takes it
// back, one Redo applies it again.
func TestDetailCommandsUndo(t *testing.T) {
	db := fill(t, 3)
	d, rec := newDesk(t, db)
	d.SetQuery(app.Query{})
	d.Wait()
	row, _ := d.Row(0)
	d.Open(row.ID)
	d.Wait()
	n, _ := d.Current()
	claim := n.Claims[0]
	ctx := context.Background()
	read := func() app.Notice {
		n, err := db.Notice(ctx, row.ID)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	for _, tc := range []struct {
		name string
		do   func() error
		want func(n app.Notice) bool
	}{
		{"unit", func() error { return d.CorrectClaim(claim.ID, app.FieldUnit, "accounts") },
			func(n app.Notice) bool { return n.Claims[0].Unit == "accounts" && n.Summary != row.Summary }},
		{"value typed with a separator", func() error { return d.CorrectClaim(claim.ID, app.FieldValue, "1,200") },
			func(n app.Notice) bool { return n.Claims[0].Value == 1200 }},
		{"qualifier", func() error { return d.CorrectClaim(claim.ID, app.FieldQualifier, string(app.QualAbout)) },
			func(n app.Notice) bool { return n.Claims[0].Qualifier == app.QualAbout }},
		{"add claim from a typed quote", func() error {
			s, e, ok := d.FindQuote("BLOCKED")
			if !ok {
				t.Fatal("quote not found")
			}
			return d.AddClaim(app.Claim{Kind: app.ClaimAssertion, Start: s, End: e})
		}, func(n app.Notice) bool { return len(n.Claims) == 2 }},
		{"delete claim", func() error { d.DeleteClaim(claim.ID); return nil },
			func(n app.Notice) bool { return len(n.Claims) == 0 && n.Summary == "" }},
		{"new source", func() error {
			return d.LinkSource(app.EntityNotice, row.ID, app.SourceLinkValue{Name: "Telegram", Kind: app.SourcePlatformStatement, Role: app.RoleStatedBy})
		}, func(n app.Notice) bool { return len(n.Sources) == 1 && n.Sources[0].Role == app.RoleStatedBy }},
		{"source on the claim", func() error {
			return d.LinkSource(app.EntityClaim, claim.ID, app.SourceLinkValue{Name: "Reuters", Kind: app.SourceWire, Role: app.RoleReportedBy})
		}, func(n app.Notice) bool {
			return len(n.Claims[0].Sources) == 1 && n.Claims[0].Sources[0].Source.Name == "Reuters"
		}},
		{"span note", func() error { d.AddSpanNote(row.ID, "check the count", 0, 8); return nil },
			func(n app.Notice) bool { return len(n.Notes) == 1 && n.Notes[0].End == 8 }},
		{"new tag", func() error { return d.CreateTag("to check", "#336699") }, func(app.Notice) bool {
			us, _ := db.TagUses(ctx)
			for _, u := range us {
				if u.Tag.Name == "to check" {
					return u.Tag.Colour == "#336699"
				}
			}
			return false
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := read()
			if err := tc.do(); err != nil {
				t.Fatal(err)
			}
			d.Wait()
			if err := rec.failed(); err != nil {
				t.Fatal(err)
			}
			if !tc.want(read()) {
				t.Fatalf("not applied: %+v", read())
			}
			if cur, _ := d.Current(); tc.name != "new tag" && !tc.want(cur) {
				t.Errorf("open notice not updated: %+v", cur)
			}
			if tc.name == "unit" {
				if r, _ := d.Row(0); r.Summary != read().Summary {
					t.Errorf("row summary %q, notice %q", r.Summary, read().Summary)
				}
			}
			d.Undo()
			d.Wait()
			if tc.want(read()) || read().Summary != before.Summary || len(read().Claims) != len(before.Claims) {
				t.Fatalf("undo left %+v", read())
			}
			d.Redo()
			d.Wait()
			if !tc.want(read()) {
				t.Fatalf("redo gave %+v", read())
			}
			d.Undo()
			d.Wait()
		})
	}
	// tag manager commands on a tag in use
	d.Tag(app.EntityNotice, "first", row.ID)
	d.Wait()
	if err := d.CreateTag("second", ""); err != nil {
		t.Fatal(err)
	}
	d.Wait()
	us, _ := db.TagUses(ctx)
	ids := map[string]int64{}
	for _, u := range us {
		ids[u.Tag.Name] = u.Tag.ID
	}
	if err := d.RenameTag(ids["first"], "primary"); err != nil {
		t.Fatal(err)
	}
	d.Wait()
	if r, _ := d.Row(0); len(r.Tags) != 1 || r.Tags[0].Name != "primary" {
		t.Errorf("row after rename: %+v", r.Tags)
	}
	if err := d.ColourTag(ids["first"], "#aa0000"); err != nil {
		t.Fatal(err)
	}
	d.Wait()
	if err := d.MergeTags(ids["first"], ids["second"]); err != nil {
		t.Fatal(err)
	}
	d.Wait()
	if cur, _ := d.Current(); len(cur.Tags) != 1 || cur.Tags[0].Name != "second" {
		t.Errorf("open notice after merge: %+v", cur.Tags)
	}
	d.Undo()
	d.Wait()
	if cur, _ := d.Current(); len(cur.Tags) != 1 || cur.Tags[0].Name != "primary" || cur.Tags[0].Colour != "#aa0000" {
		t.Errorf("open notice after undoing the merge: %+v", cur.Tags)
	}
	d.DeleteTag(ids["first"])
	d.Wait()
	if cur, _ := d.Current(); len(cur.Tags) != 0 {
		t.Errorf("open notice after deleting its tag: %+v", cur.Tags)
	}
	// bad input is refused before anything is written
	if err := d.CorrectClaim(claim.ID, app.FieldValue, "lots"); err == nil {
		t.Error("a value of letters accepted")
	}
	if err := d.AddClaim(app.Claim{Start: 3, End: 3}); err == nil {
		t.Error("an empty span accepted")
	}
	if err := d.MergeSources(5, 5); err == nil {
		t.Error("a source merged into itself")
	}
	// the sources view through the desk
	d.LinkSource(app.EntityNotice, row.ID, app.SourceLinkValue{Name: "Telegram", Kind: app.SourcePlatformStatement, Role: app.RoleDisputedBy})
	d.Wait()
	var got []app.SourceStat
	d.SourceStats(app.SourceQuery{Sort: app.SourceByDisputed}, func(st []app.SourceStat, total int, err error) {
		if err != nil || total != 1 {
			t.Errorf("sources view: %d, %v", total, err)
		}
		got = st
	})
	d.Wait()
	if len(got) != 1 || got[0].Disputed != 1 {
		t.Errorf("sources view: %+v", got)
	}
}
