package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// inline says which values of a column a shapedInsert may write into the
// statement instead of binding.
type inline uint8

const (
	bindAlways  inline = iota // every value is bound
	inlineEmpty               // '' and NULL are written in
	inlineEnum                // also 0, 1 and short lower-case words (kinds, statuses)
)

// column is one column of a shapedInsert.
type column struct {
	name string
	how  inline
}

// maxShapes bounds the statements one shapedInsert prepares; rows of any
// further shape use the statement that binds everything.
const maxShapes = 64

// shapedInsert is an INSERT whose constant-like arguments (an empty text, a
// NULL, an enum word such as 'figure' or 'unreviewed') are written into the
// statement text rather than bound. The driver copies each bound text into C
// memory and looks up each parameter by name, which made binding the
// largest part of a claim's insert; most of a claim's nineteen columns hold
// one of a few such values. Each distinct shape is prepared once, in the
// transaction. Literals are only ever ”, NULL, 0, 1 or [a-z_] words, so no
// value can change the statement's meaning.
type shapedInsert struct {
	tx    *sql.Tx
	head  string // "INSERT INTO t (cols) VALUES ("
	tail  string // ")" and any conflict clause
	names []string
	cols  []inline
	stmts map[string]*sql.Stmt
	all   string // the shape that binds every column
	shape []byte // scratch, reused per row
	bound []any  // scratch, reused per row
	args  []any  // scratch, reused per row
}

func newShapedInsert(tx *sql.Tx, table string, cols []column, tail string) *shapedInsert {
	names := make([]string, len(cols))
	how := make([]inline, len(cols))
	for i, c := range cols {
		names[i], how[i] = c.name, c.how
	}
	return &shapedInsert{
		tx:    tx,
		head:  "INSERT INTO " + table + " (" + strings.Join(names, ", ") + ") VALUES (",
		tail:  ")" + tail,
		names: names,
		cols:  how,
		stmts: map[string]*sql.Stmt{},
		all:   strings.TrimSuffix(strings.Repeat("?,", len(cols)), ","),
	}
}

// exec inserts one row. pairs names each column with its value, in the
// statement's column order: a value given under the wrong column, or a
// column left out, is an error rather than a silent swap of two texts.
func (s *shapedInsert) exec(ctx context.Context, pairs ...any) (sql.Result, error) {
	if len(pairs) != 2*len(s.cols) {
		return nil, fmt.Errorf("insert: %d names and values for %d columns", len(pairs), len(s.cols))
	}
	s.shape, s.bound, s.args = s.shape[:0], s.bound[:0], s.args[:0]
	for i := range s.cols {
		if name, _ := pairs[2*i].(string); name != s.names[i] {
			return nil, fmt.Errorf("insert: value %d is for column %q, want %q", i+1, pairs[2*i], s.names[i])
		}
		s.args = append(s.args, pairs[2*i+1])
	}
	for i, a := range s.args {
		if i > 0 {
			s.shape = append(s.shape, ',')
		}
		var ok bool
		if s.shape, ok = appendLiteral(s.shape, a, s.cols[i]); ok {
			continue
		}
		s.shape = append(s.shape, '?')
		s.bound = append(s.bound, a)
	}
	st := s.stmts[string(s.shape)]
	if st == nil {
		var err error
		if st, err = s.prepare(ctx); err != nil {
			return nil, err
		}
		if st == nil { // too many shapes: bind everything
			return s.stmts[s.all].ExecContext(ctx, s.args...)
		}
	}
	return st.ExecContext(ctx, s.bound...)
}

// prepare prepares the current shape, or returns nil when maxShapes are
// prepared already (after making sure the bind-everything shape is one).
func (s *shapedInsert) prepare(ctx context.Context) (*sql.Stmt, error) {
	if s.stmts[s.all] == nil {
		st, err := s.tx.PrepareContext(ctx, s.head+s.all+s.tail)
		if err != nil {
			return nil, fmt.Errorf("prepare insert: %w", err)
		}
		s.stmts[s.all] = st
	}
	if len(s.stmts) >= maxShapes {
		return nil, nil
	}
	st, err := s.tx.PrepareContext(ctx, s.head+string(s.shape)+s.tail)
	if err != nil {
		return nil, fmt.Errorf("prepare insert: %w", err)
	}
	s.stmts[string(s.shape)] = st
	return st, nil
}

func (s *shapedInsert) close() {
	for _, st := range s.stmts {
		st.Close()
	}
}

// appendLiteral appends v written as SQL when the column allows it.
func appendLiteral(dst []byte, v any, how inline) ([]byte, bool) {
	if how == bindAlways {
		return dst, false
	}
	switch v := v.(type) {
	case nil:
		return append(dst, "NULL"...), true
	case string:
		switch {
		case v == "":
			return append(dst, "''"...), true
		case how == inlineEnum && isEnumWord(v):
			dst = append(dst, '\'')
			dst = append(dst, v...)
			return append(dst, '\''), true
		}
	case int:
		if how == inlineEnum && (v == 0 || v == 1) {
			return append(dst, byte('0'+v)), true
		}
	case float64:
		if how == inlineEnum && v == 0 {
			return append(dst, '0'), true
		}
	}
	return dst, false
}

// isEnumWord reports whether s is a short word of a-z and '_', as the app's
// enum values are; nothing else is written into a statement.
func isEnumWord(s string) bool {
	if len(s) > 24 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c == '_') {
			return false
		}
	}
	return true
}
