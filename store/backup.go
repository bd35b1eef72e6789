package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync/atomic"
	"time"
)

// Backup kinds: why a backup was written.
const (
	// KindDaily is the first backup of a day, written when the database is
	// opened for writing; the newest KeepDaily of them are kept.
	KindDaily = "daily"
	// KindBulk is written before an import or bulk edit of more than
	// BulkThreshold notices; the newest KeepBulk are kept.
	KindBulk = "bulk"
	// KindManual is asked for by the reporter ("backup now"); never pruned.
	KindManual = "manual"
	// KindMigration is the copy written before a schema migration, beside
	// the database (older schema; opening it migrates it).
	KindMigration = "migration"
)

// Retention of the rolling backups.
const (
	KeepDaily = 7
	KeepBulk  = 5
)

// BulkThreshold is the number of notices an import (or bulk edit) may
// touch before the store backs the database up first.
const BulkThreshold = 1000

// Backup is one backup file of a database.
type Backup struct {
	Path  string
	Kind  string
	Taken time.Time // UTC, from the file name
	Size  int64
}

// BackupDir is the folder that holds the backups of the database at path:
// "backups" beside it.
func BackupDir(path string) string { return filepath.Join(filepath.Dir(path), "backups") }

// stampLayout names backups; milliseconds keep two backups in one second
// apart, and the names sort by time.
const stampLayout = "20060102T150405.000Z"

func backupStem(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

func backupName(path string, at time.Time, kind string) string {
	return fmt.Sprintf("%s-%s-%s.db", backupStem(path), at.UTC().Format(stampLayout), kind)
}

var backupRE = regexp.MustCompile(`^(.*)-(\d{8}T\d{6}\.\d{3}Z)-(daily|bulk|manual)\.db$`)

// migrationRE matches the copies a migration leaves beside the database.
var migrationRE = regexp.MustCompile(`\.v\d+-(\d{8}T\d{6})\.bak$`)

// Backups lists the backups of the database at path, newest first: those
// in BackupDir and the copies written before migrations. A missing folder
// is no backups.
func Backups(path string) ([]Backup, error) {
	var out []Backup
	dir := BackupDir(path)
	entries, err := os.ReadDir(dir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("list backups of %s: %w", path, err)
	}
	stem := backupStem(path)
	for _, e := range entries {
		m := backupRE.FindStringSubmatch(e.Name())
		if m == nil || m[1] != stem || !e.Type().IsRegular() {
			continue
		}
		at, err := time.Parse(stampLayout, m[2])
		if err != nil {
			continue
		}
		b := Backup{Path: filepath.Join(dir, e.Name()), Kind: m[3], Taken: at}
		if info, err := e.Info(); err == nil {
			b.Size = info.Size()
		}
		out = append(out, b)
	}
	olds, _ := filepath.Glob(globEscape(path) + ".v*-*.bak")
	for _, p := range olds {
		m := migrationRE.FindStringSubmatch(p)
		if m == nil {
			continue
		}
		at, err := time.Parse("20060102T150405", m[1])
		if err != nil {
			continue
		}
		b := Backup{Path: p, Kind: KindMigration, Taken: at}
		if info, err := os.Stat(p); err == nil {
			b.Size = info.Size()
		}
		out = append(out, b)
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Taken.Equal(out[j].Taken) {
			return out[i].Taken.After(out[j].Taken)
		}
		return out[i].Path > out[j].Path
	})
	return out, nil
}

func globEscape(s string) string {
	r := strings.NewReplacer(`*`, `\*`, `?`, `\?`, `[`, `\[`)
	if filepath.Separator == '\\' {
		return s // Windows paths keep their backslashes; Glob there has no escapes
	}
	return r.Replace(s)
}

// Backup writes a consistent copy of the database into BackupDir with
// VACUUM INTO (an online copy: readers and the writer go on meanwhile, and
// the copy holds the last committed state), through a temporary file that
// is renamed into place only after it passes its check (backupCheck), then
// prunes the rolling backups of kind.
func (db *DB) Backup(ctx context.Context, kind string) (Backup, error) {
	if db.readOnly != "" {
		return Backup{}, fmt.Errorf("back up %s: %w", db.path, db.ReadOnlyError())
	}
	dir := BackupDir(db.path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return Backup{}, fmt.Errorf("back up %s: %w", db.path, err)
	}
	removeStaleCopies(db.path)
	at := db.now()
	final := filepath.Join(dir, backupName(db.path, at, kind))
	tmp := final + ".tmp"
	os.Remove(tmp) //nolint:errcheck // VACUUM INTO refuses an existing file
	ok := false
	defer func() {
		if !ok {
			os.Remove(tmp) //nolint:errcheck // best effort: a failed copy is never kept
		}
	}()
	if _, err := db.sql.ExecContext(ctx, "VACUUM INTO ?", tmp); err != nil {
		return Backup{}, fmt.Errorf("back up %s: %w", db.path, friendly(err))
	}
	if err := finishBackup(ctx, tmp, backupCheck(kind)); err != nil {
		return Backup{}, fmt.Errorf("back up %s: %w", db.path, err)
	}
	if err := os.Rename(tmp, final); err != nil {
		return Backup{}, fmt.Errorf("back up %s: %w", db.path, err)
	}
	ok = true
	syncDir(dir)
	b := Backup{Path: final, Kind: kind, Taken: at.UTC().Truncate(time.Millisecond)}
	if info, err := os.Stat(final); err == nil {
		b.Size = info.Size()
	}
	if err := prune(db.path); err != nil {
		return b, err
	}
	return b, nil
}

// backupCheck is the PRAGMA a fresh copy of kind must pass. A bulk copy is
// taken while the reporter waits for a bulk edit or a large import to
// begin: it gets quick_check (every page, record and constraint; 1 s at
// 100,000 notices), not integrity_check, whose walk of the full-text
// index and of every index against its table took 5.7 s of the 7 s
// the copy cost. That walk is still made before any copy is used:
// Restore and the window's restore run VerifyBackup (integrity_check)
// first. Daily, manual and migration copies, taken behind the window or on
// request, get the whole check when written.
func backupCheck(kind string) string {
	if kind == KindBulk {
		return "quick_check"
	}
	return "integrity_check"
}

// finishBackup turns a fresh copy into a self-contained file (rollback
// journal, so it is one file that can be copied or mailed as it is),
// verifies it with check (a PRAGMA), and flushes it to disk.
func finishBackup(ctx context.Context, path, check string) error {
	c, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		return err
	}
	defer c.Close()
	if _, err := c.ExecContext(ctx, "PRAGMA journal_mode = DELETE"); err != nil {
		return friendly(err)
	}
	if err := checkIntegrity(ctx, c, check); err != nil {
		return fmt.Errorf("the copy failed its check: %w", err)
	}
	if err := c.Close(); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return friendly(err)
	}
	return f.Close()
}

// checkIntegrity runs PRAGMA quick_check or integrity_check and returns its
// first findings as an error wrapping ErrCorrupt, or nil when it says ok.
func checkIntegrity(ctx context.Context, q querier, pragma string) error {
	if !strings.Contains(pragma, "(") {
		pragma += "(3)"
	}
	rows, err := q.QueryContext(ctx, "PRAGMA "+pragma)
	if err != nil {
		return friendly(err)
	}
	defer rows.Close()
	var found []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return friendly(err)
		}
		if s != "ok" {
			s = strings.TrimSpace(strings.Replace(s, "*** in database main ***", "", 1))
			found = append(found, strings.Join(strings.Fields(s), " "))
		}
	}
	if err := rows.Err(); err != nil {
		return friendly(err)
	}
	if len(found) > 0 {
		return fmt.Errorf("%w (%s: %s)", ErrCorrupt, pragma, strings.Join(found, "; "))
	}
	return nil
}

// checkPages runs PRAGMA quick_check table by table over every stored
// table (the full-text index's shadow tables included) and its indexes:
// every page a read or a write can reach is checked, as a whole-file
// quick_check does, but without the full-text index's own consistency walk,
// which took three quarters of the check's time (1.4 of 2 s at 100,000
// notices) and finds no damaged page the page check misses.
func checkPages(ctx context.Context, q querier) error {
	rows, err := q.QueryContext(ctx, `SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY rootpage`)
	if err != nil {
		return friendly(err)
	}
	var tables []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			rows.Close()
			return friendly(err)
		}
		tables = append(tables, name)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return friendly(err)
	}
	for _, t := range tables {
		if err := checkIntegrity(ctx, q, `quick_check("`+strings.ReplaceAll(t, `"`, `""`)+`")`); err != nil {
			return err
		}
	}
	return nil
}

// prune keeps the newest KeepDaily daily and KeepBulk bulk backups, and
// removes copies a killed backup left half-written.
func prune(path string) error {
	bs, err := Backups(path)
	if err != nil {
		return err
	}
	seen := map[string]int{}
	for _, b := range bs {
		seen[b.Kind]++
		keep := map[string]int{KindDaily: KeepDaily, KindBulk: KeepBulk}[b.Kind]
		if keep > 0 && seen[b.Kind] > keep {
			if err := os.Remove(b.Path); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return fmt.Errorf("prune backups of %s: %w", path, err)
			}
		}
	}
	removeStaleCopies(path)
	return nil
}

// removeStaleCopies deletes the half-written copies (and their journals) a
// killed backup left: only those untouched for ten minutes, so never
// another process's backup in progress (VACUUM INTO writes as it goes).
// Backup runs it before it starts as well as after: a window closed or
// killed during every day's backup of a large desk left a 3-4 GB copy each
// time and never got to the sweep after a finished one.
func removeStaleCopies(path string) {
	pattern := filepath.Join(globEscape(BackupDir(path)), globEscape(backupStem(path))+"-*.db.tmp")
	for _, glob := range []string{pattern, pattern + "-journal"} {
		stale, _ := filepath.Glob(glob)
		for _, p := range stale {
			if info, err := os.Stat(p); err == nil && time.Since(info.ModTime()) > 10*time.Minute {
				os.Remove(p) //nolint:errcheck // best effort
			}
		}
	}
}

// DailyBackup writes today's daily backup unless there is one already (or
// the database is read-only or holds no notices yet). It reports whether it
// wrote one.
func (db *DB) DailyBackup(ctx context.Context) (Backup, bool, error) {
	if db.readOnly != "" {
		return Backup{}, false, nil
	}
	// one at a time: the window asks again when it is laid out anew (a
	// language switch), and at a million notices the first copy takes a
	// minute and a half
	if !db.dailyMu.TryLock() {
		return Backup{}, false, nil
	}
	defer db.dailyMu.Unlock()
	bs, err := Backups(db.path)
	if err != nil {
		return Backup{}, false, err
	}
	today := db.now().UTC().Format("2006-01-02")
	for _, b := range bs {
		if b.Kind == KindDaily && b.Taken.UTC().Format("2006-01-02") == today {
			return b, false, nil
		}
	}
	var n int
	if err := db.sql.QueryRowContext(ctx, "SELECT count(*) FROM notice").Scan(&n); err != nil {
		return Backup{}, false, fmt.Errorf("back up %s: %w", db.path, friendly(err))
	}
	if n == 0 {
		return Backup{}, false, nil
	}
	b, err := db.Backup(ctx, KindDaily)
	return b, err == nil, err
}

// BeforeBulkEdit backs the database up before an edit of n notices, when n
// is more than BulkThreshold.
func (db *DB) BeforeBulkEdit(ctx context.Context, n int) error {
	if n <= BulkThreshold {
		return nil
	}
	_, err := db.Backup(ctx, KindBulk)
	if err == nil {
		db.bulkBackedUp.Store(true)
	}
	return err
}

// bulkGuard watches one import: once this DB handle has imported more than
// BulkThreshold notices and has not backed up for it yet, it starts a bulk
// backup on another connection. That connection reads the last committed
// state, so the copy is the database as it was before the import (for a
// folder of files, before the file that crossed the threshold), while the
// import goes on; wait, called before the import commits, lets the copy
// finish first.
type bulkGuard struct {
	db   *DB
	ctx  context.Context
	done chan error
}

func (db *DB) newBulkGuard(ctx context.Context) *bulkGuard {
	return &bulkGuard{db: db, ctx: ctx}
}

// put counts one imported notice.
func (g *bulkGuard) put() {
	if g.done != nil || g.db.readOnly != "" {
		return
	}
	if g.db.imported.Add(1) <= BulkThreshold || !g.db.bulkBackedUp.CompareAndSwap(false, true) {
		return
	}
	g.done = make(chan error, 1)
	go func() {
		// This connection sees the last commit, not the import under way:
		// a database that held no notices then needs no copy.
		var n int
		err := g.db.sql.QueryRowContext(g.ctx, "SELECT count(*) FROM notice").Scan(&n)
		if err == nil && n > 0 {
			_, err = g.db.Backup(g.ctx, KindBulk)
		}
		g.done <- err
	}()
}

// wait returns once the backup put started is written.
func (g *bulkGuard) wait() error {
	if g.done == nil {
		return nil
	}
	err := <-g.done
	g.done = nil
	if err != nil {
		g.db.bulkBackedUp.Store(false)
		return fmt.Errorf("before a large import: %w", err)
	}
	return nil
}

// bulkState is the DB's memory of bulk backups in this session.
type bulkState struct {
	imported     atomic.Int64
	bulkBackedUp atomic.Bool
}

// VerifyBackup checks that the file at path is a whole Takedown Desk
// database: its header, application_id, schema version, and PRAGMA
// integrity_check. It opens the file read-only and never changes it.
func VerifyBackup(ctx context.Context, path string) error {
	if _, err := checkHeader(path); err != nil {
		return err
	}
	if info, err := os.Stat(path); err != nil {
		return fmt.Errorf("backup %s: %w", path, err)
	} else if info.Size() == 0 {
		return fmt.Errorf("backup %s: empty file", path)
	}
	c, err := sql.Open("sqlite", readOnlyDSN(path, false))
	if err != nil {
		return fmt.Errorf("backup %s: %w", path, err)
	}
	defer c.Close()
	var appID, version int
	if err := c.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return fmt.Errorf("backup %s: %w", path, friendly(err))
	}
	if err := c.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return fmt.Errorf("backup %s: %w", path, friendly(err))
	}
	if appID != ApplicationID {
		return fmt.Errorf("backup %s: %w (application_id %#x)", path, ErrForeign, appID)
	}
	if version > SchemaVersion() {
		return fmt.Errorf("backup %s: schema version %d is newer than this build knows (%d)", path, version, SchemaVersion())
	}
	if err := checkIntegrity(ctx, c, "integrity_check"); err != nil {
		return fmt.Errorf("backup %s: %w", path, err)
	}
	return nil
}

// NewestGoodBackup is the newest backup of the database at path that
// passes PRAGMA quick_check, for offering when the database is damaged.
func NewestGoodBackup(ctx context.Context, path string) (Backup, bool) {
	bs, err := Backups(path)
	if err != nil {
		return Backup{}, false
	}
	for _, b := range bs {
		if quickCheckFile(ctx, b.Path) == nil {
			return b, true
		}
	}
	return Backup{}, false
}

func quickCheckFile(ctx context.Context, path string) error {
	if _, err := checkHeader(path); err != nil {
		return err
	}
	c, err := sql.Open("sqlite", readOnlyDSN(path, false))
	if err != nil {
		return err
	}
	defer c.Close()
	var appID int
	if err := c.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return friendly(err)
	}
	if appID != ApplicationID {
		return ErrForeign
	}
	return checkIntegrity(ctx, c, "quick_check")
}

// Restored says what Restore did.
type Restored struct {
	// From is the backup copied into place.
	From string
	// MovedAside is where the database that was replaced now lives (its
	// -wal and -shm files beside it), or "" when there was none. A damaged
	// database is moved aside untouched, never deleted.
	MovedAside string
	// Damaged is true when the replaced database failed its quick check.
	Damaged bool
}

// Restore replaces the database at path with a verified copy of backup.
// The current database (with its -wal and -shm) is moved aside, never
// deleted or written to, as PATH.replaced-STAMP or PATH.damaged-STAMP. The
// caller must hold no connection to path and should hold its
// LockInstance, so no window has the file open.
func Restore(ctx context.Context, path, backup string) (Restored, error) {
	res := Restored{From: backup}
	if abs1, err1 := filepath.Abs(path); err1 == nil {
		if abs2, err2 := filepath.Abs(backup); err2 == nil && abs1 == abs2 {
			return res, fmt.Errorf("restore %s: the backup is the database itself", path)
		}
	}
	if err := VerifyBackup(ctx, backup); err != nil {
		return res, fmt.Errorf("restore %s: %w", path, err)
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".restoring-*")
	if err != nil {
		return res, fmt.Errorf("restore %s: %w", path, friendly(err))
	}
	tmpName := tmp.Name()
	defer os.Remove(tmpName) //nolint:errcheck // gone after the rename
	if err := copyInto(tmp, backup); err != nil {
		return res, fmt.Errorf("restore %s: %w", path, friendly(err))
	}
	if err := quickCheckFile(ctx, tmpName); err != nil {
		return res, fmt.Errorf("restore %s: the copy failed its check: %w", path, err)
	}
	if _, err := os.Stat(path); err == nil {
		word := "replaced"
		if errors.Is(quickCheckFile(ctx, path), ErrCorrupt) {
			word, res.Damaged = "damaged", true
		}
		aside := fmt.Sprintf("%s.%s-%s", path, word, time.Now().UTC().Format("20060102T150405Z"))
		// The -wal first: a database renamed away from its WAL would lose
		// the commits in it, a WAL left behind would be applied to the
		// restored file.
		for _, suf := range []string{"-wal", "-shm", ""} {
			if err := os.Rename(path+suf, aside+suf); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return res, fmt.Errorf("restore %s: move the current database aside: %w", path, err)
			}
		}
		res.MovedAside = aside
	}
	for _, suf := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(path + suf); err == nil {
			return res, fmt.Errorf("restore %s: %s%s is still there (another program has the database open?)", path, path, suf)
		}
	}
	if err := os.Rename(tmpName, path); err != nil {
		return res, fmt.Errorf("restore %s: %w", path, err)
	}
	syncDir(dir)
	return res, nil
}

func copyInto(dst *os.File, src string) error {
	in, err := os.Open(src)
	if err != nil {
		dst.Close()
		return err
	}
	defer in.Close()
	if _, err := io.Copy(dst, in); err != nil {
		dst.Close()
		return err
	}
	if err := dst.Sync(); err != nil {
		dst.Close()
		return err
	}
	return dst.Close()
}

// syncDir flushes a folder's entries (a rename) to disk where the OS allows
// it; Windows does not, and makes renames durable itself.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync() //nolint:errcheck // not supported everywhere
		d.Close()
	}
}
