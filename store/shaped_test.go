package store

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"
)

func TestAppendLiteral(t *testing.T) {
	tests := []struct {
		v    any
		how  inline
		want string // "" when the value must be bound
	}{
		{"", bindAlways, ""},
		{nil, bindAlways, ""},
		{"", inlineEmpty, "''"},
		{nil, inlineEmpty, "NULL"},
		{"figure", inlineEmpty, ""},
		{"figure", inlineEnum, "'figure'"},
		{"self_reported", inlineEnum, "'self_reported'"},
		{"Telegram", inlineEnum, ""},
		{"x'); DROP TABLE claim; --", inlineEnum, ""},
		{"o'brien", inlineEnum, ""},
		{"averyveryveryverylongwordindeed", inlineEnum, ""},
		{0, inlineEnum, "0"},
		{1, inlineEnum, "1"},
		{2, inlineEnum, ""},
		{1, inlineEmpty, ""},
		{3.5, inlineEnum, ""},
	}
	for _, tt := range tests {
		got, ok := appendLiteral(nil, tt.v, tt.how)
		if string(got) != tt.want || ok != (tt.want != "") {
			t.Errorf("appendLiteral(%#v, %d) = %q, %v; want %q", tt.v, tt.how, got, ok, tt.want)
		}
	}
}

// TestShapedInsertStoresEveryValue writes rows of more shapes than are
// prepared, hostile text among them, and reads every value back.
func TestShapedInsertStoresEveryValue(t *testing.T) {
	db, err := sql.Open("sqlite", DSN(filepath.Join(t.TempDir(), "t.db")))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`CREATE TABLE t (a TEXT, b TEXT, c INTEGER, d TEXT)`); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	ins := newShapedInsert(tx, "t", []column{{"a", inlineEnum}, {"b", inlineEmpty}, {"c", inlineEnum}, {"d", bindAlways}}, "")
	var want [][4]any
	for i := range 2 * maxShapes {
		a := fmt.Sprintf("w%c%c", 'a'+i%26, 'a'+i/26) // a new enum word, so a new shape, each row
		row := [4]any{a, "", int64(i % 2), "x'); DROP TABLE t; --"}
		if i%3 == 0 {
			row[1] = "O'Brien"
		}
		if _, err := ins.exec(ctx, "a", row[0], "b", row[1], "c", int(row[2].(int64)), "d", row[3]); err != nil {
			t.Fatalf("row %d: %v", i, err)
		}
		want = append(want, row)
	}
	if len(ins.stmts) > maxShapes {
		t.Errorf("%d statements prepared, want at most %d", len(ins.stmts), maxShapes)
	}
	ins.close()
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	rows, err := db.Query(`SELECT a, b, c, d FROM t ORDER BY rowid`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	i := 0
	for ; rows.Next(); i++ {
		var got [4]any
		var a, b, d string
		var c int64
		if err := rows.Scan(&a, &b, &c, &d); err != nil {
			t.Fatal(err)
		}
		got = [4]any{a, b, c, d}
		if got != want[i] {
			t.Errorf("row %d = %v, want %v", i, got, want[i])
		}
	}
	if i != len(want) {
		t.Errorf("%d rows back, want %d", i, len(want))
	}
}

// TestShapedInsertRefusesMisnamedValues: a value given under another
// column's name, or a column left out, is refused before anything is written.
func TestShapedInsertRefusesMisnamedValues(t *testing.T) {
	db, err := sql.Open("sqlite", DSN(filepath.Join(t.TempDir(), "t.db")))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`CREATE TABLE t (a TEXT, b TEXT)`); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback() //nolint:errcheck // test cleanup
	ins := newShapedInsert(tx, "t", []column{{"a", bindAlways}, {"b", bindAlways}}, "")
	defer ins.close()
	for _, pairs := range [][]any{
		{"b", "x", "a", "y"},
		{"a", "x"},
		{"a", "x", "b", "y", "c", "z"},
		{"a", "x", 2, "y"},
	} {
		if _, err := ins.exec(ctx, pairs...); err == nil {
			t.Errorf("exec(%v) stored a row, want an error", pairs)
		}
	}
	if _, err := ins.exec(ctx, "a", "x", "b", "y"); err != nil {
		t.Errorf("exec with the declared columns: %v", err)
	}
}
