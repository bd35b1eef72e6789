package store_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/brief"
	"github.com/takedowndesk/takedowndesk/app/merge"
	"github.com/takedowndesk/takedowndesk/store"
)

func exportJSON(t *testing.T, db *store.DB) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "desk.json")
	if err := brief.Export(context.Background(), db, brief.Request{Format: brief.WholeJSON, Now: time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)}, path); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestJSONRoundTrip exports a desk that has seen edits and a merge, with
// sources, links, tagged sources and claims, notes and conflicts, imports
// the export into an empty database and compares every field of every
// table (local ids aside); then merges the export into a desk that holds
// part of it, which ends with the same content.
func TestJSONRoundTrip(t *testing.T) {
	ctx := context.Background()
	alice, bob := editOffline(t)
	rich := notice("Europol release", "Europol flagged 3-4 million accounts at https://example.org/x on 2 May.", "europol:2",
		app.Claim{Value: 3e6, High: 4e6, Unit: "accounts", Quote: "3-4 million accounts", Start: 16, End: 36, Category: "flagged",
			EventDate: time.Date(2026, 5, 2, 0, 0, 0, 0, time.UTC)})
	rich.Sources = []app.SourceLink{{Source: app.Source{Name: "Europol", Kind: app.SourceGovernment, URL: "https://europol.example"}, Role: app.RoleStatedBy}}
	rich.Links = []string{"https://example.org/x"}
	units := notice("Two units", "Telegram closed 78 channels, or 78 accounts.", "tg:9",
		app.Claim{Value: 78, Unit: "channels", Quote: "78 channels", Start: 16, End: 27},
		app.Claim{Value: 78, Unit: "accounts", Quote: "78 accounts", Start: 32, End: 43})
	importAll(t, alice.db, rich, units)
	if _, err := alice.db.AddTag(ctx, app.EntitySource, 1, "official"); err != nil {
		t.Fatal(err)
	}
	eu := alice.notice("europol:2")
	alice.at("2026-12-01T13:00:00Z", app.Change{Entity: app.EntityClaim, Ref: eu.Claims[0].ID, Field: app.FieldTag, After: "range"})
	alice.mergeFrom(bob)

	path := exportJSON(t, alice.db)
	if !merge.IsDump(path) {
		t.Fatal("the export does not read as a whole-desk export")
	}
	fresh := newLaptop(t, "fresh")
	rep, err := fresh.db.Merge(ctx, path, merge.FileInput(path), store.MergeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := alice.content()
	got := fresh.content()
	sameContent(t, "round trip", want, got)
	for _, table := range []string{"notice", "claim", "note", "history", "source", "source_tag", "claim_tag", "notice_link", "conflict"} {
		if len(want[table]) == 0 {
			t.Errorf("table %s is empty: the test desk should exercise it", table)
		}
	}
	if rep.Added.Notices != len(want["notice"]) || rep.Added.Changes != len(want["history"]) {
		t.Errorf("report %+v for %d notices, %d changes", rep.Added, len(want["notice"]), len(want["history"]))
	}
	// search finds the imported notices, by their words and their work
	for _, q := range []string{"Europol", "range", "bots"} {
		hits, err := fresh.db.Search(ctx, q, 10)
		if err != nil || len(hits) == 0 {
			t.Errorf("search %q after the import: %d hits, %v", q, len(hits), err)
		}
	}
	// the same export again changes nothing
	if again, err := fresh.db.Merge(ctx, path, merge.FileInput(path), store.MergeOptions{}); err != nil || again.Changed() {
		t.Errorf("second import: %+v, %v", again, err)
	}
	sameContent(t, "imported twice", want, fresh.content())
	// and into Bob's desk, which holds part of it
	if _, err := bob.db.Merge(ctx, path, merge.FileInput(path), store.MergeOptions{}); err != nil {
		t.Fatal(err)
	}
	sameContent(t, "merged into a partial desk", want, bob.content())
}

// TestMergeRefusesBrokenExports: a truncated or hostile export is refused
// in one error naming the problem, and nothing of it is kept.
func TestMergeRefusesBrokenExports(t *testing.T) {
	ctx := context.Background()
	alice, _ := editOffline(t)
	whole, err := os.ReadFile(exportJSON(t, alice.db))
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]string{
		"truncated":     string(whole[:len(whole)/2]),
		"not ours":      `{"format":"other","notices":[]}`,
		"bad change":    `{"format":"takedowndesk","version":2,"notices":[],"history":[{"uid":"x","at":"yesterday","entity":"notice","entity_uid":"n","field":"status"}]}`,
		"bad span":      `{"format":"takedowndesk","version":2,"notices":[{"uid":"n","title":"t","body":"b","claims":[{"start":5,"end":2}]}]}`,
		"notices first": `{"notices":[]}`,
	}
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "bad.json")
			if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			fresh := newLaptop(t, "fresh")
			before := fresh.content()
			if _, err := fresh.db.Merge(ctx, path, merge.FileInput(path), store.MergeOptions{}); err == nil {
				t.Fatal("merged a broken export")
			}
			sameContent(t, "after a refused merge", before, fresh.content())
		})
	}
}
