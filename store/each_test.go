package store_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

// EachNotice yields the same notices as NoticesFull, in the same order,
// across several batches; a selection comes in the order asked.
func TestEachNoticeMatchesNoticesFull(t *testing.T) {
	db := openTestDB(t, filepath.Join(t.TempDir(), "desk.db"))
	ctx := context.Background()
	var ims []app.Imported
	for i := range 600 { // more than two batches
		im := notice(fmt.Sprintf("notice %d", i), fmt.Sprintf("حجبت المنصة %d قناة في اليوم %d.", 70+i%20, i), fmt.Sprintf("x:%d", i),
			app.Claim{Kind: app.ClaimFigure, Value: float64(70 + i%20), Unit: "channels", Start: 12, End: 18})
		im.Notice.PublishedAt = time.Date(2015, 11, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i%97) * time.Hour)
		if i%3 == 0 {
			im.Notice.Status = app.StatusTriaged
			im.Notice.Tags = []app.Tag{{Name: "triaged"}}
			im.Notice.Notes = []app.Note{{Body: fmt.Sprintf("note %d", i)}}
			im.Claims[0].Tags = []app.Tag{{Name: "check"}}
			im.Sources = []app.SourceLink{{Source: app.Source{Name: "Telegram", Kind: app.SourcePlatformStatement}, Role: app.RoleStatedBy}}
		}
		ims = append(ims, im)
	}
	importAll(t, db, ims...)
	for _, f := range []app.Filter{{}, {Status: app.StatusTriaged}, {Limit: 300}} {
		full, err := db.NoticesFull(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var got []app.Notice
		if err := db.EachNotice(ctx, f, nil, func(n app.Notice) error { got = append(got, n); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(got) != len(full) {
			t.Fatalf("filter %+v: EachNotice gave %d notices, NoticesFull %d", f, len(got), len(full))
		}
		for i := range full {
			if fmt.Sprint(got[i]) != fmt.Sprint(full[i]) {
				t.Fatalf("filter %+v, notice %d:\nEachNotice  %+v\nNoticesFull %+v", f, i, got[i], full[i])
			}
		}
		if n, err := db.CountNotices(ctx, f); err != nil || n != len(full) {
			t.Errorf("CountNotices(%+v) = %d, %v; want %d", f, n, err, len(full))
		}
	}
	all, _ := db.Notices(ctx, app.Filter{})
	ids := []int64{all[5].ID, all[0].ID, 999999, all[300].ID}
	var got []int64
	err := db.EachNotice(ctx, app.Filter{Status: app.StatusNew}, ids, func(n app.Notice) error {
		if n.Body == "" || len(n.Claims) != 1 {
			t.Errorf("selected notice %d not whole: %+v", n.ID, n)
		}
		got = append(got, n.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := []int64{ids[0], ids[1], ids[3]}; !slices.Equal(got, want) {
		t.Errorf("selection = %v, want %v (the filter does not apply to a selection)", got, want)
	}
	stop := errors.New("enough")
	k := 0
	if err := db.EachNotice(ctx, app.Filter{}, nil, func(app.Notice) error { k++; return stop }); !errors.Is(err, stop) || k != 1 {
		t.Errorf("an error from fn: err %v after %d notices", err, k)
	}
}

func TestEachFigure(t *testing.T) {
	db := openTestDB(t, filepath.Join(t.TempDir(), "desk.db"))
	nov := time.Date(2015, 11, 18, 0, 0, 0, 0, time.UTC)
	importAll(t, db,
		notice("a", "78 channels in November", "", app.Claim{Kind: app.ClaimFigure, Value: 78, Unit: "channels", Platform: "Telegram", EventDate: nov, End: 2}),
		notice("b", "79 channels that month", "", app.Claim{Kind: app.ClaimFigure, Value: 79, Unit: "channels", Platform: "Telegram", Period: "2015-11", End: 2}),
		notice("c", "80 channels, undated", "", app.Claim{Kind: app.ClaimFigure, Value: 80, Unit: "channels", Platform: "Telegram", End: 2}),
		notice("d", "81 channels, no platform", "", app.Claim{Kind: app.ClaimFigure, Value: 81, Unit: "channels", EventDate: nov, End: 2}))
	var values []float64
	err := db.EachFigure(context.Background(), func(c app.Claim) error {
		if c.NoticeID == 0 || c.ID == 0 {
			t.Errorf("figure without ids: %+v", c)
		}
		values = append(values, c.Value)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(values)
	if !slices.Equal(values, []float64{78, 79}) {
		t.Errorf("figures that can conflict = %v, want 78 and 79", values)
	}
}
