package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/store/readconn"
)

// stmtCache keeps statements prepared, per query text: the statements of
// a walk of whole notices (a batch's queries carry a thousand
// placeholders, and parsing them again for every batch was a tenth of
// `list --json`), and those of a batch of changes (batchTx).
type stmtCache struct {
	prepare func(ctx context.Context, q string) (*sql.Stmt, error)
	limit   int // most statements kept; 0 for no bound
	mu      sync.Mutex
	stmts   map[string]*sql.Stmt
}

func newStmtCache(db *sql.DB) *stmtCache {
	return &stmtCache{prepare: db.PrepareContext, stmts: map[string]*sql.Stmt{}}
}

// stmt returns q prepared; nil, with no error, when the cache is full.
func (c *stmtCache) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if st, ok := c.stmts[q]; ok {
		return st, nil
	}
	if c.limit > 0 && len(c.stmts) >= c.limit {
		return nil, nil
	}
	st, err := c.prepare(ctx, q)
	if err != nil {
		return nil, err
	}
	c.stmts[q] = st
	return st, nil
}

// QueryContext runs q prepared, as *sql.DB runs it unprepared (querier).
func (c *stmtCache) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	st, err := c.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

func (c *stmtCache) query(ctx context.Context, q string, args ...any) (rowSet, error) {
	return c.QueryContext(ctx, q, args...)
}

// rowSet is a query's rows, from database/sql or from a readconn.Conn.
type rowSet interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close() error
}

// reader runs the queries of a walk of whole notices: through
// database/sql (a stmtCache, dbReader), or on a read connection of the
// walk's own (connReader).
type reader interface {
	query(ctx context.Context, q string, args ...any) (rowSet, error)
	queryRow(ctx context.Context, q string, args ...any) rowScanner
}

// dbReader reads through the pool, unprepared.
type dbReader struct{ db *sql.DB }

func (r dbReader) query(ctx context.Context, q string, args ...any) (rowSet, error) {
	return r.db.QueryContext(ctx, q, args...)
}

func (r dbReader) queryRow(ctx context.Context, q string, args ...any) rowScanner {
	return r.db.QueryRowContext(ctx, q, args...)
}

// connReader reads on one connection of its own, one goroutine at a time.
type connReader struct{ c *readconn.Conn }

func (r connReader) query(ctx context.Context, q string, args ...any) (rowSet, error) {
	return r.c.QueryContext(ctx, q, args...)
}

func (r connReader) queryRow(ctx context.Context, q string, args ...any) rowScanner {
	return r.c.QueryRowContext(ctx, q, args...)
}

// failedRow reads a failed prepare as the row's error.
type failedRow struct{ err error }

func (r failedRow) Scan(...any) error { return r.err }

func (c *stmtCache) queryRow(ctx context.Context, q string, args ...any) rowScanner {
	st, err := c.stmt(ctx, q)
	if err != nil {
		return failedRow{err}
	}
	return st.QueryRowContext(ctx, args...)
}

func (c *stmtCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, st := range c.stmts {
		st.Close()
	}
	clear(c.stmts)
}

// inList is "(?,?,…)" with n placeholders.
func inList(n int) string {
	return `(` + strings.TrimSuffix(strings.Repeat("?,", n), ",") + `)`
}

// otherClaim is what a conflict shows of the claim it disagrees with.
type otherClaim struct {
	value     float64
	unit      string
	qualifier app.Qualifier
	quote     string
	title     string // its notice's title
	column    string // its column, when its notice is a table's row
}

// columnOf is the column a claim's figure is from, when its notice is a
// table's row (its unit text is the column's name there); "" otherwise.
func columnOf(kind app.Kind, unitText string) string {
	if kind != app.KindCSVRow {
		return ""
	}
	return unitText
}

// otherChunk bounds the claims asked for in one query of others, padded
// to a power of two so a walk prepares few statement texts.
const otherChunk = 512

// batchConflicts loads the conflicts of a batch of notices (one, for the
// detail pane) onto their claims: claimAt maps a claim's id to its
// notice's place in ns and its own. The other
// claim of a conflict is most often in the same batch (the same platform
// and period are neighbours in time), so it is taken from there; only the
// others are read, by id. A join for every conflict read each other claim
// and notice row again: a third of `list --json`.
func batchConflicts(ctx context.Context, q reader, in string, list []any, ns []app.Notice, claimAt map[int64][2]int) error {
	rows, err := q.query(ctx, `SELECT kind, claim_id, notice_id, other_claim_id, other_notice_id, platform, period
		FROM conflict WHERE notice_id IN `+in, list...)
	if err != nil {
		return fmt.Errorf("load conflicts: %w", err)
	}
	var ks []app.Conflict
	missing := map[int64]bool{}
	for rows.Next() {
		var k app.Conflict
		var kind string
		if err := rows.Scan(&kind, &k.ClaimID, &k.NoticeID, &k.OtherClaimID, &k.OtherNoticeID, &k.Platform, &k.Period); err != nil {
			rows.Close()
			return fmt.Errorf("load conflicts: %w", err)
		}
		k.Kind = app.ConflictKind(kind)
		if _, ok := claimAt[k.ClaimID]; !ok {
			continue
		}
		if _, ok := claimAt[k.OtherClaimID]; !ok {
			missing[k.OtherClaimID] = true
		}
		ks = append(ks, k)
	}
	if err := rows.Err(); err != nil {
		rows.Close()
		return fmt.Errorf("load conflicts: %w", err)
	}
	rows.Close()
	others, err := otherClaims(ctx, q, missing)
	if err != nil {
		return err
	}
	slices.SortFunc(ks, func(a, b app.Conflict) int {
		return cmp.Or(cmp.Compare(a.ClaimID, b.ClaimID), cmp.Compare(a.OtherNoticeID, b.OtherNoticeID), cmp.Compare(a.OtherClaimID, b.OtherClaimID))
	})
	for _, k := range ks {
		var o otherClaim
		if p, ok := claimAt[k.OtherClaimID]; ok {
			n := &ns[p[0]]
			c := n.Claims[p[1]]
			o = otherClaim{value: c.Value, unit: c.Unit, qualifier: c.Qualifier, quote: c.Quote, title: n.Title,
				column: columnOf(n.Kind, c.UnitText)}
		} else if o, ok = others[k.OtherClaimID]; !ok {
			continue // gone since (the join this replaces dropped it too)
		}
		k.OtherValue, k.OtherUnit, k.OtherQualifier, k.OtherQuote, k.OtherColumn = o.value, o.unit, o.qualifier, o.quote, o.column
		if k.Kind != app.ConflictUnit {
			k.OtherTitle = o.title
		}
		p := claimAt[k.ClaimID]
		c := &ns[p[0]].Claims[p[1]]
		c.Conflicts = append(c.Conflicts, k)
	}
	return nil
}

// otherClaims reads the claims of ids with their notices' titles.
func otherClaims(ctx context.Context, q reader, ids map[int64]bool) (map[int64]otherClaim, error) {
	out := make(map[int64]otherClaim, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	sorted := make([]int64, 0, len(ids))
	for id := range ids {
		sorted = append(sorted, id)
	}
	slices.Sort(sorted)
	for len(sorted) > 0 {
		part := sorted[:min(len(sorted), otherChunk)]
		sorted = sorted[len(part):]
		n := 16
		for n < len(part) {
			n *= 2
		}
		args := make([]any, n)
		for i := range args {
			args[i] = part[min(i, len(part)-1)] // padded with the last id
		}
		rows, err := q.query(ctx, `SELECT c.id, c.value, c.unit, c.qualifier, c.quote, n.title, n.kind, c.unit_text
			FROM claim c JOIN notice n ON n.id = c.notice_id WHERE c.id IN `+inList(n), args...)
		if err != nil {
			return nil, fmt.Errorf("load conflicts: %w", err)
		}
		for rows.Next() {
			var id int64
			var o otherClaim
			var qual, kind, unitText string
			if err := rows.Scan(&id, &o.value, &o.unit, &qual, &o.quote, &o.title, &kind, &unitText); err != nil {
				rows.Close()
				return nil, fmt.Errorf("load conflicts: %w", err)
			}
			o.qualifier = app.Qualifier(qual)
			o.column = columnOf(app.Kind(kind), unitText)
			out[id] = o
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("load conflicts: %w", err)
		}
	}
	return out, nil
}
