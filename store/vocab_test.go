package store_test

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/internal/deskgen"
	"github.com/takedowndesk/takedowndesk/store"
)

// A prefix asked for as the words of the vocabulary copy finds the same
// notices in the same order as the prefix itself, and a copy made stale by
// an import is not used until it has been rebuilt.
func TestVocabularyPrefixesMatchPrefixQueries(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t, filepath.Join(t.TempDir(), "desk.db"))
	if _, err := deskgen.Fill(ctx, db, 3000, 7); err != nil {
		t.Fatal(err)
	}
	queries := append(deskgen.Queries(7, 120), "tel", "tele", "telegram", "قنا", "قناه", "кан", "каналы",
		"cha", "chaines", "acc", "accounts", "isis", "داعش", "rem", "removed tel", "zzzz", "12", "ab")
	before := map[string][]int64{}
	plain := map[string]string{}
	pages := map[string][]int64{} // first pages: a misspelt word goes to the near words
	firstPage := func(q string) []int64 {
		rows, err := db.Page(ctx, app.Query{Text: q}, 0, 100)
		if err != nil {
			t.Fatalf("Page(%q): %v", q, err)
		}
		var ids []int64
		for _, r := range rows {
			ids = append(ids, r.ID)
		}
		return ids
	}
	queries = append(queries, "telgram", "chanels", "propoganda", "قنوت", "remvoed")
	for _, q := range queries {
		plain[q] = store.SearchExpr(db, q)
		ids, err := db.IDs(ctx, app.Query{Text: q})
		if err != nil {
			t.Fatalf("IDs(%q): %v", q, err)
		}
		before[q] = ids
	}
	// first pages last: a word near no word that starts as it does walks
	// the whole copy, which makes it
	for _, q := range queries {
		pages[q] = firstPage(q)
	}
	select {
	case <-db.WarmSearch():
	case <-time.After(time.Minute):
		t.Fatal("the vocabulary copy was not ready within a minute")
	}
	expanded := 0
	for _, q := range queries {
		if store.SearchExpr(db, q) != plain[q] {
			expanded++
		}
		ids, err := db.IDs(ctx, app.Query{Text: q})
		if err != nil {
			t.Fatalf("IDs(%q) with the copy: %v", q, err)
		}
		if !slices.Equal(ids, before[q]) {
			t.Errorf("%q: %d notices with the vocabulary copy, %d with the prefix query", q, len(ids), len(before[q]))
		}
		if got := firstPage(q); !slices.Equal(got, pages[q]) {
			t.Errorf("%q: first page with the vocabulary copy %v, without %v", q, got, pages[q])
		}
	}
	if expanded < len(queries)/2 {
		t.Fatalf("%d of %d queries asked for as words: the copy was hardly used", expanded, len(queries))
	}

	// a word the copy does not know yet
	im := notice("Brand new word", "The zyxwvuts network lost 12 channels.", "test:new")
	importAll(t, db, im)
	ids, err := db.IDs(ctx, app.Query{Text: "zyxw"})
	if err != nil || len(ids) != 1 {
		t.Fatalf("a word imported after the copy: %v %v; want one notice", ids, err)
	}
	deadline := time.Now().Add(time.Minute)
	for strings.Contains(store.SearchExpr(db, "zyxw"), "*") {
		if time.Now().After(deadline) {
			t.Fatal("the stale copy was not rebuilt within a minute")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if got := store.SearchExpr(db, "zyxw"); got != `("zyxwvuts")` {
		t.Errorf("rebuilt copy: %s", got)
	}
	if ids, err := db.IDs(ctx, app.Query{Text: "zyxw"}); err != nil || len(ids) != 1 {
		t.Errorf("after the rebuild: %v %v; want one notice", ids, err)
	}
}

// A typo in a word's first letters still finds the word, with or without
// the window's copy of the vocabulary.
func TestTypoInFirstLettersFindsTheWord(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t, filepath.Join(t.TempDir(), "desk.db"))
	if _, err := deskgen.Fill(ctx, db, 2000, 11); err != nil {
		t.Fatal(err)
	}
	for _, warm := range []bool{false, true} {
		if warm {
			<-db.WarmSearch()
		}
		for _, q := range []string{"tlegram", "tepegram", "elegram", "ttelegram", "etlegram", "Telegarm"} {
			rows, err := db.Page(ctx, app.Query{Text: q}, 0, 20)
			if err != nil {
				t.Fatalf("Page(%q): %v", q, err)
			}
			if len(rows) == 0 {
				t.Errorf("%q (copy %v): nothing found", q, warm)
			}
			for _, r := range rows {
				if !strings.Contains(strings.ToLower(r.Title+" "+r.Summary+" "+r.Platform), "telegram") {
					t.Errorf("%q (copy %v): row %q says nothing of Telegram", q, warm, r.Title)
				}
			}
		}
	}
}
