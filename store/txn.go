package store

import (
	"context"
	"database/sql"
)

// txn is what a change's writes need of their transaction: a *sql.Tx, or
// for a batch of changes a *batchTx over one.
type txn interface {
	ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row
	PrepareContext(ctx context.Context, q string) (*sql.Stmt, error)
}

// batchStmts bounds how many statements a batchTx keeps prepared: a batch
// runs a few dozen query texts, and one that builds texts of its own (a
// list of placeholders per size) must not grow the cache without end.
const batchStmts = 256

// batchTx is a transaction that keeps the statements of its Exec and
// QueryRow calls prepared, per query text. A batch of changes runs the same
// few statements for each change, and parsing them again every time was
// a fifth of a bulk edit's transaction (1.5 s of CPU for 10,000 tags).
// Query is not cached: a prepared statement runs once at a time, and a
// caller reading its rows may run the same query again before it closes
// them; a row of QueryRow is read before anything else runs.
type batchTx struct {
	*sql.Tx
	stmts *stmtCache
}

func newBatchTx(tx *sql.Tx) *batchTx {
	return &batchTx{Tx: tx, stmts: &stmtCache{prepare: tx.PrepareContext, limit: batchStmts, stmts: map[string]*sql.Stmt{}}}
}

// stmt returns q prepared, or nil when it is not kept (the cache is full
// or the prepare failed: the plain call then reports its error).
func (b *batchTx) stmt(ctx context.Context, q string) *sql.Stmt {
	st, err := b.stmts.stmt(ctx, q)
	if err != nil {
		return nil
	}
	return st
}

// ExecContext runs q prepared (txn).
func (b *batchTx) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	if st := b.stmt(ctx, q); st != nil {
		return st.ExecContext(ctx, args...)
	}
	return b.Tx.ExecContext(ctx, q, args...)
}

// QueryRowContext runs q prepared (txn).
func (b *batchTx) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	if st := b.stmt(ctx, q); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return b.Tx.QueryRowContext(ctx, q, args...)
}

// close closes the statements kept; the transaction is the caller's.
func (b *batchTx) close() { b.stmts.close() }
