package store_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

func TestApplyAll(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t, filepath.Join(t.TempDir(), "desk.db"))
	var ims []app.Imported
	for i := range 5 {
		ims = append(ims, notice(fmt.Sprintf("Notice %d", i), fmt.Sprintf("Telegram blocked %d channels.", 10+i), fmt.Sprintf("o%d", i)))
	}
	importAll(t, db, ims...)
	ids, err := db.IDs(ctx, app.Query{})
	if err != nil || len(ids) != 5 {
		t.Fatalf("ids %v, %v", ids, err)
	}
	// one notice published first, so moving it back to new is refused
	if _, err := db.Apply(ctx, app.Change{Entity: app.EntityNotice, Ref: ids[0], Field: app.FieldStatus, After: string(app.StatusPublished)}); err != nil {
		t.Fatal(err)
	}
	var chs []app.Change
	for _, id := range ids {
		chs = append(chs, app.Change{Entity: app.EntityNotice, Ref: id, Field: app.FieldTag, After: "wave 3"},
			app.Change{Entity: app.EntityNotice, Ref: id, Field: app.FieldStatus, After: string(app.StatusNew)})
	}
	chs = append(chs, app.Change{Entity: app.EntityNotice, Ref: 99999, Field: app.FieldStarred, After: "true"})
	var progressed []int
	done, err := db.ApplyAll(ctx, chs, func(n int) { progressed = append(progressed, n) })
	if !errors.Is(err, app.ErrInvalid) {
		t.Errorf("err = %v, want the refused move counted", err)
	}
	// five tags; four statuses already new change nothing; the published
	// one is refused; the missing notice is skipped
	if len(done) != 5 {
		t.Errorf("%d changes recorded, want 5: %+v", len(done), done)
	}
	if len(progressed) == 0 || progressed[len(progressed)-1] != len(chs) {
		t.Errorf("progress %v, want it to end at %d", progressed, len(chs))
	}
	c, err := db.Count(ctx, app.Query{Tags: []string{"wave 3"}})
	if err != nil || c.Total != 5 {
		t.Errorf("tagged count %d, %v", c.Total, err)
	}
	rows, _ := db.Page(ctx, app.Query{Text: "wave"}, 0, 10)
	if len(rows) != 5 {
		t.Errorf("search finds %d tagged notices, want 5 (the search row follows the tag)", len(rows))
	}
	h, _ := db.History(ctx, ids[1])
	if len(h) != 1 || h[0].Field != app.FieldTag || h[0].ID == 0 {
		t.Errorf("history of a tagged notice: %+v", h)
	}
	// the inverse batch takes every tag back
	inv := make([]app.Change, len(done))
	for i, ch := range done {
		inv[len(done)-1-i] = ch.Inverse()
	}
	if _, err := db.ApplyAll(ctx, inv, nil); err != nil {
		t.Fatal(err)
	}
	if c, _ := db.Count(ctx, app.Query{Tags: []string{"wave 3"}}); c.Total != 0 {
		t.Errorf("%d notices still tagged after the inverse batch", c.Total)
	}
}

func TestApplyAllCancelledAppliesNothing(t *testing.T) {
	db := openTestDB(t, filepath.Join(t.TempDir(), "desk.db"))
	importAll(t, db, notice("One", "Telegram blocked 10 channels.", "o1"))
	ids, _ := db.IDs(context.Background(), app.Query{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := db.ApplyAll(ctx, []app.Change{{Entity: app.EntityNotice, Ref: ids[0], Field: app.FieldStarred, After: "true"}}, nil)
	if err == nil {
		t.Fatal("a cancelled batch reported success")
	}
	if c, _ := db.Count(context.Background(), app.Query{Starred: true}); c.Total != 0 {
		t.Error("a cancelled batch starred a notice")
	}
	if _, err := db.ApplyAll(context.Background(), []app.Change{{Entity: app.EntityNotice, Ref: ids[0], Field: app.FieldStatus, After: "bogus"}}, nil); !errors.Is(err, app.ErrInvalid) {
		t.Errorf("an invalid change: %v", err)
	}
}

func TestSavedSearchesRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t, filepath.Join(t.TempDir(), "desk.db"))
	if ss, err := db.SavedSearches(ctx); err != nil || len(ss) != 0 {
		t.Fatalf("new desk: %v, %v", ss, err)
	}
	want := []app.SavedSearch{
		{Name: "تلغرام غير محقق", Query: app.Query{Text: "تلغرام", Statuses: []app.Status{app.StatusNew, app.StatusTriaged},
			Platforms: []string{"Telegram"}, Conflict: true, From: time.Date(2015, 11, 1, 0, 0, 0, 0, time.UTC), Sort: app.SortFigure}},
		{Name: "starred", Query: app.Query{Starred: true, Tags: []string{"wave 3"}, Langs: []string{"ar"},
			To: time.Date(2016, 1, 31, 0, 0, 0, 0, time.UTC)}},
	}
	if err := db.SetSavedSearches(ctx, want); err != nil {
		t.Fatal(err)
	}
	got, err := db.SavedSearches(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read back\n%+v\nwant\n%+v", got, want)
	}
	if err := db.SetSetting(ctx, "ui.saved_searches", "{broken"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SavedSearches(ctx); err == nil {
		t.Error("a damaged setting read without an error")
	}
}
