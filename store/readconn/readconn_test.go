package readconn_test

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	_ "modernc.org/sqlite"

	"github.com/takedowndesk/takedowndesk/store/readconn"
)

// newDB writes a WAL database through the driver with the statements
// given and returns its path and the writer, left open.
func newDB(t *testing.T, stmts ...string) (string, *sql.DB) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "desk.db")
	w, err := sql.Open("sqlite", "file:"+path+"?_pragma=journal_mode(WAL)")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	for _, s := range stmts {
		if _, err := w.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	return path, w
}

func open(t *testing.T, path string) *readconn.Conn {
	t.Helper()
	c, err := readconn.Open(path, 1000)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// Each column reads into each destination as database/sql reads it from
// the driver: the same values, and an error where it gives one.
func TestScan(t *testing.T) {
	path, w := newDB(t, `CREATE TABLE t (i INTEGER, f REAL, s TEXT, b BLOB, n TEXT, d TEXT, o INTEGER)`,
		`INSERT INTO t VALUES (42, 2.5, 'قناة 78', x'00ff', NULL, '17', 1)`)
	c := open(t, path)
	ctx := context.Background()
	cases := []struct {
		col  string
		dest func() any
	}{
		{"i", func() any { return new(int64) }},
		{"i", func() any { return new(int) }},
		{"i", func() any { return new(float64) }},
		{"i", func() any { return new(string) }},
		{"i", func() any { return new(bool) }}, // 42 is no truth value: an error in both
		{"o", func() any { return new(bool) }},
		{"d", func() any { return new(bool) }},
		{"i", func() any { return new(sql.NullInt64) }},
		{"i", func() any { return new(any) }},
		{"f", func() any { return new(float64) }},
		{"f", func() any { return new(string) }},
		{"f", func() any { return new(int64) }}, // 2.5 is no integer: an error in both
		{"f", func() any { return new(sql.NullFloat64) }},
		{"s", func() any { return new(string) }},
		{"s", func() any { return new(sql.NullString) }},
		{"s", func() any { return new([]byte) }},
		{"s", func() any { return new(int64) }}, // not a number: an error in both
		{"s", func() any { return new(any) }},
		{"b", func() any { return new([]byte) }},
		{"b", func() any { return new(string) }},
		{"n", func() any { return new(string) }}, // NULL into a string: an error in both
		{"n", func() any { return new(int64) }},
		{"n", func() any { return new(sql.NullString) }},
		{"n", func() any { return new(sql.NullInt64) }},
		{"n", func() any { return new(any) }},
		{"n", func() any { return new([]byte) }},
		{"d", func() any { return new(int64) }}, // digits in a text column
		{"d", func() any { return new(float64) }},
		{"s", func() any { return new(sql.RawBytes) }},
		{"b", func() any { return new(sql.RawBytes) }},
		{"i", func() any { return new(sql.RawBytes) }},
		{"f", func() any { return new(sql.RawBytes) }},
		{"n", func() any { return new(sql.RawBytes) }},
	}
	for _, tc := range cases {
		want, got := tc.dest(), tc.dest()
		name := tc.col + " into " + reflect.TypeOf(want).Elem().String()
		wantRows, err := w.Query(`SELECT ` + tc.col + ` FROM t`)
		wantErr := firstRow(wantRows, err, want)
		gotRows, err := c.QueryContext(ctx, `SELECT `+tc.col+` FROM t`)
		gotErr := firstRow(gotRows, err, got)
		if (wantErr != nil) != (gotErr != nil) {
			t.Errorf("%s: error %v, database/sql's %v", name, gotErr, wantErr)
			continue
		}
		if wantErr == nil && !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %#v, database/sql's %#v", name, reflect.ValueOf(got).Elem(), reflect.ValueOf(want).Elem())
		}
	}
}

// firstRow scans the first row into dest, copying what a sql.RawBytes
// holds before the rows close.
func firstRow[R interface {
	Next() bool
	Scan(...any) error
	Close() error
}](rows R, err error, dest any) error {
	if err != nil {
		return err
	}
	defer rows.Close()
	if !rows.Next() {
		return sql.ErrNoRows
	}
	if err := rows.Scan(dest); err != nil {
		return err
	}
	if b, ok := dest.(*sql.RawBytes); ok && *b != nil {
		*b = append(sql.RawBytes{}, *b...)
	}
	return nil
}

// Arguments of every kind bind and come back as they went in.
func TestBind(t *testing.T) {
	path, _ := newDB(t, `CREATE TABLE t (x)`)
	c := open(t, path)
	ctx := context.Background()
	cases := []struct {
		arg  any
		want any
	}{
		{int64(-7), int64(-7)},
		{7, int64(7)},
		{true, int64(1)},
		{1.25, 1.25},
		{"حجب 78 قناة\x00بعد", "حجب 78 قناة\x00بعد"}, // a NUL inside is kept, not an end
		{"", ""},
		{[]byte{0, 1, 2}, []byte{0, 1, 2}},
		{nil, nil},
	}
	for _, tc := range cases {
		var got any
		if err := c.QueryRowContext(ctx, `SELECT ?`, tc.arg).Scan(&got); err != nil {
			t.Errorf("%#v: %v", tc.arg, err)
			continue
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%#v came back as %#v, want %#v", tc.arg, got, tc.want)
		}
	}
	if err := c.QueryRowContext(ctx, `SELECT ?`, struct{}{}).Scan(new(any)); err == nil {
		t.Error("a struct was bound")
	}
}

// A query may run again while its first rows are still being read (the
// kept statement is busy, so it gets one of its own), and a statement is
// used again once its rows are closed.
func TestSameQueryNested(t *testing.T) {
	path, _ := newDB(t, `CREATE TABLE t (x INTEGER)`, `INSERT INTO t VALUES (1), (2), (3)`)
	c := open(t, path)
	ctx := context.Background()
	const q = `SELECT x FROM t WHERE x >= ? ORDER BY x`
	outer, err := c.QueryContext(ctx, q, 1)
	if err != nil {
		t.Fatal(err)
	}
	var pairs []int64
	for outer.Next() {
		var x int64
		if err := outer.Scan(&x); err != nil {
			t.Fatal(err)
		}
		inner, err := c.QueryContext(ctx, q, x)
		if err != nil {
			t.Fatal(err)
		}
		for inner.Next() {
			var y int64
			if err := inner.Scan(&y); err != nil {
				t.Fatal(err)
			}
			pairs = append(pairs, x*10+y)
		}
		if err := errors.Join(inner.Err(), inner.Close()); err != nil {
			t.Fatal(err)
		}
	}
	if outer.Next() {
		t.Error("Next after the last row started the query again")
	}
	if err := errors.Join(outer.Err(), outer.Close(), outer.Close()); err != nil {
		t.Fatal(err)
	}
	if want := []int64{11, 12, 13, 22, 23, 33}; !reflect.DeepEqual(pairs, want) {
		t.Errorf("pairs %v, want %v", pairs, want)
	}
	var n int64
	if err := c.QueryRowContext(ctx, q, 3).Scan(&n); err != nil || n != 3 {
		t.Errorf("the kept statement again: %d, %v", n, err)
	}
}

// A cancelled walk stops with the context's error; rows written after the
// connection opened are seen by its next query.
func TestCancelAndNewRows(t *testing.T) {
	path, w := newDB(t, `CREATE TABLE t (x INTEGER)`,
		`WITH RECURSIVE s(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM s WHERE x < 5000) INSERT INTO t SELECT x FROM s`)
	c := open(t, path)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	rows, err := c.QueryContext(ctx, `SELECT x FROM t`)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for rows.Next() {
		if n++; n == 10 {
			cancel()
		}
	}
	if !errors.Is(rows.Err(), context.Canceled) || n >= 5000 {
		t.Errorf("after %d rows: %v, want the walk cancelled", n, rows.Err())
	}
	rows.Close()
	if _, err := w.Exec(`INSERT INTO t VALUES (5001)`); err != nil {
		t.Fatal(err)
	}
	var count int
	if err := c.QueryRowContext(context.Background(), `SELECT count(*) FROM t`).Scan(&count); err != nil || count != 5001 {
		t.Errorf("count %d, %v; want 5001", count, err)
	}
}

// What cannot work says why, in one line, and never writes.
func TestErrors(t *testing.T) {
	path, _ := newDB(t, `CREATE TABLE t (x INTEGER)`, `INSERT INTO t VALUES (1)`)
	c := open(t, path)
	ctx := context.Background()
	scanOne := func(q string, args ...any) error {
		var x int64
		return c.QueryRowContext(ctx, q, args...).Scan(&x)
	}
	cases := []struct {
		name string
		err  error
		want string
	}{
		{"bad SQL", scanOne(`SELEC x FROM t`), "syntax error"},
		{"no table", scanOne(`SELECT x FROM missing`), "no such table"},
		{"arguments", scanOne(`SELECT x FROM t WHERE x = ?`), "0 arguments for 1 parameters"},
		{"a write", scanOne(`INSERT INTO t VALUES (2) RETURNING x`), "readonly"},
		{"no rows", scanOne(`SELECT x FROM t WHERE x = 9`), sql.ErrNoRows.Error()},
		{"no statement", scanOne(` `), "no statement"},
		{"RawBytes of a row", c.QueryRowContext(ctx, `SELECT x FROM t`).Scan(new(sql.RawBytes)), "outlive"},
	}
	for _, tc := range cases {
		if tc.err == nil || !strings.Contains(tc.err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.name, tc.err, tc.want)
		}
	}
	rows, err := c.QueryContext(ctx, `SELECT x, x FROM t`)
	if err != nil {
		t.Fatal(err)
	}
	var x int64
	if err := rows.Scan(&x, &x); err == nil {
		t.Error("Scan before Next read a row")
	}
	rows.Next()
	if err := rows.Scan(&x); err == nil {
		t.Error("one destination for two columns")
	}
	rows.Close()
	if err := rows.Scan(&x, &x); err == nil {
		t.Error("Scan after Close read a row")
	}
	c.Close()
	if _, err := c.QueryContext(ctx, `SELECT 1`); err == nil {
		t.Error("a query ran on a closed connection")
	}
	if err := c.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "no.db")
	if c, err := readconn.Open(missing, 0); err == nil {
		c.Close()
		t.Error("a missing file opened")
	} else if !strings.Contains(err.Error(), missing) {
		t.Errorf("error %q does not name the file", err)
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Error("opening a missing file created it")
	}
	junk := filepath.Join(dir, "junk.db")
	if err := os.WriteFile(junk, []byte(strings.Repeat("not a database ", 400)), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := readconn.Open(junk, 0)
	if err == nil {
		defer c.Close()
		var n int
		err = c.QueryRowContext(context.Background(), `SELECT count(*) FROM sqlite_master`).Scan(&n)
	}
	if err == nil || !strings.Contains(err.Error(), "not a database") {
		t.Errorf("a file that is not a database: %v", err)
	}
}

// TestStringsOutliveRows reads many texts of every length, short ones cut
// from shared blocks and long ones copied alone, and checks each after all
// the others were read: no later row writes over an earlier one's words,
// nor does a []byte destination share a block with them.
func TestStringsOutliveRows(t *testing.T) {
	path, w := newDB(t, `CREATE TABLE t (id INTEGER PRIMARY KEY, s TEXT, b BLOB)`)
	want := make([]string, 3000)
	for i := range want {
		want[i] = strings.Repeat(string(rune('a'+i%26))+"قناة", i%700)
		if _, err := w.Exec(`INSERT INTO t VALUES (?, ?, ?)`, i, want[i], want[i]); err != nil {
			t.Fatal(err)
		}
	}
	c := open(t, path)
	rows, err := c.QueryContext(context.Background(), `SELECT s, b FROM t ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	var blobs [][]byte
	for rows.Next() {
		var s string
		var b []byte
		if err := rows.Scan(&s, &b); err != nil {
			t.Fatal(err)
		}
		for i := range b {
			b[i] = 'x' // a caller may write into its own bytes
		}
		got, blobs = append(got, s), append(blobs, b)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("read %d rows, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("row %d: %d bytes %.20q…, want %d bytes %.20q…", i, len(got[i]), got[i], len(want[i]), want[i])
		}
		if len(blobs[i]) != len(want[i]) {
			t.Fatalf("row %d: blob of %d bytes, want %d", i, len(blobs[i]), len(want[i]))
		}
	}
}
