package store_test

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/merge"
	"github.com/takedowndesk/takedowndesk/store"
)

// laptop is one reporter's desk in a test: a database with its author and
// a clock set per edit.
type laptop struct {
	t  *testing.T
	db *store.DB
}

func newLaptop(t *testing.T, author string) *laptop {
	t.Helper()
	db := openTestDB(t, filepath.Join(t.TempDir(), author+".db"))
	if err := db.SetSetting(context.Background(), store.AuthorSetting, author); err != nil {
		t.Fatal(err)
	}
	return &laptop{t, db}
}

// seed is what every laptop imported before working offline: the same
// two stories, so the same uids.
func (l *laptop) seed() {
	l.t.Helper()
	store.SetClock(l.db, "2026-12-01T08:00:00Z")
	importAll(l.t, l.db,
		notice("Telegram statement", "Telegram blocked 78 channels in 12 languages.", "tg:1",
			app.Claim{Value: 78, Unit: "channels", Quote: "78 channels", Start: 16, End: 27},
			app.Claim{Value: 12, Unit: "languages", Quote: "12 languages", Start: 31, End: 43}),
		notice("Wire story", "The wire said 80 accounts were closed.", "wire:1",
			app.Claim{Value: 80, Unit: "accounts", Quote: "80 accounts", Start: 14, End: 25}))
}

// at applies one change at the given time.
func (l *laptop) at(when string, ch app.Change) app.Change {
	l.t.Helper()
	store.SetClock(l.db, when)
	got, err := l.db.Apply(context.Background(), ch)
	if err != nil {
		l.t.Fatalf("apply %+v: %v", ch, err)
	}
	return got
}

func (l *laptop) noticeID(origin string) int64 {
	l.t.Helper()
	ns, err := l.db.Notices(context.Background(), app.Filter{})
	if err != nil {
		l.t.Fatal(err)
	}
	for _, n := range ns {
		if n.Origin == origin {
			return n.ID
		}
	}
	l.t.Fatalf("no notice %s", origin)
	return 0
}

func (l *laptop) notice(origin string) app.Notice {
	l.t.Helper()
	n, err := l.db.Notice(context.Background(), l.noticeID(origin))
	if err != nil {
		l.t.Fatal(err)
	}
	return n
}

func (l *laptop) content() map[string][]string {
	l.t.Helper()
	c, err := l.db.Content(context.Background())
	if err != nil {
		l.t.Fatal(err)
	}
	return c
}

func (l *laptop) mergeFrom(other *laptop) merge.Report {
	l.t.Helper()
	rep, err := l.db.Merge(context.Background(), other.db.Path(), other.db.Input(), store.MergeOptions{})
	if err != nil {
		l.t.Fatalf("merge: %v", err)
	}
	return rep
}

func sameContent(t *testing.T, what string, a, b map[string][]string) {
	t.Helper()
	for table := range a {
		if !reflect.DeepEqual(a[table], b[table]) {
			t.Errorf("%s: table %s differs:\n%s\nvs\n%s", what, table, strings.Join(a[table], "\n"), strings.Join(b[table], "\n"))
		}
	}
}

// editOffline makes two desks that imported the same notices and then
// each worked on them apart: some edits overlap.
func editOffline(t *testing.T) (alice, bob *laptop) {
	alice, bob = newLaptop(t, "alice"), newLaptop(t, "bob")
	alice.seed()
	bob.seed()
	tg, wire := alice.notice("tg:1"), alice.notice("wire:1")
	// both move the Telegram notice on: Bob later, so Bob's wins
	alice.at("2026-12-01T10:00:00Z", app.Change{Entity: app.EntityNotice, Ref: tg.ID, Field: app.FieldStatus, After: string(app.StatusTriaged)})
	bob.at("2026-12-01T11:00:00Z", app.Change{Entity: app.EntityNotice, Ref: bob.noticeID("tg:1"), Field: app.FieldStatus, After: string(app.StatusVerifying)})
	// each verifies the first claim differently: Alice later
	bob.at("2026-12-01T09:00:00Z", app.Change{Entity: app.EntityClaim, Ref: bob.notice("tg:1").Claims[0].ID, Field: app.FieldVerification, After: string(app.Disputed)})
	alice.at("2026-12-01T12:00:00Z", app.Change{Entity: app.EntityClaim, Ref: tg.Claims[0].ID, Field: app.FieldVerification, After: string(app.Corroborated)})
	// fields only one side touched
	alice.at("2026-12-01T10:05:00Z", app.Change{Entity: app.EntityNotice, Ref: wire.ID, Field: app.FieldStarred, After: "true"})
	bob.at("2026-12-01T10:06:00Z", app.Change{Entity: app.EntityNotice, Ref: bob.noticeID("wire:1"), Field: app.FieldTag, After: "isis"})
	alice.at("2026-12-01T10:07:00Z", app.Change{Entity: app.EntityNote, NoticeID: tg.ID, Field: app.FieldBody, After: "call Telegram press office"})
	// Bob tags and untags; Alice tags later: on
	bob.at("2026-12-01T10:08:00Z", app.Change{Entity: app.EntityNotice, Ref: bob.noticeID("tg:1"), Field: app.FieldTag, After: "bots"})
	bob.at("2026-12-01T10:09:00Z", app.Change{Entity: app.EntityNotice, Ref: bob.noticeID("tg:1"), Field: app.FieldTag, Before: "bots"})
	alice.at("2026-12-01T10:10:00Z", app.Change{Entity: app.EntityNotice, Ref: tg.ID, Field: app.FieldTag, After: "bots"})
	// and a notice only Bob has
	importAll(t, bob.db, notice("Bob's find", "Europol referred 1,200 links.", "europol:1"))
	return alice, bob
}

func TestMergeTwoDesks(t *testing.T) {
	alice, bob := editOffline(t)
	rep := alice.mergeFrom(bob)
	if rep.Added.Notices != 1 || rep.Added.Changes != 5 {
		t.Errorf("added %+v, want 1 notice and Bob's 5 changes", rep.Added)
	}
	tg := alice.notice("tg:1")
	if tg.Status != app.StatusVerifying {
		t.Errorf("status %s: Bob's later change should win", tg.Status)
	}
	if tg.Claims[0].Verification != app.Corroborated {
		t.Errorf("verification %s: Alice's later change should win", tg.Claims[0].Verification)
	}
	if len(tg.Tags) != 1 || tg.Tags[0].Name != "bots" {
		t.Errorf("tags %+v: Alice's later add should win", tg.Tags)
	}
	if len(tg.Notes) != 1 {
		t.Errorf("notes %+v: Alice's note kept", tg.Notes)
	}
	wire := alice.notice("wire:1")
	if !wire.Starred || len(wire.Tags) != 1 || wire.Tags[0].Name != "isis" {
		t.Errorf("wire: starred %v tags %+v: both sides' one-sided edits kept", wire.Starred, wire.Tags)
	}
	// both status changes stay in history, each with its author
	hist, err := alice.db.History(context.Background(), tg.ID)
	if err != nil {
		t.Fatal(err)
	}
	authors := map[string]string{}
	for _, c := range hist {
		if c.Field == app.FieldStatus {
			authors[c.After] = c.Author
		}
	}
	if authors["triaged"] != "alice" || authors["verifying"] != "bob" {
		t.Errorf("status history by author: %v", authors)
	}
	conflicts := map[string]string{}
	for _, c := range rep.Conflicts {
		conflicts[c.Field] = c.Kept
	}
	if conflicts["status"] != "other" || conflicts["verification"] != "local" || len(rep.Conflicts) != 3 {
		t.Errorf("conflicts %+v: status kept from Bob, verification and the bots tag from Alice", rep.Conflicts)
	}
	if rep.Merged != 2 { // status, isis tag
		t.Errorf("merged %d fields, want 2 (%+v)", rep.Merged, rep)
	}

	// the same file again: nothing changes
	before := alice.content()
	again := alice.mergeFrom(bob)
	if again.Changed() || len(again.Conflicts) != 0 {
		t.Errorf("second merge: %+v", again)
	}
	sameContent(t, "after merging twice", before, alice.content())

	// the other way round: both desks end the same
	bob.mergeFrom(alice)
	sameContent(t, "alice vs bob", alice.content(), bob.content())
	sameContent(t, "bob vs alice", bob.content(), alice.content())
}

// TestMergeThreeDesksAnyOrder merges three desks edited offline in
// different orders: every order ends with the same content and history.
func TestMergeThreeDesksAnyOrder(t *testing.T) {
	orders := [][]string{{"b", "c"}, {"c", "b"}}
	var results []map[string][]string
	for _, order := range orders {
		alice, bob := editOffline(t)
		carol := newLaptop(t, "carol")
		carol.seed()
		carol.at("2026-12-01T11:30:00Z", app.Change{Entity: app.EntityNotice, Ref: carol.noticeID("tg:1"), Field: app.FieldStatus, After: string(app.StatusVerified)})
		carol.at("2026-12-01T11:31:00Z", app.Change{Entity: app.EntityNotice, Ref: carol.noticeID("wire:1"), Field: app.FieldTag, Before: "", After: "wires"})
		desks := map[string]*laptop{"b": bob, "c": carol}
		for _, name := range order {
			alice.mergeFrom(desks[name])
		}
		bob.mergeFrom(alice)
		carol.mergeFrom(alice)
		sameContent(t, "alice vs bob", alice.content(), bob.content())
		sameContent(t, "alice vs carol", alice.content(), carol.content())
		if st := alice.notice("tg:1").Status; st != app.StatusVerified {
			t.Errorf("order %v: status %s, want Carol's later verified", order, st)
		}
		results = append(results, alice.content())
	}
	// uids of hand-made notes differ between runs; compare the rest
	for _, table := range []string{"notice", "claim", "notice_tag", "tag"} {
		if !reflect.DeepEqual(results[0][table], results[1][table]) {
			t.Errorf("orders %v: table %s differs", orders, table)
		}
	}
}

// TestMergeDeletedNoteStaysDeleted: a note one desk deleted after the
// other had it is not brought back by the other's copy.
func TestMergeDeletedNoteStaysDeleted(t *testing.T) {
	alice, bob := newLaptop(t, "alice"), newLaptop(t, "bob")
	alice.seed()
	bob.seed()
	note := alice.at("2026-12-01T10:00:00Z", app.Change{Entity: app.EntityNote, NoticeID: alice.noticeID("tg:1"), Field: app.FieldBody, After: "draft"})
	bob.mergeFrom(alice)
	if n := bob.notice("tg:1"); len(n.Notes) != 1 {
		t.Fatalf("bob's notes %+v", n.Notes)
	}
	alice.at("2026-12-01T11:00:00Z", app.Change{Entity: app.EntityNote, Ref: note.Ref, Field: app.FieldBody, Before: "draft"})
	alice.mergeFrom(bob) // Bob still has the note
	if n := alice.notice("tg:1"); len(n.Notes) != 0 {
		t.Errorf("alice's deleted note came back: %+v", n.Notes)
	}
	bob.mergeFrom(alice)
	if n := bob.notice("tg:1"); len(n.Notes) != 0 {
		t.Errorf("bob kept a note alice deleted later: %+v", n.Notes)
	}
	sameContent(t, "after the delete", alice.content(), bob.content())
}

// TestMergeReimportedText: a notice re-imported with a changed text on
// one desk takes that text, with its claims re-anchored and the new ones
// added, on the desk it is merged into, and both end the same.
func TestMergeReimportedText(t *testing.T) {
	alice, bob := newLaptop(t, "alice"), newLaptop(t, "bob")
	alice.seed()
	bob.seed()
	bob.at("2026-12-01T09:00:00Z", app.Change{Entity: app.EntityClaim, Ref: bob.notice("tg:1").Claims[0].ID, Field: app.FieldVerification, After: string(app.Verified)})
	store.SetClock(alice.db, "2026-12-01T10:00:00Z")
	importAll(t, alice.db, notice("Telegram statement", "Update: Telegram blocked 78 channels in 12 languages and 9 bots.", "tg:1",
		app.Claim{Value: 78, Unit: "channels", Quote: "78 channels", Start: 24, End: 35},
		app.Claim{Value: 12, Unit: "languages", Quote: "12 languages", Start: 39, End: 51},
		app.Claim{Value: 9, Unit: "bots", Quote: "9 bots", Start: 56, End: 62}))
	rep := bob.mergeFrom(alice)
	tg := bob.notice("tg:1")
	if !strings.HasPrefix(tg.Body, "Update:") || len(tg.Claims) != 3 {
		t.Fatalf("bob's notice after the merge: %q, %d claims (%+v)", tg.Body, len(tg.Claims), rep)
	}
	if tg.Claims[0].Start != 24 || tg.Claims[0].Verification != app.Verified {
		t.Errorf("bob's verified claim: %+v: re-anchored, still verified", tg.Claims[0])
	}
	alice.mergeFrom(bob)
	sameContent(t, "after the re-import", alice.content(), bob.content())
	if again := bob.mergeFrom(alice); again.Changed() {
		t.Errorf("merged again: %+v", again)
	}
}

// TestMergeClaimCorrectionsAndDeletes: a unit corrected on one desk and a
// claim deleted on the other reach both desks, the later correction of a
// value winning, and both end the same.
func TestMergeClaimCorrectionsAndDeletes(t *testing.T) {
	alice, bob := newLaptop(t, "alice"), newLaptop(t, "bob")
	alice.seed()
	bob.seed()
	ac, bc := alice.notice("tg:1").Claims, bob.notice("tg:1").Claims
	alice.at("2026-12-01T10:00:00Z", app.Change{Entity: app.EntityClaim, Ref: ac[0].ID, Field: app.FieldUnit, After: "bots"})
	bob.at("2026-12-01T10:30:00Z", app.Change{Entity: app.EntityClaim, Ref: bc[0].ID, Field: app.FieldValue, After: "79"})
	alice.at("2026-12-01T11:00:00Z", app.Change{Entity: app.EntityClaim, Ref: ac[0].ID, Field: app.FieldValue, After: "80"})
	bob.at("2026-12-01T11:30:00Z", app.Change{Entity: app.EntityClaim, Ref: bc[1].ID, Field: app.FieldClaim, Before: "{}"})
	alice.mergeFrom(bob)
	bob.mergeFrom(alice)
	for _, l := range []*laptop{alice, bob} {
		cs := l.notice("tg:1").Claims
		if len(cs) != 1 || cs[0].Unit != "bots" || cs[0].Value != 80 {
			t.Errorf("%s's claims after the merges: %+v; want one, 80 bots", l.db.Path(), cs)
		}
	}
	sameContent(t, "after the corrections", alice.content(), bob.content())
	again := alice.mergeFrom(bob)
	if again.Merged != 0 || again.Unapplied != 0 {
		t.Errorf("merging again: %+v", again)
	}
}
