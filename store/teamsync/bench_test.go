package teamsync

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/brief"
	"github.com/takedowndesk/takedowndesk/app/merge"
	"github.com/takedowndesk/takedowndesk/internal/pgtest"
	"github.com/takedowndesk/takedowndesk/store"
)

// BenchmarkSync10k: one laptop pushes 10,000 changes (status moves and
// claim verifications on 2,000 notices both laptops have) and another
// pulls and merges them, through a real server; beside it, as the
// baseline, a plain COPY of the same 10,000 rows into a table on the
// same server. Reported per run: push_s (the pushing laptop's whole sync),
// pull_s (the pulling laptop's), sync_s (both) and copy_s.
func BenchmarkSync10k(b *testing.B) {
	const notices, changes = 2000, 10000
	ctx := context.Background()
	tm := &team{pg: pgtest.Start(b)}
	admin := tm.pg.AdminURL()
	if err := Init(ctx, admin); err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	seedPath := filepath.Join(dir, "seed.db")
	seed, err := store.Open(seedPath)
	if err != nil {
		b.Fatal(err)
	}
	ims := make([]app.Imported, notices)
	for i := range ims {
		ims[i] = notice(fmt.Sprintf("Post %d", i), fmt.Sprintf("Channel post %d: %d channels were removed.", i, i+10), fmt.Sprintf("post:%d", i),
			app.Claim{Value: float64(i + 10), Unit: "channels", Quote: fmt.Sprintf("%d channels", i+10), Start: len(fmt.Sprintf("Channel post %d: ", i)),
				End: len(fmt.Sprintf("Channel post %d: %d channels", i, i+10))})
	}
	if err := seed.Import(ctx, func(put func(app.Imported) (app.Outcome, error)) error {
		for _, im := range ims {
			if _, err := put(im); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	all, err := seed.NoticesByID(ctx, idsOf(b, seed))
	if err != nil {
		b.Fatal(err)
	}
	// both laptops start from the seed as pushed, so only the changes move
	p, err := seed.NextPending(ctx, 0, 0, notices*2)
	if err != nil {
		b.Fatal(err)
	}
	var pushedIDs []int64
	for _, n := range p.Notices {
		pushedIDs = append(pushedIDs, n.ID)
	}
	if err := seed.MarkPushed(ctx, pushedIDs, nil); err != nil {
		b.Fatal(err)
	}
	seed.Close()
	statuses := []app.Status{app.StatusTriaged, app.StatusVerifying, app.StatusVerified}
	verifs := []app.Verification{app.Corroborated, app.Disputed, app.Verified}
	t0 := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	in := func(ctx context.Context, s merge.Sink) error {
		for i := 0; i < changes; i++ {
			n := all[i%notices]
			c := app.Change{UID: app.NewUID(), At: t0.Add(time.Duration(i) * time.Millisecond), Author: "alice", NoticeUID: n.UID}
			if i%2 == 0 {
				c.Entity, c.EntityUID, c.Field, c.After = app.EntityNotice, n.UID, app.FieldStatus, string(statuses[i/notices%3])
			} else {
				c.Entity, c.EntityUID, c.Field, c.After = app.EntityClaim, n.Claims[0].UID, app.FieldVerification, string(verifs[i/notices%3])
			}
			if err := s.Change(c); err != nil {
				return err
			}
		}
		return nil
	}
	var push, pull, cp time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		desk := fmt.Sprintf("bench%d", i)
		conn, err := pgx.Connect(ctx, admin)
		if err != nil {
			b.Fatal(err)
		}
		role := fmt.Sprintf("r%d", i)
		if _, err := conn.Exec(ctx, `CREATE ROLE `+role+` LOGIN PASSWORD 'pw'`); err != nil {
			b.Fatal(err)
		}
		if err := AddMembers(ctx, admin, desk, role); err != nil {
			b.Fatal(err)
		}
		url := tm.pg.URL(role, "pw", "postgres")
		a := openCopy(b, seedPath, filepath.Join(dir, fmt.Sprintf("a%d.db", i)))
		z := openCopy(b, seedPath, filepath.Join(dir, fmt.Sprintf("b%d.db", i)))
		if _, err := a.Merge(ctx, "bench", in, store.MergeOptions{}); err != nil {
			b.Fatal(err)
		}
		if _, nc, _ := a.PendingCounts(ctx); nc != changes {
			b.Fatalf("%d changes pending, want %d", nc, changes)
		}
		b.StartTimer()
		start := time.Now()
		res, err := Sync(ctx, a, url, Options{Desk: desk})
		if err != nil || res.Pushed < changes {
			b.Fatalf("push: %+v, %v", res, err)
		}
		mid := time.Now()
		res, err = Sync(ctx, z, url, Options{Desk: desk})
		if err != nil || res.Merge.Added.Changes != changes {
			b.Fatalf("pull: %+v, %v", res.Merge.Added, err)
		}
		end := time.Now()
		push += mid.Sub(start)
		pull += end.Sub(mid)
		b.StopTimer()
		// baseline: the same rows, COPY'd into a plain table
		rows := make([][]any, 0, changes)
		z.EachChange(ctx, func(c app.Change) error {
			r, err := encode("change", c.UID, brief.FromChange(c))
			rows = append(rows, []any{r.uid, r.kind, r.body})
			return err
		})
		cstart := time.Now()
		if _, err := conn.Exec(ctx, `CREATE TABLE copy_`+desk+` (uid text, kind text, body text)`); err != nil {
			b.Fatal(err)
		}
		if _, err := conn.CopyFrom(ctx, pgx.Identifier{"copy_" + desk}, []string{"uid", "kind", "body"}, pgx.CopyFromRows(rows)); err != nil {
			b.Fatal(err)
		}
		cp += time.Since(cstart)
		conn.Close(ctx)
		a.Close()
		z.Close()
		b.StartTimer()
	}
	n := float64(b.N)
	b.ReportMetric(push.Seconds()/n, "push_s")
	b.ReportMetric(pull.Seconds()/n, "pull_s")
	b.ReportMetric((push+pull).Seconds()/n, "sync_s")
	b.ReportMetric(cp.Seconds()/n, "copy_s")
}

func idsOf(tb testing.TB, db *store.DB) []int64 {
	ns, err := db.Notices(context.Background(), app.Filter{})
	if err != nil {
		tb.Fatal(err)
	}
	ids := make([]int64, len(ns))
	for i, n := range ns {
		ids[i] = n.ID
	}
	return ids
}

func openCopy(tb testing.TB, src, dst string) *store.DB {
	in, err := os.Open(src)
	if err != nil {
		tb.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		tb.Fatal(err)
	}
	out.Close()
	db, err := store.Open(dst)
	if err != nil {
		tb.Fatal(err)
	}
	return db
}

var syncDesk = flag.String("sync-desk", "", "a desk: time its first push to a throwaway server and its pull into an empty desk")

// TestSyncDeskTiming times the first sync of a whole desk (-sync-desk):
// every notice pushed whole, then pulled by a laptop with an empty desk,
// which must end with the same content.
func TestSyncDeskTiming(t *testing.T) {
	if *syncDesk == "" {
		t.Skip("no -sync-desk")
	}
	tm := newTeam(t)
	a := openCopy(t, *syncDesk, filepath.Join(t.TempDir(), "a.db"))
	defer a.Close()
	z := tm.laptop("bob")
	ctx := context.Background()
	start := time.Now()
	res, err := Sync(ctx, a, tm.url("alice"), Options{Desk: "story"})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("SYNC first push %.1f s: %d records", time.Since(start).Seconds(), res.Pushed)
	start = time.Now()
	res, err = Sync(ctx, z.db, tm.url("bob"), Options{Desk: "story"})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("SYNC first pull %.1f s: %d records, %s", time.Since(start).Seconds(), res.Pulled, res.Merge)
	ca, err := a.Content(ctx)
	if err != nil {
		t.Fatal(err)
	}
	same(t, "after the first sync", ca, z.content())
}
