// Package store keeps Takedown Desk's data in one SQLite file. It is the only
// package that knows SQL: it opens and migrates the file, stores and loads
// the app types, and keeps the search shadow tables in sync.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/takedowndesk/takedowndesk/app"
)

// ApplicationID marks a SQLite file as a Takedown Desk database ("TDK1"),
// so the app refuses to migrate some other program's file.
const ApplicationID = 0x54444b31

//go:embed migrations/*.sql
var migrationFS embed.FS

// ErrForeign is returned when the file is SQLite but not ours, or not SQLite.
var ErrForeign = errors.New("not a Takedown Desk database")

// ErrCorrupt is wrapped by the error Open returns when the file's pages
// are damaged (PRAGMA quick_check finds problems). Open has then written
// nothing to the file.
var ErrCorrupt = app.ErrDamaged

// ErrReadOnly is wrapped by ReadOnlyError and by a write refused because
// the database was opened read-only.
var ErrReadOnly = app.ErrReadOnly

// CorruptError is what Open returns for a damaged database: the problem
// quick_check found and the newest backup that passes the same check.
type CorruptError struct {
	Path    string
	Problem error  // wraps ErrCorrupt
	Backup  Backup // the newest good backup, when HasBackup
	// HasBackup is false when no backup passes the check.
	HasBackup bool
}

func (e *CorruptError) Error() string {
	msg := fmt.Sprintf("%s: %v; it was opened read-only and not changed", e.Path, e.Problem)
	if e.HasBackup {
		return msg + fmt.Sprintf("; newest good backup: %s (%s)", e.Backup.Path, e.Backup.Taken.Local().Format("2006-01-02 15:04"))
	}
	return msg + "; no good backup found"
}

func (e *CorruptError) Unwrap() error { return e.Problem }

// DB is an open Takedown Desk database.
type DB struct {
	sql  *sql.DB
	path string
	now  func() time.Time
	// readOnly says why the database was opened read-only ("" when it is
	// writable).
	readOnly string
	bulkState
	facets facets
	vocab  vocabulary
	// damaged is set by a Verify that found damaged pages: nothing is
	// written from then on.
	damaged atomic.Pointer[CorruptError]
	// deferConflicts: imports leave the conflicts to RebuildConflicts.
	deferConflicts atomic.Bool
	// checked: every page was read at open; otherwise verifying closes
	// when the check OpenUnverified started is done, with verifyErr.
	checked   bool
	immutable bool // opened read-only as immutable (a folder it cannot write)
	verifying chan struct{}
	verifyErr error
	begin     chan struct{} // closed when the check may begin (OpenDeferred)
	beginOnce sync.Once
	dailyMu   sync.Mutex // held by the day's backup being written
	vouch     vouch      // the check this process carries (checkstamp.go)
}

// Verify runs PRAGMA quick_check on a read-only connection, for a database
// opened with OpenUnverified. When pages are damaged it returns the
// *CorruptError naming the newest good backup, and every write after it is
// refused with that error.
func (db *DB) Verify(ctx context.Context) error {
	c, err := sql.Open("sqlite", readOnlyDSN(db.path, db.immutable))
	if err != nil {
		return fmt.Errorf("check %s: %w", db.path, err)
	}
	defer c.Close()
	began := db.now()
	before, held, err := checkFiles(ctx, c, db.path, began)
	if held && !db.immutable {
		writeStamp(db.path, checkStamp{State: before, Checked: began.UTC()})
		db.vouch.vouchFor(before, began, true)
	}
	if errors.Is(err, ErrCorrupt) {
		ce := damageFound(ctx, db.path, err)
		db.damaged.Store(ce)
		return ce
	}
	if err != nil {
		return fmt.Errorf("check %s: %w", db.path, err)
	}
	return nil
}

func (db *DB) damagedError() error {
	if ce := db.damaged.Load(); ce != nil {
		return ce
	}
	return nil
}

// Open opens (creating if needed) the database at path, checks that it is
// ours and that its pages are sound (PRAGMA quick_check, on a read-only
// connection, so a damaged file is never written to, not even by a WAL
// checkpoint), backs it up if a migration is due, and migrates it to the
// newest schema. Every pooled connection gets WAL, foreign keys and a busy
// timeout through the DSN, because SQLite pragmas are per connection.
//
// A file or folder this user cannot write is opened read-only (ReadOnly
// says why; writes fail with ErrReadOnly) unless it needs migrating. A
// damaged file is refused with a *CorruptError naming the newest good
// backup.
func Open(path string) (*DB, error) { return open(path, true) }

// OpenUnverified is Open with the check of every page run beside the
// caller's work instead of before it: quick_check reads the whole file
// (about 2 s at 100,000 notices, 20 s at a million), which a window that
// must show its first page within a second, or a command that only reads,
// cannot wait for. Reads go ahead at once; every write waits for the check
// and is refused if it found damage, so a damaged file is still never
// written to. Verified waits for the check's answer. A migration, which
// rewrites tables, still runs only after the full check. A check that
// passed on the file as it still is, within a day, is not run again
// (checkstamp.go).
func OpenUnverified(path string) (*DB, error) { return openUnverified(path, false) }

// OpenDeferred is OpenUnverified with the check started by BeginCheck, or
// checkDeferredMost after the open at the latest. The window begins it
// once its first page is on screen: the check reads the whole file (20 s
// of CPU at a million notices) and took the laptop's second core from the
// first page's queries and the window's drawing.
func OpenDeferred(path string) (*DB, error) { return openUnverified(path, true) }

// checkDeferredMost bounds how long OpenDeferred's check waits: writes
// wait for the check, so it must begin even if BeginCheck never comes.
const checkDeferredMost = 10 * time.Second

func openUnverified(path string, deferred bool) (*DB, error) {
	db, err := open(path, false)
	if isCorrupt(err) {
		return open(path, true) // damage met at open: say what the check finds
	}
	if err != nil {
		return nil, err
	}
	if db.checked {
		return db, nil
	}
	if s, ok := checkRemembered(path, db.now()); ok && !deferred {
		db.checked = true // a check passed on the file as it is (checkstamp.go)
		db.vouch.vouchFor(s.State, s.Checked, true)
		return db, nil
	}
	db.verifying = make(chan struct{})
	db.begin = make(chan struct{})
	if !deferred {
		db.BeginCheck()
	}
	go func() {
		defer close(db.verifying)
		select {
		case <-db.begin:
		case <-time.After(checkDeferredMost):
		}
		db.verifyErr = db.Verify(context.Background())
	}()
	return db, nil
}

// BeginCheck starts the check of every page of a database opened with
// OpenDeferred; it does nothing after the first call, or for a database
// opened otherwise.
func (db *DB) BeginCheck() {
	if db.begin != nil {
		db.beginOnce.Do(func() { close(db.begin) })
	}
}

// Verified waits for the check OpenUnverified started and returns what it
// found (a *CorruptError for damaged pages); nil at once for Open.
func (db *DB) Verified(ctx context.Context) error {
	if db.verifying == nil {
		return nil
	}
	select {
	case <-db.verifying:
		return db.verifyErr
	case <-ctx.Done():
		return ctx.Err()
	}
}

func open(path string, verify bool) (*DB, error) {
	if path == "" {
		return nil, errors.New("open database: empty path")
	}
	fresh, err := checkHeader(path)
	if err != nil {
		return nil, err
	}
	if fresh {
		if dir := filepath.Dir(path); dir != "" {
			if err := os.MkdirAll(dir, 0o700); err != nil {
				return nil, fmt.Errorf("open database: %w", err)
			}
		}
		if err := create(path); err != nil {
			return nil, fmt.Errorf("create database %s: %w", path, friendly(err))
		}
	}
	ro := readOnlyReason(path)
	ctx := context.Background()
	// a file this process made needs no check; otherwise its check's
	// start vouches for it, when the check holds
	immutable, checkedAt := false, time.Time{}
	if fresh {
		checkedAt = time.Now()
	} else {
		immutable, verify, checkedAt, err = precheck(ctx, path, verify)
		if err != nil {
			return nil, err
		}
	}
	dsn := DSN(path)
	if ro != "" {
		dsn = readOnlyDSN(path, immutable)
	}
	sdb, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	// Each connection keeps its own page cache (32 MB, see DSN): three are
	// enough for a window's page, count and open-notice queries beside an
	// import or a backup, and bound what the caches can hold.
	sdb.SetMaxOpenConns(3)
	db := &DB{sql: sdb, path: path, now: func() time.Time { return time.Now().UTC() }, readOnly: ro, checked: fresh || verify, immutable: immutable}
	if err := db.migrate(ctx); err != nil {
		sdb.Close()
		return nil, err
	}
	if ro != "" {
		return db, nil
	}
	if err := db.rebuildSearchIfAsked(ctx); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if err := db.rebuildConflictsIfAsked(context.Background()); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if st, err := stateOf(path); !checkedAt.IsZero() && err == nil {
		db.vouch.vouchFor(st, checkedAt, false) // with what open itself wrote
	}
	return db, nil
}

// precheck opens the existing file read-only and runs PRAGMA quick_check.
// A read-only connection never checkpoints the WAL into the file, so a
// damaged database stays exactly as it was found. immutable is true when
// the file could only be opened as immutable (a WAL database in a folder
// this user cannot write, whose -shm file does not exist).
//
// Without verify, the pages are only read when a migration is due.
// checkedAt is when the check began, if it holds for the files as they are
// (checkHeld); zero otherwise.
func precheck(ctx context.Context, path string, verify bool) (immutable, checked bool, checkedAt time.Time, err error) {
	for _, imm := range []bool{false, true} {
		c, err := sql.Open("sqlite", readOnlyDSN(path, imm))
		if err != nil {
			return false, false, time.Time{}, fmt.Errorf("open database %s: %w", path, err)
		}
		var appID int
		err = c.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID)
		if err != nil && !imm && isCantOpen(err) {
			c.Close()
			continue
		}
		if err == nil && appID != ApplicationID && appID != 0 {
			c.Close()
			return false, false, time.Time{}, fmt.Errorf("%s: %w (application_id %#x)", path, ErrForeign, appID)
		}
		if err == nil && !verify {
			var version int
			if err = c.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err == nil && version < SchemaVersion() {
				verify = true // a migration rewrites tables: only a sound file
			}
		}
		if err == nil && verify {
			began := time.Now()
			var held bool
			if _, held, err = checkFiles(ctx, c, path, began); held && !imm {
				checkedAt = began
			}
		} else if err != nil {
			err = friendly(err)
		}
		c.Close()
		if errors.Is(err, ErrCorrupt) {
			return false, false, time.Time{}, damageFound(ctx, path, err)
		}
		if err != nil {
			return false, false, time.Time{}, fmt.Errorf("%s: %w", path, err)
		}
		return imm, verify, checkedAt, nil
	}
	return false, false, time.Time{}, fmt.Errorf("open database %s: cannot open it even read-only", path)
}

// damageFound is what a check that met damaged pages at path says: the
// problem and the newest good backup. A stamp of an earlier check no
// longer holds.
func damageFound(ctx context.Context, path string, problem error) *CorruptError {
	forgetCheck(path)
	ce := &CorruptError{Path: path, Problem: problem}
	ce.Backup, ce.HasBackup = NewestGoodBackup(ctx, path)
	return ce
}

// isCorrupt reports whether err is SQLite finding a damaged page.
func isCorrupt(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_CORRUPT
}

// isCantOpen is the error of a read-only connection to a WAL database
// whose -shm file it may not create (SQLITE_CANTOPEN, or
// SQLITE_READONLY_DIRECTORY in a folder it cannot write).
func isCantOpen(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	code := se.Code() & 0xff
	return code == sqlite3.SQLITE_CANTOPEN || code == sqlite3.SQLITE_READONLY
}

// readOnlyReason says why this user cannot write the database at path
// (the file, or the folder its -wal and -shm files go in), or "".
func readOnlyReason(path string) string {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return "the file is not writable by this user"
		}
		return "the file cannot be opened for writing (" + err.Error() + ")"
	}
	f.Close()
	probe, err := os.CreateTemp(filepath.Dir(path), ".takedowndesk-probe-*")
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return "its folder is not writable by this user"
		}
		return "its folder cannot be written (" + err.Error() + ")"
	}
	probe.Close()
	os.Remove(probe.Name())
	return ""
}

// ReadOnly says why the database was opened read-only, or "" when it is
// writable.
func (db *DB) ReadOnly() string { return db.readOnly }

// ReadOnlyError is nil for a writable database, and otherwise an error
// wrapping ErrReadOnly that names the file and the reason, for commands
// that must write.
func (db *DB) ReadOnlyError() error {
	if db.readOnly == "" {
		return nil
	}
	return fmt.Errorf("%s: %w (%s)", db.path, ErrReadOnly, db.readOnly)
}

// readOnlyDSN opens the file read-only: no pragma that writes, queries
// only. immutable tells SQLite nobody else changes the file, which lets it
// read a WAL database without a -shm file it cannot create.
func readOnlyDSN(path string, immutable bool) string {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", BusyTimeout/time.Millisecond))
	q.Add("_pragma", "query_only(1)")
	q.Set("mode", "ro")
	if immutable {
		q.Set("immutable", "1")
	}
	return "file:" + path + "?" + q.Encode()
}

// BusyTimeout is how long a command waits for another program's write
// lock on the database before it gives up and says so.
const BusyTimeout = 5 * time.Second

// Page cache sizes, in SQLite's negative-KiB form: 32 MB holds a large
// import's index pages, which new rows hit all over (with less, SQLite
// writes them out to the WAL and reads them back many times over within one
// transaction); readers do well with 4 MB, and every pooled connection
// keeps its own (8 MB made a keystroke's first page about 2 ms faster at
// 100,000 notices and the window 15 MB bigger).
const (
	importCacheKB = -32768
	readCacheKB   = -4096
)

// DSN is the driver's data source name for the database at path, with the
// settings every connection gets: WAL, foreign keys, a busy timeout, and
// write transactions that take the lock when they begin.
func DSN(path string) string {
	q := url.Values{}
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", BusyTimeout/time.Millisecond))
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	// 4 MB of page cache for reading (default 2 MB); an import raises its
	// own connection's to 32 MB while it writes (see Import).
	q.Add("_pragma", fmt.Sprintf("cache_size(%d)", readCacheKB))
	q.Set("_txlock", "immediate")
	return "file:" + path + "?" + q.Encode()
}

// Path returns the file the database lives in.
func (db *DB) Path() string { return db.path }

// Close closes the database and leaves the stamp of the check it carried
// through its own writes (checkstamp.go).
func (db *DB) Close() error {
	before, err := stateOf(db.path)
	cerr := db.sql.Close()
	db.vouch.closing(db.path, before, err == nil && cerr == nil && db.damaged.Load() == nil && db.readOnly == "" && !db.immutable)
	return cerr
}

// PageSize is the page size of a database the store creates. 16 KB pages
// instead of SQLite's 4 KB take a large import in a quarter of the pages
// (fewer B-tree splits and WAL frames; measured 10-15% faster on a
// 100,000-message export) and suit notices, whose rows are around 500 bytes.
const PageSize = 16384

// create makes a new database file with the store's page size. The page
// size must be set before the file turns to WAL, and the driver applies the
// DSN's pragmas in name order (journal_mode before page_size), so the file
// is made by a connection of its own.
func create(path string) error {
	sdb, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		return err
	}
	defer sdb.Close()
	_, err = sdb.Exec(fmt.Sprintf("PRAGMA page_size = %d; PRAGMA journal_mode = WAL", PageSize))
	return err
}

// checkHeader refuses a file that exists but is not SQLite, before the driver
// gets a chance to report the vaguer "file is not a database". fresh is true
// when there is no file yet, or an empty one.
func checkHeader(path string) (fresh bool, err error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return true, nil
	}
	if err != nil {
		return false, fmt.Errorf("open database: %w", err)
	}
	defer f.Close()
	head := make([]byte, 16)
	n, _ := f.Read(head)
	if n == 0 {
		return true, nil // empty file: a new database
	}
	if n < 16 || string(head) != "SQLite format 3\x00" {
		return false, fmt.Errorf("%s: %w (not an SQLite file)", path, ErrForeign)
	}
	return false, nil
}

type migration struct {
	version int
	name    string
	sql     string
}

func migrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFS, "migrations")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name must start with its number", e.Name())
		}
		b, err := migrationFS.ReadFile("migrations/" + e.Name())
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{v, e.Name(), string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: expected number %d", m.name, i+1)
		}
	}
	return ms, nil
}

// SchemaVersion is the schema version this build migrates to.
func SchemaVersion() int {
	ms, _ := migrations()
	return len(ms)
}

func (db *DB) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	var appID, version, tables int
	if err := db.sql.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return fmt.Errorf("%s: %w", db.path, friendly(err))
	}
	if err := db.sql.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return fmt.Errorf("%s: %w", db.path, friendly(err))
	}
	if err := db.sql.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&tables); err != nil {
		return fmt.Errorf("%s: %w", db.path, friendly(err))
	}
	switch {
	case appID == 0 && tables == 0:
		// A new file: ours to shape.
	case appID != ApplicationID:
		return fmt.Errorf("%s: %w (application_id %#x)", db.path, ErrForeign, appID)
	case version > len(ms):
		return fmt.Errorf("%s: schema version %d is newer than this build knows (%d); update Takedown Desk", db.path, version, len(ms))
	}
	if version == len(ms) {
		return nil
	}
	if db.readOnly != "" {
		return fmt.Errorf("%s: needs upgrading to schema version %d but %w (%s)", db.path, len(ms), ErrReadOnly, db.readOnly)
	}
	if version > 0 {
		if err := db.backup(ctx, version); err != nil {
			return err
		}
	}
	return db.runMigrations(ctx, ms[version:])
}

// runMigrations applies ms in order, each in its own transaction, on one
// connection with foreign keys off: SQLite's way to rebuild a table that
// others refer to, since dropping the old table would otherwise cascade to
// every row that points at it. Each migration must leave no dangling
// reference behind (checked before it commits).
func (db *DB) runMigrations(ctx context.Context, ms []migration) (err error) {
	conn, err := db.sql.Conn(ctx)
	if err != nil {
		return fmt.Errorf("migrate %s: %w", db.path, friendly(err))
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "PRAGMA foreign_keys = OFF"); err != nil {
		return fmt.Errorf("migrate %s: %w", db.path, err)
	}
	defer func() {
		if _, ferr := conn.ExecContext(ctx, "PRAGMA foreign_keys = ON"); ferr != nil && err == nil {
			err = fmt.Errorf("migrate %s: %w", db.path, ferr)
		}
	}()
	for _, m := range ms {
		if err := migrateOne(ctx, conn, m); err != nil {
			return fmt.Errorf("migrate %s: %w", db.path, friendly(err))
		}
	}
	return nil
}

func migrateOne(ctx context.Context, conn *sql.Conn, m migration) error {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	var table string
	switch err := tx.QueryRowContext(ctx, "PRAGMA foreign_key_check").Scan(&table, new(any), new(any), new(any)); {
	case err == nil:
		return fmt.Errorf("migration %s: leaves rows in %s pointing at nothing", m.name, table)
	case !errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", ApplicationID)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
		return err
	}
	return tx.Commit()
}

// backup writes a consistent copy of the database beside it before a
// migration changes its schema, so an upgrade can always be undone.
func (db *DB) backup(ctx context.Context, version int) error {
	dst := fmt.Sprintf("%s.v%d-%s.bak", db.path, version, db.now().Format("20060102T150405"))
	if _, err := db.sql.ExecContext(ctx, "VACUUM INTO ?", dst); err != nil {
		return fmt.Errorf("back up %s before migrating: %w", db.path, err)
	}
	return nil
}

// inTx runs fn in one transaction, committing only if fn succeeds.
func (db *DB) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	if db.verifying != nil {
		select { // no write before the pages are known to be sound
		case <-db.verifying:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	if err := db.damagedError(); err != nil {
		return err
	}
	db.vouch.beginWrite(db.path)
	failed := false
	defer func() { db.vouch.endWrite(db.path, failed) }()
	tx, err := db.sql.BeginTx(ctx, nil)
	if err != nil {
		return friendly(err)
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		failed = true
		return friendly(err)
	}
	return nil
}

// friendly turns driver errors a reporter might see into plainer ones.
func friendly(err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_NOTADB:
			return fmt.Errorf("%w (file is not a database)", ErrForeign)
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
			return &plainError{fmt.Sprintf("database is busy: another program kept it locked for more than %d s (another Takedown Desk writing to it?); nothing was changed, try again", BusyTimeout/time.Second), app.ErrBusy, err}
		case sqlite3.SQLITE_READONLY:
			return fmt.Errorf("%w: %w", ErrReadOnly, err)
		case sqlite3.SQLITE_FULL:
			return &plainError{"disk is full: no room left for the database's changes; nothing was changed", app.ErrDiskFull, err}
		case sqlite3.SQLITE_CORRUPT:
			return fmt.Errorf("%w: %w", ErrCorrupt, err)
		}
	}
	if errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EFBIG) {
		return &plainError{"disk is full: " + err.Error(), app.ErrDiskFull, err}
	}
	return err
}

// plainError says what went wrong in plain words, keeping the driver's
// error underneath for errors.Is and errors.As.
type plainError struct {
	msg  string
	kind error // the app's sentinel it is (errors.Is)
	err  error
}

func (e *plainError) Error() string        { return e.msg }
func (e *plainError) Unwrap() error        { return e.err }
func (e *plainError) Is(target error) bool { return target == e.kind }

func timeText(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC().Format(time.RFC3339)
}

func parseTime(s sql.NullString) time.Time {
	if !s.Valid || s.String == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339, s.String)
	if err != nil {
		return time.Time{}
	}
	return t
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
