package store

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/store/readconn"
)

// streamBatch is how many whole notices EachNotice holds at a time.
const streamBatch = 1000

// EachNotice calls fn with every notice the query lists, whole (body,
// claims with their tags and conflicts, sources, tags, notes), in the
// query's order. Notices are loaded a batch at a time, so memory holds one
// batch and the ids of the list, whatever the size of the desk. fn's error
// stops the walk and is returned.
func (db *DB) EachNotice(ctx context.Context, q app.Query, fn func(app.Notice) error) error {
	ids, err := db.IDs(ctx, q)
	if err != nil {
		return err
	}
	return db.EachOf(ctx, ids, fn)
}

// EachOf is EachNotice over the notices with the given ids, in that order
// (a selection); ids no longer stored are skipped.
func (db *DB) EachOf(ctx context.Context, ids []int64, fn func(app.Notice) error) error {
	keep := func(ns []app.Notice) ([]app.Notice, error) { return ns, nil }
	return EachBatch(ctx, db, ids, keep, func(ns []app.Notice) error {
		for _, n := range ns {
			if err := fn(n); err != nil {
				return err
			}
		}
		return nil
	})
}

// EachBatch reads the notices of ids a batch at a time and gives each
// batch to prepare on the goroutine that read it; fn then takes what
// prepare made, batch by batch in the order of ids, on the caller's
// goroutine. Two batches are read at once, on two read connections of the
// walk's own (readconn: without the driver's lock around every column
// read, which was half of reading a claim), while fn takes the one before:
// reading is most of the work, and a caller's own work per notice
// (encoding it, for `list --json`) done in prepare runs on both cores
// beside it instead of on one after it. Memory holds up to five batches; the
// pool stays free for the window's own queries.
func EachBatch[T any](ctx context.Context, db *DB, ids []int64, prepare func([]app.Notice) (T, error), fn func(T) error) error {
	type batch struct {
		v   T
		err error
	}
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	pool, closeReaders := db.walkReaders(len(ids))
	defer func() {
		cancel()
		wg.Wait() // no read is running when the connections close
		closeReaders()
	}()
	// each batch has its own one-slot channel, queued in order
	order := make(chan chan batch, queuedAhead)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(order)
		for len(ids) > 0 {
			part := ids[:min(len(ids), streamBatch)]
			ids = ids[len(part):]
			done := make(chan batch, 1)
			select {
			case order <- done:
			case <-ctx.Done():
				return
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				var b batch
				r := <-pool
				ns, err := db.noticesByID(ctx, part, r)
				pool <- r
				if b.err = err; err == nil {
					b.v, b.err = prepare(ns)
				}
				done <- b
			}()
		}
	}()
	for done := range order {
		b := <-done
		if b.err != nil {
			return b.err
		}
		if err := fn(b.v); err != nil {
			return err
		}
	}
	return ctx.Err()
}

// readConn opens a read connection of the caller's own on the desk's file.
func (db *DB) readConn() (*readconn.Conn, error) {
	if db.immutable {
		// SQLite reads a WAL file it cannot write beside only as immutable,
		// which needs a URI; the pool has one
		return nil, fmt.Errorf("read %s: opened immutable", db.path)
	}
	return readconn.Open(db.path, int(BusyTimeout/time.Millisecond))
}

// ownReader is a read connection of the caller's own for one long query
// (a chart of the whole desk), or the pool when the file cannot be opened
// so; done closes it.
func (db *DB) ownReader() (r reader, done func()) {
	c, err := db.readConn()
	if err != nil {
		return dbReader{db.sql}, func() {}
	}
	return connReader{c}, func() { c.Close() }
}

// queuedAhead is how many batches may wait, read or being read, behind
// the one the caller is taking: more than the readers, so a reader that
// finished its batch begins the next while a slower one before it is
// still being read (with one, a core sat idle at every slow batch).
const queuedAhead = readersAtOnce + 1

// readersAtOnce is how many batches a walk reads at once.
const readersAtOnce = 2

// walkReaders returns the readers of a walk of n notices, as a pool to
// take one from and give it back: two read connections of its own for a
// walk of more than one batch, statements prepared on the pool otherwise
// (a connection's open and cold cache cost more than one batch saves) or
// when the file cannot be opened so (one opened immutable, in a folder it
// cannot write). close closes them.
func (db *DB) walkReaders(n int) (pool chan reader, close func()) {
	pool = make(chan reader, readersAtOnce)
	if n > streamBatch { // readConn refuses a desk opened immutable
		var conns []*readconn.Conn
		for range readersAtOnce {
			c, err := db.readConn()
			if err != nil {
				break
			}
			conns = append(conns, c)
		}
		if len(conns) == readersAtOnce {
			for _, c := range conns {
				pool <- connReader{c}
			}
			return pool, func() {
				for _, c := range conns {
					c.Close()
				}
			}
		}
		for _, c := range conns {
			c.Close()
		}
	}
	stmts := newStmtCache(db.sql)
	for range readersAtOnce {
		pool <- stmts
	}
	return pool, stmts.close
}

// IDs returns the ids of every notice the query lists, in its order.
func (db *DB) IDs(ctx context.Context, q app.Query) ([]int64, error) {
	cond, args := where(q)
	var query string
	if expr := db.searchExpr(ctx, q.Text, q.Order() == app.SortBest); expr != "" {
		order := `f.rowid DESC`
		switch q.Order() {
		case app.SortBest:
			order = bm25
		case app.SortFigure:
			order = `n.figure DESC, n.id DESC`
		case app.SortStatus:
			order = `CASE n.status` + statusRank() + ` END, f.rowid DESC`
		}
		query = `SELECT n.id FROM notice_fts f JOIN notice n ON n.id = f.rowid WHERE notice_fts MATCH ? AND ` + cond + ` ORDER BY ` + order
		args = append([]any{expr}, args...)
	} else {
		order := orderBy(q.Order())
		if q.Order() == app.SortStatus {
			order = `CASE n.status` + statusRank() + ` END, ` + order
		}
		query = `SELECT n.id FROM notice n WHERE ` + cond + ` ORDER BY ` + order
	}
	ids, err := queryIDs(ctx, db.sql, query, args...)
	if err != nil {
		return nil, fmt.Errorf("list notices: %w", err)
	}
	return ids, nil
}

// NoticesByID loads the notices with the given ids whole, in that order,
// with one query per table for the batch.
func (db *DB) NoticesByID(ctx context.Context, ids []int64) ([]app.Notice, error) {
	stmts := newStmtCache(db.sql)
	defer stmts.close()
	return db.noticesByID(ctx, ids, stmts)
}

func (db *DB) noticesByID(ctx context.Context, ids []int64, stmts reader) ([]app.Notice, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	list := make([]any, len(ids))
	for i, id := range ids {
		list[i] = id
	}
	in := inList(len(ids))
	at := make(map[int64]int, len(ids))
	ns := make([]app.Notice, 0, len(ids))
	each := func(what, q string, scan func(rowSet) error) error {
		rows, err := stmts.query(ctx, q, list...)
		if err != nil {
			return fmt.Errorf("load %s: %w", what, err)
		}
		defer rows.Close()
		for rows.Next() {
			if err := scan(rows); err != nil {
				return fmt.Errorf("load %s: %w", what, err)
			}
		}
		return rows.Err()
	}
	byID := make(map[int64]app.Notice, len(ids))
	nr := new(noticeRow).withBody()
	err := each("notices", `SELECT `+noticeCols+`, body FROM notice WHERE id IN `+in, func(r rowSet) error {
		if err := nr.scan(r); err != nil {
			return err
		}
		byID[nr.n.ID] = nr.n
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		if n, ok := byID[id]; ok {
			at[id] = len(ns)
			ns = append(ns, n)
		}
	}
	claimAt := map[int64][2]int{}
	// In the order of the claim_notice index (notice, then id): no sort of
	// the batch's claims; each notice's few are put in text order below.
	var cr claimRow
	err = each("claims", `SELECT `+claimCols+` FROM claim WHERE notice_id IN `+in+` ORDER BY notice_id, id`, func(r rowSet) error {
		c, err := cr.scan(r)
		if err != nil {
			return err
		}
		if i, ok := at[c.NoticeID]; ok {
			claimAt[c.ID] = [2]int{i, len(ns[i].Claims)}
			ns[i].Claims = append(ns[i].Claims, c)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for i := range ns {
		cs := ns[i].Claims
		if !slices.IsSortedFunc(cs, byStart) {
			slices.SortStableFunc(cs, byStart)
			for k, c := range cs {
				claimAt[c.ID] = [2]int{i, k}
			}
		}
	}
	// claim tags are found through the claims of the batch (a walk of the
	// claim index per batch, a tenth of the reading), so not looked for at
	// all in a desk that has none
	var claimTagged bool
	if err := stmts.queryRow(ctx, `SELECT EXISTS (SELECT 1 FROM claim_tag)`).Scan(&claimTagged); err != nil {
		return nil, fmt.Errorf("load claim tags: %w", err)
	}
	if claimTagged {
		err = each("claim tags", `SELECT x.claim_id, t.id, t.name, t.colour FROM claim_tag x JOIN tag t ON t.id = x.tag_id
			JOIN claim c ON c.id = x.claim_id WHERE c.notice_id IN `+in+` ORDER BY t.name`, func(r rowSet) error {
			var cid int64
			var t app.Tag
			if err := r.Scan(&cid, &t.ID, &t.Name, &t.Colour); err != nil {
				return err
			}
			if p, ok := claimAt[cid]; ok {
				c := &ns[p[0]].Claims[p[1]]
				c.Tags = append(c.Tags, t)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}

	}
	if err := batchConflicts(ctx, stmts, in, list, ns, claimAt); err != nil {
		return nil, err
	}
	err = each("tags", `SELECT x.notice_id, t.id, t.name, t.colour FROM notice_tag x JOIN tag t ON t.id = x.tag_id
		WHERE x.notice_id IN `+in+` ORDER BY t.name`, func(r rowSet) error {
		var nid int64
		var t app.Tag
		if err := r.Scan(&nid, &t.ID, &t.Name, &t.Colour); err != nil {
			return err
		}
		ns[at[nid]].Tags = append(ns[at[nid]].Tags, t)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = each("sources", `SELECT `+sourceLinkCols+` FROM notice_source x JOIN source s ON s.id = x.source_id
		WHERE x.notice_id IN `+in, func(r rowSet) error {
		var nid int64
		l, err := scanSourceLink(r, &nid)
		if err != nil {
			return err
		}
		ns[at[nid]].Sources = append(ns[at[nid]].Sources, l)
		return nil
	})
	if err != nil {
		return nil, err
	}
	// in role then name order, sorted here: ORDER BY sorted the batch's
	// rows in a temporary tree, a tenth of the walk
	for i := range ns {
		slices.SortStableFunc(ns[i].Sources, func(a, b app.SourceLink) int {
			return cmp.Or(cmp.Compare(a.Role, b.Role), cmp.Compare(a.Source.Name, b.Source.Name))
		})
	}
	err = each("links", `SELECT notice_id, url FROM notice_link WHERE notice_id IN `+in+` ORDER BY notice_id, url`, func(r rowSet) error {
		var nid int64
		var u string
		if err := r.Scan(&nid, &u); err != nil {
			return err
		}
		ns[at[nid]].Links = append(ns[at[nid]].Links, u)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = each("notes", `SELECT `+noteCols+` FROM note WHERE notice_id IN `+in+` ORDER BY created_at, id`, func(r rowSet) error {
		n, err := scanNote(r)
		if err != nil {
			return err
		}
		ns[at[n.NoticeID]].Notes = append(ns[at[n.NoticeID]].Notes, n)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return ns, nil
}

func byStart(a, b app.Claim) int {
	if a.Start != b.Start {
		return a.Start - b.Start
	}
	return int(a.ID - b.ID)
}
