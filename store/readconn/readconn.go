// Package readconn is a read-only SQLite connection for walks of a whole
// desk (`list --json`, whole exports, merges), on the same SQLite library
// the database/sql driver uses, without its per-column locking.
//
// The driver opens every connection with SQLITE_OPEN_FULLMUTEX, so each
// column read takes and gives back the connection's recursive mutex, and
// reads its value through database/sql's interfaces: reading 337,000
// claims of 23 columns took 1.2–1.6 s that way and 0.4–0.7 s here. A Conn
// is opened with SQLITE_OPEN_NOMUTEX and read from one goroutine at a
// time, which database/sql guarantees a driver's connection anyway.
//
// A Conn is not safe for concurrent use: take one per goroutine.
package readconn

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"strconv"
	"unsafe"

	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"
)

// Conn is one read-only connection with its prepared statements.
type Conn struct {
	tls   *libc.TLS
	db    uintptr
	path  string
	stmts map[string]*stmt
	slab  []byte // where short strings are copied to (str)
}

type stmt struct {
	p    uintptr
	busy bool // its Rows are open
}

// cacheKB is the page cache of a Conn, in SQLite's negative-KiB form (the
// pooled readers' size).
const cacheKB = -4096

// Open opens the database file at path for reading. busyMS is how long a
// query waits for a writer's lock before it fails.
func Open(path string, busyMS int) (_ *Conn, err error) {
	c := &Conn{tls: libc.NewTLS(), path: path, stmts: map[string]*stmt{}}
	defer func() { // last, after the name and the pointer are given back
		if err != nil {
			c.Close()
		}
	}()
	name, err := libc.CString(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer libc.Xfree(c.tls, name)
	pp := c.tls.Alloc(int(unsafe.Sizeof(uintptr(0))))
	defer c.tls.Free(int(unsafe.Sizeof(uintptr(0))))
	// no SQLITE_OPEN_URI: the path is a file's name, whatever it holds
	rc := sqlite3.Xsqlite3_open_v2(c.tls, name, pp, sqlite3.SQLITE_OPEN_READONLY|sqlite3.SQLITE_OPEN_NOMUTEX, 0)
	c.db = libc.AtomicLoadPUintptr(pp)
	if rc != sqlite3.SQLITE_OK {
		return nil, c.errorf("open %s", rc, path)
	}
	sqlite3.Xsqlite3_extended_result_codes(c.tls, c.db, 1)
	sqlite3.Xsqlite3_busy_timeout(c.tls, c.db, int32(busyMS))
	if err := c.exec(fmt.Sprintf("PRAGMA cache_size = %d", cacheKB)); err != nil {
		return nil, err
	}
	return c, nil
}

// exec runs one statement that returns no rows the caller wants.
func (c *Conn) exec(q string) error {
	rows, err := c.QueryContext(context.Background(), q)
	if err != nil {
		return err
	}
	for rows.Next() {
	}
	return errors.Join(rows.Err(), rows.Close())
}

// errorf is SQLite's message for rc on this connection, after what.
func (c *Conn) errorf(what string, rc int32, args ...any) error {
	msg := ""
	if c.db != 0 {
		msg = libc.GoString(sqlite3.Xsqlite3_errmsg(c.tls, c.db))
	}
	if msg == "" {
		msg = libc.GoString(sqlite3.Xsqlite3_errstr(c.tls, rc))
	}
	return fmt.Errorf("%s: %s (%d)", fmt.Sprintf(what, args...), msg, rc)
}

// Close finalizes the statements and closes the connection.
func (c *Conn) Close() error {
	if c.tls == nil {
		return nil
	}
	for _, s := range c.stmts {
		sqlite3.Xsqlite3_finalize(c.tls, s.p)
	}
	clear(c.stmts)
	var err error
	if c.db != 0 {
		if rc := sqlite3.Xsqlite3_close_v2(c.tls, c.db); rc != sqlite3.SQLITE_OK {
			err = c.errorf("close %s", rc, c.path)
		}
		c.db = 0
	}
	c.tls.Close()
	c.tls = nil
	return err
}

// prepare returns q's statement, kept for the next query of the same
// text; a text whose statement is still being read gets one of its own,
// finalized when its rows close.
func (c *Conn) prepare(q string) (*stmt, bool, error) {
	if s, ok := c.stmts[q]; ok && !s.busy {
		return s, true, nil
	}
	z, err := libc.CString(q)
	if err != nil {
		return nil, false, err
	}
	defer libc.Xfree(c.tls, z)
	pp := c.tls.Alloc(int(unsafe.Sizeof(uintptr(0))))
	defer c.tls.Free(int(unsafe.Sizeof(uintptr(0))))
	if rc := sqlite3.Xsqlite3_prepare_v2(c.tls, c.db, z, -1, pp, 0); rc != sqlite3.SQLITE_OK {
		return nil, false, c.errorf("prepare", rc)
	}
	s := &stmt{p: libc.AtomicLoadPUintptr(pp)}
	if s.p == 0 {
		return nil, false, errors.New("prepare: no statement in the query")
	}
	if _, ok := c.stmts[q]; ok {
		return s, false, nil
	}
	c.stmts[q] = s
	return s, true, nil
}

// QueryContext runs q with args (int64, int, float64, string, []byte,
// bool or nil), as database/sql's QueryContext does. The rows must be
// closed before the connection is.
func (c *Conn) QueryContext(ctx context.Context, q string, args ...any) (*Rows, error) {
	if c.tls == nil {
		return nil, errors.New("query: connection closed")
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s, kept, err := c.prepare(q)
	if err != nil {
		return nil, err
	}
	r := &Rows{c: c, s: s, kept: kept, ctx: ctx, cols: int(sqlite3.Xsqlite3_column_count(c.tls, s.p))}
	s.busy = true
	if n := int(sqlite3.Xsqlite3_bind_parameter_count(c.tls, s.p)); n != len(args) {
		r.Close()
		return nil, fmt.Errorf("query: %d arguments for %d parameters", len(args), n)
	}
	for i, a := range args {
		if err := r.bind(int32(i+1), a); err != nil {
			r.Close()
			return nil, fmt.Errorf("query: argument %d: %w", i+1, err)
		}
	}
	return r, nil
}

// QueryRowContext runs q and returns its first row for Scan.
func (c *Conn) QueryRowContext(ctx context.Context, q string, args ...any) *Row {
	rows, err := c.QueryContext(ctx, q, args...)
	return &Row{rows: rows, err: err}
}

// Row is the first row of a query, as *sql.Row.
type Row struct {
	rows *Rows
	err  error
}

// Scan reads the row's columns into dest, or returns sql.ErrNoRows.
func (r *Row) Scan(dest ...any) error {
	if r.err != nil {
		return r.err
	}
	defer r.rows.Close()
	for _, d := range dest {
		if _, ok := d.(*sql.RawBytes); ok {
			return errors.New("scan: RawBytes would outlive the row (use Query)")
		}
	}
	if !r.rows.Next() {
		if err := r.rows.Err(); err != nil {
			return err
		}
		return sql.ErrNoRows
	}
	return r.rows.Scan(dest...)
}

// Rows are a query's rows, read as *sql.Rows are.
type Rows struct {
	c      *Conn
	s      *stmt
	kept   bool // s stays in the cache (reset, not finalized, on Close)
	ctx    context.Context
	cols   int
	n      int // rows read
	err    error
	row    bool // positioned on a row
	done   bool // stepped past the last row: SQLite would run it again
	closed bool
}

func (r *Rows) bind(i int32, a any) error {
	tls, p := r.c.tls, r.s.p
	var rc int32
	switch v := a.(type) {
	case nil:
		rc = sqlite3.Xsqlite3_bind_null(tls, p, i)
	case int64:
		rc = sqlite3.Xsqlite3_bind_int64(tls, p, i, v)
	case int:
		rc = sqlite3.Xsqlite3_bind_int64(tls, p, i, int64(v))
	case bool:
		b := int64(0)
		if v {
			b = 1
		}
		rc = sqlite3.Xsqlite3_bind_int64(tls, p, i, b)
	case float64:
		rc = sqlite3.Xsqlite3_bind_double(tls, p, i, v)
	case string:
		return r.bindBytes(i, []byte(v), true)
	case []byte:
		return r.bindBytes(i, v, false)
	default:
		return fmt.Errorf("unsupported type %T", a)
	}
	if rc != sqlite3.SQLITE_OK {
		return r.c.errorf("bind", rc)
	}
	return nil
}

// bindBytes binds b as text or a blob; SQLite copies it (SQLITE_TRANSIENT),
// so the C copy made here on the connection's own stack is given back at
// once.
func (r *Rows) bindBytes(i int32, b []byte, text bool) error {
	tls := r.c.tls
	n := max(len(b), 1)
	z := tls.Alloc(n)
	defer tls.Free(n)
	copy(libc.GoBytes(z, len(b)), b)
	var rc int32
	if text {
		rc = sqlite3.Xsqlite3_bind_text(tls, r.s.p, i, z, int32(len(b)), sqlite3.SQLITE_TRANSIENT)
	} else {
		rc = sqlite3.Xsqlite3_bind_blob(tls, r.s.p, i, z, int32(len(b)), sqlite3.SQLITE_TRANSIENT)
	}
	if rc != sqlite3.SQLITE_OK {
		return r.c.errorf("bind", rc)
	}
	return nil
}

// Next steps to the next row; false at the end or on an error (Err).
func (r *Rows) Next() bool {
	if r.closed || r.done || r.err != nil {
		return false
	}
	// a cancelled walk stops within a few hundred rows
	if r.n++; r.n&255 == 0 {
		if err := r.ctx.Err(); err != nil {
			r.err = err
			r.row = false
			return false
		}
	}
	switch rc := sqlite3.Xsqlite3_step(r.c.tls, r.s.p); rc {
	case sqlite3.SQLITE_ROW:
		r.row = true
		return true
	case sqlite3.SQLITE_DONE:
		r.row, r.done = false, true
		return false
	default:
		r.row = false
		r.err = r.c.errorf("step", rc)
		return false
	}
}

// Err is the error that ended Next, if any.
func (r *Rows) Err() error { return r.err }

// Close resets the statement for its next use (or finalizes one of its
// own); it is safe to call twice.
func (r *Rows) Close() error {
	if r.closed {
		return nil
	}
	r.closed, r.row = true, false
	tls, p := r.c.tls, r.s.p
	if tls == nil {
		return nil
	}
	if r.kept {
		sqlite3.Xsqlite3_reset(tls, p)
		sqlite3.Xsqlite3_clear_bindings(tls, p)
		r.s.busy = false
		return nil
	}
	sqlite3.Xsqlite3_finalize(tls, p)
	return nil
}

// Scan reads the current row's columns into dest: *int64, *int, *float64,
// *string, *bool, *[]byte, *sql.RawBytes, *sql.NullString, *sql.NullInt64,
// *sql.NullFloat64 or *any, converting as database/sql does (a NULL into a
// plain type is an error, as there).
func (r *Rows) Scan(dest ...any) error {
	if r.closed {
		return errors.New("scan: rows are closed")
	}
	if !r.row {
		return errors.New("scan: no row (Next not called, or false)")
	}
	if len(dest) != r.cols {
		return fmt.Errorf("scan: %d destinations for %d columns", len(dest), r.cols)
	}
	for i, d := range dest {
		if err := r.scanColumn(int32(i), d); err != nil {
			return fmt.Errorf("scan column %d: %w", i, err)
		}
	}
	return nil
}

// value is one column's value: kind is SQLite's type of it.
type value struct {
	kind int32
	i    int64
	f    float64
	s    string // text and blobs, copied out of SQLite's memory
}

// raw is a text or blob column's bytes in SQLite's memory, valid until the
// next Next or Close (sql.RawBytes' contract); nil for NULL, and for a
// number its text.
func (r *Rows) raw(i int32) []byte {
	tls, p := r.c.tls, r.s.p
	switch sqlite3.Xsqlite3_column_type(tls, p, i) {
	case sqlite3.SQLITE_NULL:
		return nil
	case sqlite3.SQLITE_INTEGER, sqlite3.SQLITE_FLOAT:
		return []byte(r.column(i).text())
	}
	z := sqlite3.Xsqlite3_column_blob(tls, p, i)
	n := sqlite3.Xsqlite3_column_bytes(tls, p, i)
	if z == 0 || n == 0 {
		return []byte{}
	}
	return libc.GoBytes(z, int(n))
}

func (r *Rows) column(i int32) value {
	tls, p := r.c.tls, r.s.p
	v := value{kind: sqlite3.Xsqlite3_column_type(tls, p, i)}
	switch v.kind {
	case sqlite3.SQLITE_INTEGER:
		v.i = sqlite3.Xsqlite3_column_int64(tls, p, i)
	case sqlite3.SQLITE_FLOAT:
		v.f = sqlite3.Xsqlite3_column_double(tls, p, i)
	case sqlite3.SQLITE_TEXT:
		z := sqlite3.Xsqlite3_column_text(tls, p, i)
		if n := sqlite3.Xsqlite3_column_bytes(tls, p, i); z != 0 && n > 0 {
			v.s = r.c.str(libc.GoBytes(z, int(n)))
		}
	case sqlite3.SQLITE_BLOB:
		z := sqlite3.Xsqlite3_column_blob(tls, p, i)
		if n := sqlite3.Xsqlite3_column_bytes(tls, p, i); z != 0 && n > 0 {
			v.s = r.c.str(libc.GoBytes(z, int(n)))
		}
	}
	return v
}

// slabSize is the block a connection copies its short strings into.
const slabSize = 32 << 10

// str copies b out of SQLite's memory into a Go string. A short one is
// cut from a block of the connection's that is never written again where
// a string was cut from it: one allocation for hundreds of a walk's words
// (a claim has a dozen text columns) instead of one each, which was most
// of the cost of copying them. A block lives as long as any of its
// strings does; the rows of one read are used and dropped together.
func (c *Conn) str(b []byte) string {
	if len(b) > slabSize/16 {
		return string(b)
	}
	if len(b) > cap(c.slab)-len(c.slab) {
		c.slab = make([]byte, 0, slabSize)
	}
	at := len(c.slab)
	c.slab = append(c.slab, b...)
	return unsafe.String(&c.slab[at], len(b))
}

var errNull = errors.New("NULL into a value that cannot hold it")

func (r *Rows) scanColumn(i int32, d any) error {
	if d, ok := d.(*sql.RawBytes); ok {
		*d = r.raw(i)
		return nil
	}
	v := r.column(i)
	null := v.kind == sqlite3.SQLITE_NULL
	switch d := d.(type) {
	case *string:
		if null {
			return errNull
		}
		*d = v.text()
	case *int64:
		if null {
			return errNull
		}
		n, err := v.int()
		*d = n
		return err
	case *int:
		if null {
			return errNull
		}
		n, err := v.int()
		if err == nil && (n < math.MinInt || n > math.MaxInt) {
			err = fmt.Errorf("%d out of range", n)
		}
		*d = int(n)
		return err
	case *float64:
		if null {
			return errNull
		}
		f, err := v.float()
		*d = f
		return err
	case *bool:
		if null {
			return errNull
		}
		b, err := v.bool()
		*d = b
		return err
	case *[]byte:
		if null {
			*d = nil
			return nil
		}
		*d = []byte(v.text())
	case *sql.NullString:
		d.Valid = !null
		d.String = ""
		if !null {
			d.String = v.text()
		}
	case *sql.NullInt64:
		d.Valid, d.Int64 = !null, 0
		if !null {
			n, err := v.int()
			d.Int64 = n
			return err
		}
	case *sql.NullFloat64:
		d.Valid, d.Float64 = !null, 0
		if !null {
			f, err := v.float()
			d.Float64 = f
			return err
		}
	case *any:
		switch v.kind {
		case sqlite3.SQLITE_INTEGER:
			*d = v.i
		case sqlite3.SQLITE_FLOAT:
			*d = v.f
		case sqlite3.SQLITE_TEXT:
			*d = v.s
		case sqlite3.SQLITE_BLOB:
			*d = []byte(v.s)
		default:
			*d = nil
		}
	default:
		return fmt.Errorf("unsupported destination %T", d)
	}
	return nil
}

func (v value) text() string {
	switch v.kind {
	case sqlite3.SQLITE_INTEGER:
		return strconv.FormatInt(v.i, 10)
	case sqlite3.SQLITE_FLOAT:
		return strconv.FormatFloat(v.f, 'g', -1, 64)
	}
	return v.s
}

func (v value) int() (int64, error) {
	switch v.kind {
	case sqlite3.SQLITE_INTEGER:
		return v.i, nil
	case sqlite3.SQLITE_FLOAT:
		if v.f == math.Trunc(v.f) && v.f >= math.MinInt64 && v.f < math.MaxInt64 {
			return int64(v.f), nil
		}
		return 0, fmt.Errorf("%v is not an integer", v.f)
	}
	n, err := strconv.ParseInt(v.s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%q is not an integer", v.s)
	}
	return n, nil
}

// bool reads 0, 1 and the words strconv.ParseBool knows, as database/sql
// does; other values are errors.
func (v value) bool() (bool, error) {
	switch v.kind {
	case sqlite3.SQLITE_INTEGER:
		if v.i == 0 || v.i == 1 {
			return v.i == 1, nil
		}
	case sqlite3.SQLITE_TEXT, sqlite3.SQLITE_BLOB:
		if b, err := strconv.ParseBool(v.s); err == nil {
			return b, nil
		}
	}
	return false, fmt.Errorf("%s is not a truth value", v.text())
}

func (v value) float() (float64, error) {
	switch v.kind {
	case sqlite3.SQLITE_INTEGER:
		return float64(v.i), nil
	case sqlite3.SQLITE_FLOAT:
		return v.f, nil
	}
	f, err := strconv.ParseFloat(v.s, 64)
	if err != nil {
		return 0, fmt.Errorf("%q is not a number", v.s)
	}
	return f, nil
}
