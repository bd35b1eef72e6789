package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/search"
)

// TestQueryPlans: the list's common filters and sorts are served by an
// index in the list's order: no full scan of notice and no sort of every
// matching row (a page of 100,000 notices must not read them all).
func TestQueryPlans(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "plan.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	// statistics as a large desk has them, so the planner chooses as it would there
	if _, err := db.sql.ExecContext(ctx, `ANALYZE`); err != nil {
		t.Fatal(err)
	}
	day := time.Date(2015, 11, 18, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name string
		q    app.Query
		sort bool // a sort of the filtered rows is fine: they are few
	}{
		{"all, newest first", app.Query{}, false},
		{"status", app.Query{Statuses: []app.Status{app.StatusNew}}, false},
		{"two statuses", app.Query{Statuses: []app.Status{app.StatusNew, app.StatusTriaged}}, false},
		{"platform", app.Query{Platforms: []string{"Telegram"}}, false},
		{"language", app.Query{Langs: []string{"ar"}}, false},
		{"starred", app.Query{Starred: true}, false},
		{"starred in a language", app.Query{Starred: true, Langs: []string{"fr"}}, false},
		{"has conflict", app.Query{Conflict: true}, false},
		{"tag", app.Query{Tags: []string{"check"}}, true}, // the notices a reporter tagged
		{"date range", app.Query{From: day, To: day.AddDate(0, 1, 0)}, false},
		{"by figure", app.Query{Sort: app.SortFigure}, false},
		{"status sort", app.Query{Sort: app.SortStatus, Statuses: []app.Status{app.StatusVerified}}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := tc.q.Order()
			if s == app.SortStatus {
				s = app.SortDate // paged status by status
			}
			query, args := plainQuery(tc.q, s)
			plan := explain(t, db, query+` LIMIT 50 OFFSET 0`, args...)
			if strings.Contains(plan, "SCAN n\n") || !tc.sort && strings.Contains(plan, "USE TEMP B-TREE FOR ORDER BY") {
				t.Errorf("full scan or sort:\n%s", plan)
			}
			if tc.q.Starred && !strings.Contains(plan, "notice_starred") {
				t.Errorf("starred notices not read from their index:\n%s", plan)
			}
		})
	}
	t.Run("text", func(t *testing.T) {
		cond, args := where(app.Query{Statuses: []app.Status{app.StatusNew}})
		plan := explain(t, db, `SELECT `+rowCols+` FROM notice_fts f JOIN notice n ON n.id = f.rowid WHERE notice_fts MATCH ? AND `+cond+
			` ORDER BY f.rowid DESC LIMIT 50`, append([]any{matchExpr("telegram")}, args...)...)
		if !strings.Contains(plan, "VIRTUAL TABLE INDEX") || strings.Contains(plan, "TEMP B-TREE") || !strings.Contains(plan, "SEARCH n USING INTEGER PRIMARY KEY") {
			t.Errorf("text search does not stream from the index:\n%s", plan)
		}
	})
}

func explain(t *testing.T, db *DB, q string, args ...any) string {
	t.Helper()
	rows, err := db.sql.QueryContext(context.Background(), `EXPLAIN QUERY PLAN `+q, args...)
	if err != nil {
		t.Fatalf("%v\n%s", err, q)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var id, parent, notused int
		var detail string
		if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
			t.Fatal(err)
		}
		b.WriteString(detail + "\n")
	}
	return b.String()
}

// TestFacetCountsFollowEdits: the counts' copy of the filter columns
// follows tags, stars and statuses set after it was loaded.
func TestFacetCountsFollowEdits(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "facets.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	err = db.Import(ctx, func(put func(app.Imported) (app.Outcome, error)) error {
		for _, title := range []string{"one", "two", "three"} {
			im := app.Imported{Notice: app.Notice{Title: title, Body: title + " body", Platform: "Telegram", Lang: "en"}}
			im.Complete()
			row := search.Row(im.Notice.Title, im.Notice.Body, nil)
			im.Search = &row
			if _, err := put(im); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if c, _ := db.Count(ctx, app.Query{}); c.Total != 3 || c.Tags["check"] != 0 {
		t.Fatalf("before: %+v", c)
	}
	if _, err := db.AddTag(ctx, app.EntityNotice, 1, "check"); err != nil {
		t.Fatal(err)
	}
	if err := db.SetStarred(ctx, 2, true); err != nil {
		t.Fatal(err)
	}
	if err := db.SetStatus(ctx, 3, app.StatusTriaged); err != nil {
		t.Fatal(err)
	}
	c, _ := db.Count(ctx, app.Query{Tags: []string{"check"}})
	if c.Total != 1 || c.Tags["check"] != 1 || c.Starred != 0 || c.Statuses[app.StatusTriaged] != 0 {
		t.Errorf("tag filter: %+v", c)
	}
	c, _ = db.Count(ctx, app.Query{})
	if c.Statuses[app.StatusTriaged] != 1 || c.Statuses[app.StatusNew] != 2 || c.Starred != 1 {
		t.Errorf("after the edits: %+v", c)
	}
	if err := db.RemoveTag(ctx, app.EntityNotice, 1, "check"); err != nil {
		t.Fatal(err)
	}
	if c, _ := db.Count(ctx, app.Query{Tags: []string{"check"}}); c.Total != 0 {
		t.Errorf("after untagging: %+v", c)
	}
}
