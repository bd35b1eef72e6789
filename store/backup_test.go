package store_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/store"
)

func countNotices(t *testing.T, path string) int {
	t.Helper()
	raw, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var n int
	if err := raw.QueryRow("SELECT count(*) FROM notice").Scan(&n); err != nil {
		t.Fatalf("count notices in %s: %v", path, err)
	}
	return n
}

func manyNotices(prefix string, n int) []app.Imported {
	out := make([]app.Imported, n)
	for i := range out {
		out[i] = notice(fmt.Sprintf("%s %d", prefix, i), fmt.Sprintf("%s body %d: Telegram blocked %d channels.", prefix, i, i+1), fmt.Sprintf("%s/%d", prefix, i))
	}
	return out
}

func TestBackupVerifiedListedAndPruned(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "desk.db")
	db := openTestDB(t, path)
	importAll(t, db, manyNotices("a", 3)...)

	b, err := db.Backup(ctx, store.KindManual)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(b.Path) != store.BackupDir(path) || b.Kind != store.KindManual || b.Size == 0 {
		t.Errorf("backup %+v", b)
	}
	if err := store.VerifyBackup(ctx, b.Path); err != nil {
		t.Errorf("VerifyBackup: %v", err)
	}
	if n := countNotices(t, b.Path); n != 3 {
		t.Errorf("backup holds %d notices, want 3", n)
	}
	// A backup is one self-contained file (no WAL beside it).
	if _, err := os.Stat(b.Path + "-wal"); err == nil {
		t.Errorf("backup has a -wal file")
	}

	// Ten daily backups on ten days: the newest KeepDaily stay.
	for day := 1; day <= 10; day++ {
		store.SetClock(db, fmt.Sprintf("2026-11-%02dT10:00:00Z", day))
		if _, wrote, err := db.DailyBackup(ctx); err != nil || !wrote {
			t.Fatalf("day %d: DailyBackup wrote %v, %v", day, wrote, err)
		}
		// A second call the same day writes nothing.
		if _, wrote, err := db.DailyBackup(ctx); err != nil || wrote {
			t.Fatalf("day %d again: DailyBackup wrote %v, %v", day, wrote, err)
		}
	}
	bs, err := store.Backups(path)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, b := range bs {
		kinds[b.Kind]++
	}
	if kinds[store.KindDaily] != store.KeepDaily || kinds[store.KindManual] != 1 {
		t.Errorf("kinds after pruning: %v", kinds)
	}
	for i := 1; i < len(bs); i++ {
		if bs[i].Taken.After(bs[i-1].Taken) {
			t.Errorf("backups not newest first: %v after %v", bs[i].Taken, bs[i-1].Taken)
		}
	}
	if bs[1].Kind != store.KindDaily || bs[1].Taken.Day() != 10 {
		t.Errorf("newest daily backup %+v, want the one of the 10th", bs[1])
	}
}

func TestDailyBackupSkipsAnEmptyDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "desk.db")
	db := openTestDB(t, path)
	if _, wrote, err := db.DailyBackup(context.Background()); err != nil || wrote {
		t.Errorf("DailyBackup of an empty database wrote %v, %v", wrote, err)
	}
}

func TestBulkImportIsBackedUpFirst(t *testing.T) {
	path := filepath.Join(t.TempDir(), "desk.db")
	db := openTestDB(t, path)
	importAll(t, db, manyNotices("before", 5)...)
	db.Close()
	// The count is per session (one command, one window).
	db = openTestDB(t, path)
	importAll(t, db, manyNotices("small", store.BulkThreshold)...)
	if bs, _ := store.Backups(path); len(bs) != 0 {
		t.Fatalf("backups after imports of up to %d notices: %v", store.BulkThreshold, bs)
	}
	importAll(t, db, manyNotices("bulk", 20)...)
	bs, err := store.Backups(path)
	if err != nil || len(bs) != 1 || bs[0].Kind != store.KindBulk {
		t.Fatalf("backups after crossing the threshold: %v, %v", bs, err)
	}
	// The copy holds what was committed before the import that crossed.
	if n := countNotices(t, bs[0].Path); n != 5+store.BulkThreshold {
		t.Errorf("bulk backup holds %d notices, want %d", n, 5+store.BulkThreshold)
	}
	// One per session.
	importAll(t, db, manyNotices("more", 1200)...)
	if bs, _ := store.Backups(path); len(bs) != 1 {
		t.Errorf("a second bulk backup in one session: %v", bs)
	}
}

func TestBeforeBulkEdit(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "desk.db")
	db := openTestDB(t, path)
	importAll(t, db, manyNotices("a", 2)...)
	if err := db.BeforeBulkEdit(ctx, store.BulkThreshold); err != nil {
		t.Fatal(err)
	}
	if bs, _ := store.Backups(path); len(bs) != 0 {
		t.Errorf("backup before an edit of %d notices: %v", store.BulkThreshold, bs)
	}
	if err := db.BeforeBulkEdit(ctx, store.BulkThreshold+1); err != nil {
		t.Fatal(err)
	}
	bs, _ := store.Backups(path)
	if len(bs) != 1 || bs[0].Kind != store.KindBulk {
		t.Fatalf("backups after a bulk edit: %v", bs)
	}
	// written after the quick check only, it passes the whole one a
	// restore makes
	if err := store.VerifyBackup(ctx, bs[0].Path); err != nil {
		t.Errorf("the bulk copy fails the check before a restore: %v", err)
	}
}

// damage overwrites the start of every other page after the second with
// junk, the way a bad sector or a half-synced copy leaves them: b-tree page
// headers and cell pointers turn to garbage.
func damage(t *testing.T, path string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	info, _ := f.Stat()
	junk := []byte(strings.Repeat("\xde\xad\xbe\xef", 64))
	for off := int64(2 * store.PageSize); off+int64(len(junk)) < info.Size(); off += 2 * store.PageSize {
		if _, err := f.WriteAt(junk, off); err != nil {
			t.Fatal(err)
		}
	}
}

func TestDamagedDatabaseIsRefusedUntouchedAndABackupOffered(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "desk.db")
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	importAll(t, db, manyNotices("good", 50)...)
	good, err := db.Backup(ctx, store.KindManual)
	if err != nil {
		t.Fatal(err)
	}
	importAll(t, db, manyNotices("later", 400)...)
	db.Close()
	// A newer backup that is itself damaged must not be offered.
	bad, err := os.ReadFile(good.Path)
	if err != nil {
		t.Fatal(err)
	}
	badPath := filepath.Join(store.BackupDir(path), "desk-29991231T000000.000Z-daily.db")
	if err := os.WriteFile(badPath, bad, 0o600); err != nil {
		t.Fatal(err)
	}
	damage(t, badPath)
	damage(t, path)
	before, _ := os.ReadFile(path)

	_, err = store.Open(path)
	var ce *store.CorruptError
	if !errors.As(err, &ce) || !errors.Is(err, store.ErrCorrupt) {
		t.Fatalf("Open of a damaged file: %v, want a CorruptError", err)
	}
	if !ce.HasBackup || ce.Backup.Path != good.Path {
		t.Errorf("offered backup %+v (has %v), want %s", ce.Backup, ce.HasBackup, good.Path)
	}
	if strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), good.Path) {
		t.Errorf("message %q: want one line naming the backup", err)
	}
	after, _ := os.ReadFile(path)
	if string(before) != string(after) {
		t.Errorf("Open wrote to the damaged file")
	}
	if _, err := os.Stat(path + "-wal"); err == nil {
		if info, _ := os.Stat(path + "-wal"); info.Size() != 0 {
			t.Errorf("Open left a non-empty WAL beside the damaged file")
		}
	}

	res, err := store.Restore(ctx, path, ce.Backup.Path)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Damaged || res.MovedAside == "" {
		t.Errorf("Restore %+v: want the damaged file moved aside", res)
	}
	if aside, _ := os.ReadFile(res.MovedAside); string(aside) != string(before) {
		t.Errorf("the damaged file moved aside is not the file as it was")
	}
	db = openTestDB(t, path)
	ns, err := db.Notices(ctx, app.Filter{})
	if err != nil || len(ns) != 50 {
		t.Errorf("after restore: %d notices, %v; want 50", len(ns), err)
	}
}

func TestRestoreRefusesABadBackup(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "desk.db")
	db := openTestDB(t, path)
	importAll(t, db, manyNotices("a", 30)...)
	b, err := db.Backup(ctx, store.KindManual)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	damaged := filepath.Join(dir, "damaged.db")
	raw, _ := os.ReadFile(b.Path)
	os.WriteFile(damaged, raw, 0o600)
	damage(t, damaged)
	foreign := filepath.Join(dir, "other.db")
	odb, _ := sql.Open("sqlite", foreign)
	odb.Exec("CREATE TABLE t (x); INSERT INTO t VALUES (1)")
	odb.Close()
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("not a database at all, just some words"), 0o600)

	before, _ := os.ReadFile(path)
	for _, tc := range []struct {
		name, backup, want string
	}{
		{"damaged", damaged, "damaged"},
		{"foreign", foreign, "not a Takedown Desk database"},
		{"text", text, "not an SQLite file"},
		{"missing", filepath.Join(dir, "nope.db"), "no such file"},
		{"itself", path, "the database itself"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := store.Restore(ctx, path, tc.backup)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Restore(%s): %v, want %q", tc.name, err, tc.want)
			}
			if after, _ := os.ReadFile(path); string(after) != string(before) {
				t.Errorf("a refused restore changed the database")
			}
		})
	}
	// A good one goes in, the current file moved aside whole.
	res, err := store.Restore(ctx, path, b.Path)
	if err != nil || res.Damaged {
		t.Fatalf("Restore: %+v, %v", res, err)
	}
	if n := countNotices(t, res.MovedAside); n != 30 {
		t.Errorf("the replaced database moved aside holds %d notices, want 30", n)
	}
}

func TestSecondInstanceIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "desk.db")
	l, err := store.LockInstance(path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = store.LockInstance(path)
	if !errors.Is(err, store.ErrInUse) {
		t.Fatalf("second LockInstance: %v, want ErrInUse", err)
	}
	if !strings.Contains(err.Error(), fmt.Sprint(os.Getpid())) {
		t.Errorf("message %q does not name the holder's process", err)
	}
	l.Release()
	l2, err := store.LockInstance(path)
	if err != nil {
		t.Fatalf("LockInstance after Release: %v", err)
	}
	l2.Release()
}

func TestReadOnlyFileOpensReadOnly(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes any file; the fault suite checks this as an unprivileged user")
	}
	path := filepath.Join(t.TempDir(), "desk.db")
	db := openTestDB(t, path)
	importAll(t, db, manyNotices("a", 3)...)
	db.Close()
	os.Chmod(path, 0o444)
	db = openTestDB(t, path)
	if db.ReadOnly() == "" || !errors.Is(db.ReadOnlyError(), store.ErrReadOnly) {
		t.Fatalf("ReadOnly %q, %v", db.ReadOnly(), db.ReadOnlyError())
	}
	if ns, err := db.Notices(context.Background(), app.Filter{}); err != nil || len(ns) != 3 {
		t.Errorf("read-only Notices: %d, %v", len(ns), err)
	}
	err := db.Import(context.Background(), func(put func(app.Imported) (app.Outcome, error)) error {
		_, err := put(manyNotices("b", 1)[0])
		return err
	})
	if !errors.Is(err, store.ErrReadOnly) {
		t.Errorf("Import into a read-only database: %v, want ErrReadOnly", err)
	}
}

// A backup killed half-way leaves its copy (and journal) behind; the next
// backup removes the ones untouched for ten minutes before it writes its
// own, and leaves a copy another process is still writing alone.
func TestBackupRemovesStaleCopiesFirst(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "desk.db")
	db := openTestDB(t, path)
	importAll(t, db, manyNotices("stale", 5)...)
	dir := store.BackupDir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	var stale []string
	for _, name := range []string{"desk-20261201T100000.000Z-daily.db.tmp", "desk-20261201T100000.000Z-daily.db.tmp-journal"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("half a copy"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, old, old); err != nil {
			t.Fatal(err)
		}
		stale = append(stale, p)
	}
	inProgress := filepath.Join(dir, "desk-20261202T100000.000Z-daily.db.tmp")
	if err := os.WriteFile(inProgress, []byte("being written"), 0o600); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, "other-20261201T100000.000Z-daily.db.tmp") // another desk's
	if err := os.WriteFile(other, []byte("not ours"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(other, old, old); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Backup(ctx, store.KindManual); err != nil {
		t.Fatal(err)
	}
	for _, p := range stale {
		if _, err := os.Stat(p); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s: still there (%v)", filepath.Base(p), err)
		}
	}
	for _, p := range []string{inProgress, other} {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s: removed (%v)", filepath.Base(p), err)
		}
	}
}

// The day's backup asked for twice at once (the window laid out anew while
// its first copy is still being written) is written once.
func TestDailyBackupOnceAtATime(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "desk.db")
	db := openTestDB(t, path)
	importAll(t, db, manyNotices("daily", 200)...)
	start := make(chan struct{})
	done := make(chan error, 2)
	for range 2 {
		go func() {
			<-start
			_, _, err := db.DailyBackup(ctx)
			done <- err
		}()
	}
	close(start)
	for range 2 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	bs, err := store.Backups(path)
	if err != nil {
		t.Fatal(err)
	}
	daily := 0
	for _, b := range bs {
		if b.Kind == store.KindDaily {
			daily++
		}
	}
	if daily != 1 {
		t.Errorf("%d daily backups, want 1", daily)
	}
}

// TestBackupCheckByKind: the copy the reporter waits for before a bulk edit
// gets the quick check; every other copy is checked whole when written.
func TestBackupCheckByKind(t *testing.T) {
	for _, tc := range []struct{ kind, want string }{
		{store.KindBulk, "quick_check"},
		{store.KindDaily, "integrity_check"},
		{store.KindManual, "integrity_check"},
		{store.KindMigration, "integrity_check"},
	} {
		if got := store.BackupCheck(tc.kind); got != tc.want {
			t.Errorf("check of a %s copy = %s, want %s", tc.kind, got, tc.want)
		}
	}
}
