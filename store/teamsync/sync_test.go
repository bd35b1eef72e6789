package teamsync

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/search"
	"github.com/takedowndesk/takedowndesk/internal/pgtest"
	"github.com/takedowndesk/takedowndesk/store"
)

// team is a throwaway server with a desk "story" whose members are
// alice, bob and carol, and a role eve who is not a member.
type team struct {
	t  *testing.T
	pg *pgtest.Cluster
}

func newTeam(t *testing.T) *team {
	t.Helper()
	pg := pgtest.Start(t)
	ctx := context.Background()
	if err := Init(ctx, pg.AdminURL()); err != nil {
		t.Fatal(err)
	}
	conn, err := pgx.Connect(ctx, pg.AdminURL())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	for _, r := range []string{"alice", "bob", "carol", "eve"} {
		if _, err := conn.Exec(ctx, fmt.Sprintf(`CREATE ROLE %s LOGIN PASSWORD 'pw-%s'`, r, r)); err != nil {
			t.Fatal(err)
		}
	}
	if err := AddMembers(ctx, pg.AdminURL(), "story", "alice", "bob", "carol"); err != nil {
		t.Fatal(err)
	}
	if err := AddMembers(ctx, pg.AdminURL(), "other", "eve"); err != nil {
		t.Fatal(err)
	}
	return &team{t, pg}
}

func (tm *team) url(role string) string { return tm.pg.URL(role, "pw-"+role, "postgres") }

type laptop struct {
	t    *testing.T
	name string
	db   *store.DB
	tm   *team
}

func (tm *team) laptop(name string) *laptop {
	tm.t.Helper()
	db, err := store.Open(filepath.Join(tm.t.TempDir(), name+".db"))
	if err != nil {
		tm.t.Fatal(err)
	}
	tm.t.Cleanup(func() { db.Close() })
	if err := db.SetSetting(context.Background(), store.AuthorSetting, name); err != nil {
		tm.t.Fatal(err)
	}
	return &laptop{tm.t, name, db, tm}
}

func setClock(db *store.DB, rfc3339 string) {
	at, err := time.Parse(time.RFC3339, rfc3339)
	if err != nil {
		panic(err)
	}
	db.SetNow(func() time.Time { return at })
}

func notice(title, body, origin string, claims ...app.Claim) app.Imported {
	im := app.Imported{Notice: app.Notice{Title: title, Body: body, Origin: origin, Kind: app.KindText}}
	rs := []rune(body)
	for _, c := range claims {
		c.Anchor(rs)
		im.Claims = append(im.Claims, c)
	}
	im.Complete()
	row := search.Row(im.Notice.Title, im.Notice.Body, im.SourceNames())
	im.Search = &row
	return im
}

func (l *laptop) importAll(ims ...app.Imported) {
	l.t.Helper()
	err := l.db.Import(context.Background(), func(put func(app.Imported) (app.Outcome, error)) error {
		for _, im := range ims {
			if _, err := put(im); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		l.t.Fatal(err)
	}
}

func (l *laptop) seed() {
	l.t.Helper()
	setClock(l.db, "2026-12-01T08:00:00Z")
	l.importAll(
		notice("Telegram statement", "Telegram blocked 78 channels in 12 languages.", "tg:1",
			app.Claim{Value: 78, Unit: "channels", Quote: "78 channels", Start: 16, End: 27}),
		notice("Wire story", "The wire said 80 accounts were closed.", "wire:1",
			app.Claim{Value: 80, Unit: "accounts", Quote: "80 accounts", Start: 14, End: 25}))
}

func (l *laptop) id(origin string) int64 {
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
	l.t.Fatalf("%s has no notice %s", l.name, origin)
	return 0
}

func (l *laptop) notice(origin string) app.Notice {
	l.t.Helper()
	n, err := l.db.Notice(context.Background(), l.id(origin))
	if err != nil {
		l.t.Fatal(err)
	}
	return n
}

func (l *laptop) at(when string, ch app.Change) {
	l.t.Helper()
	setClock(l.db, when)
	if _, err := l.db.Apply(context.Background(), ch); err != nil {
		l.t.Fatalf("%s: apply %+v: %v", l.name, ch, err)
	}
}

func (l *laptop) sync(opt Options) (Result, error) {
	opt.Desk = "story"
	return Sync(context.Background(), l.db, l.tm.url(l.name), opt)
}

func (l *laptop) mustSync() Result {
	l.t.Helper()
	res, err := l.sync(Options{})
	if err != nil {
		l.t.Fatalf("%s: sync: %v", l.name, err)
	}
	return res
}

func (l *laptop) content() map[string][]string {
	l.t.Helper()
	c, err := l.db.Content(context.Background())
	if err != nil {
		l.t.Fatal(err)
	}
	return c
}

func same(t *testing.T, what string, a, b map[string][]string) {
	t.Helper()
	for table := range a {
		if !reflect.DeepEqual(a[table], b[table]) {
			t.Errorf("%s: table %s differs:\n%s\nvs\n%s", what, table, strings.Join(a[table], "\n"), strings.Join(b[table], "\n"))
		}
	}
}

// offlineWork: every laptop imported the same notices, then edited them
// apart, some edits on the same fields.
func offlineWork(ls ...*laptop) {
	for i, l := range ls {
		l.seed()
		hour := 10 + i
		l.at(fmt.Sprintf("2026-12-01T%02d:00:00Z", hour), app.Change{Entity: app.EntityNotice, Ref: l.id("tg:1"), Field: app.FieldStatus,
			After: string([]app.Status{app.StatusTriaged, app.StatusVerifying, app.StatusVerified}[i%3])})
		l.at(fmt.Sprintf("2026-12-01T%02d:05:00Z", 13-i), app.Change{Entity: app.EntityClaim, Ref: l.notice("tg:1").Claims[0].ID,
			Field: app.FieldVerification, After: string([]app.Verification{app.Corroborated, app.Disputed, app.Verified}[i%3])})
		l.at(fmt.Sprintf("2026-12-01T%02d:10:00Z", hour), app.Change{Entity: app.EntityNotice, Ref: l.id("wire:1"), Field: app.FieldTag, After: "from-" + l.name})
		l.at(fmt.Sprintf("2026-12-01T%02d:15:00Z", hour), app.Change{Entity: app.EntityNote, NoticeID: l.id("wire:1"), Field: app.FieldBody, After: l.name + " called the wire"})
		l.importAll(notice(l.name+"'s find", l.name+" found 1,200 links.", "find:"+l.name))
	}
}

func TestSyncTwoLaptops(t *testing.T) {
	tm := newTeam(t)
	alice, bob := tm.laptop("alice"), tm.laptop("bob")
	offlineWork(alice, bob)
	first := alice.mustSync()
	if first.Pushed == 0 || first.Merge.Changed() {
		t.Errorf("alice's first sync: %+v: she pushes and finds nothing new", first)
	}
	res := bob.mustSync()
	if res.Merge.Added.Notices != 1 || len(res.Merge.Conflicts) == 0 {
		t.Errorf("bob's sync: %+v: alice's find and conflicts on the Telegram notice", res.Merge)
	}
	alice.mustSync()
	same(t, "alice vs bob", alice.content(), bob.content())
	if st := alice.notice("tg:1").Status; st != app.StatusVerifying {
		t.Errorf("status %s, want bob's later verifying", st)
	}
	if v := alice.notice("tg:1").Claims[0].Verification; v != app.Corroborated {
		t.Errorf("verification %s, want alice's later corroborated", v)
	}
	// syncing again changes nothing and sends nothing new
	before := alice.content()
	again := alice.mustSync()
	if again.Pushed != 0 || again.Merge.Changed() {
		t.Errorf("a second sync: %+v", again)
	}
	same(t, "after syncing again", before, alice.content())
	st, err := StatusOf(context.Background(), alice.db)
	if err != nil || st.PendingChanges != 0 || st.PendingNotices != 0 || st.Last.IsZero() || st.Desk != "story" || strings.Contains(st.Server, "pw-") {
		t.Errorf("status %+v, %v", st, err)
	}
}

// TestSyncThreeLaptopsAnyOrder: three laptops sync in different orders
// and, once each has synced after the others, hold the same content and
// the same full history.
func TestSyncThreeLaptopsAnyOrder(t *testing.T) {
	for _, order := range [][]int{{0, 1, 2}, {2, 0, 1}, {1, 2, 0}} {
		t.Run(fmt.Sprint(order), func(t *testing.T) {
			tm := newTeam(t)
			ls := []*laptop{tm.laptop("alice"), tm.laptop("bob"), tm.laptop("carol")}
			offlineWork(ls...)
			for _, i := range order {
				ls[i].mustSync()
			}
			for _, i := range order[:2] { // the first two sync again to see the rest
				ls[i].mustSync()
			}
			want := ls[0].content()
			same(t, "alice vs bob", want, ls[1].content())
			same(t, "alice vs carol", want, ls[2].content())
			if n := len(want["history"]); n != 3*4 {
				t.Errorf("%d changes in history, want 12 (4 by each)", n)
			}
			if st := ls[0].notice("tg:1").Status; st != app.StatusVerified {
				t.Errorf("status %s, want carol's (latest) verified", st)
			}
		})
	}
}

// TestSyncSurvivesServerStops stops the server after the first batch of a
// push and after the first batch of a pull: the sync fails, nothing is
// lost, and the next sync completes.
func TestSyncSurvivesServerStops(t *testing.T) {
	tm := newTeam(t)
	alice, bob := tm.laptop("alice"), tm.laptop("bob")
	offlineWork(alice, bob)
	extra := make([]app.Imported, 30)
	for i := range extra {
		extra[i] = notice(fmt.Sprintf("Post %d", i), fmt.Sprintf("Post %d says %d channels went.", i, i+5), fmt.Sprintf("post:%d", i))
	}
	alice.importAll(extra...)
	stopAfterFirst := func(stage string) func(string, int) {
		done := false
		return func(s string, n int) {
			if s == stage && !done {
				done = true
				tm.pg.Stop()
			}
		}
	}
	if _, err := alice.sync(Options{Batch: 5, afterBatch: stopAfterFirst("push")}); err == nil {
		t.Fatal("a sync with the server stopped mid-push succeeded")
	}
	nn, nc, err := alice.db.PendingCounts(context.Background())
	if err != nil || nn+nc == 0 || nn == 33 {
		t.Errorf("after the cut push: %d notices, %d changes pending (%v): the first batch is pushed, the rest waits", nn, nc, err)
	}
	tm.pg.StartServer()
	alice.mustSync()
	if nn, nc, _ := alice.db.PendingCounts(context.Background()); nn+nc != 0 {
		t.Errorf("after the next sync: %d notices, %d changes still pending", nn, nc)
	}
	if _, err := bob.sync(Options{Batch: 5, afterBatch: stopAfterFirst("pull")}); err == nil {
		t.Fatal("a sync with the server stopped mid-pull succeeded")
	}
	tm.pg.StartServer()
	t.Logf("bob: %+v", bob.mustSync())
	t.Logf("alice: %+v", alice.mustSync())
	same(t, "after the faults", alice.content(), bob.content())
	if n := len(alice.content()["notice"]); n != 2+2+30 {
		t.Errorf("%d notices, want 34", n)
	}
}

// TestNonMemberCannotReadDesk: eve, who is not a member of "story", sees
// no desk, no record and cannot push to it, whether through the app or
// with plain SQL on the server (row-level security, not the client).
func TestNonMemberCannotReadDesk(t *testing.T) {
	tm := newTeam(t)
	alice := tm.laptop("alice")
	alice.seed()
	alice.mustSync()
	eve := tm.laptop("eve")
	if _, err := eve.sync(Options{}); !errors.Is(err, ErrNoDesk) {
		t.Errorf("eve's sync of story: %v, want ErrNoDesk", err)
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, tm.url("eve"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var records, desks int
	if err := conn.QueryRow(ctx, `SELECT (SELECT count(*) FROM takedowndesk.record), (SELECT count(*) FROM takedowndesk.desk WHERE name = 'story')`).Scan(&records, &desks); err != nil {
		t.Fatal(err)
	}
	if records != 0 || desks != 0 {
		t.Errorf("eve sees %d records and %d story desks", records, desks)
	}
	_, err = conn.Exec(ctx, `INSERT INTO takedowndesk.record (desk_id, uid, kind, body) SELECT id, 'x', 'tag', '{}' FROM takedowndesk.desk`)
	if err != nil {
		t.Logf("eve's insert: %v", err)
	}
	admin, err := pgx.Connect(ctx, tm.pg.AdminURL())
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	var evil int
	if err := admin.QueryRow(ctx, `SELECT count(*) FROM takedowndesk.record r JOIN takedowndesk.desk d ON d.id = r.desk_id WHERE d.name = 'story' AND r.pushed_by = 'eve'`).Scan(&evil); err != nil || evil != 0 {
		t.Errorf("eve pushed %d records into story (%v)", evil, err)
	}
	// a direct insert naming the desk's id is refused by the policy
	var storyID int64
	if err := admin.QueryRow(ctx, `SELECT id FROM takedowndesk.desk WHERE name = 'story'`).Scan(&storyID); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, `INSERT INTO takedowndesk.record (desk_id, uid, kind, body) VALUES ($1, 'x', 'tag', '{}')`, storyID); err == nil {
		t.Error("eve inserted a record into story")
	}
	// once a member, she reads it
	if err := AddMembers(ctx, tm.pg.AdminURL(), "story", "eve"); err != nil {
		t.Fatal(err)
	}
	res, err := eve.sync(Options{})
	if err != nil || res.Merge.Added.Notices != 2 {
		t.Errorf("eve's sync as a member: %+v, %v", res.Merge.Added, err)
	}
	if err := RemoveMembers(ctx, tm.pg.AdminURL(), "story", "eve"); err != nil {
		t.Fatal(err)
	}
	if _, err := eve.sync(Options{}); !errors.Is(err, ErrNoDesk) {
		t.Errorf("eve's sync after removal: %v", err)
	}
}

// TestReporterCannotSetUpServer: a server without the schema refuses a
// reporter's sync in one clear error.
func TestReporterCannotSetUpServer(t *testing.T) {
	pg := pgtest.Start(t)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, pg.AdminURL())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `CREATE ROLE zed LOGIN PASSWORD 'pw-zed'`); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(filepath.Join(t.TempDir(), "zed.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_, err = Sync(ctx, db, pg.URL("zed", "pw-zed", "postgres"), Options{Desk: "story"})
	if !errors.Is(err, ErrNotSetUp) {
		t.Errorf("sync on a bare server: %v", err)
	}
}

func TestRedactKeepsOptionsDropsPassword(t *testing.T) {
	cases := map[string]string{
		"postgres://alice:secret@db.example:5433/news?sslmode=verify-full": "postgres://alice@db.example:5433/news?sslmode=verify-full",
		"postgresql://bob@h/d?password=secret&sslmode=require":             "postgresql://bob@h/d?sslmode=require",
		"host=db.example user=carol password=secret dbname=news":           "postgres://carol@db.example:5432/news?sslmode=prefer",
	}
	for in, want := range cases {
		if got := Redact(in); got != want || strings.Contains(got, "secret") {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}
