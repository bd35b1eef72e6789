package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/takedowndesk/takedowndesk/app"
)

// eachBatch is how many whole notices EachNotice holds at once: enough to
// keep the query count low (six queries a batch), few enough that a desk of
// long articles stays within a few megabytes.
const eachBatch = 256

// EachNotice calls fn with each notice whole — body, claims with their tags,
// tags, sources and notes — without holding the desk in memory. With ids nil
// it walks the notices the filter keeps, newest first as Notices lists them;
// otherwise exactly the notices named, in the order given (ids no longer in
// the file are skipped). An error from fn stops the walk and is returned.
func (db *DB) EachNotice(ctx context.Context, f app.Filter, ids []int64, fn func(app.Notice) error) error {
	if ids == nil {
		var err error
		if ids, err = db.noticeIDs(ctx, f); err != nil {
			return err
		}
	}
	for len(ids) > 0 {
		n := min(eachBatch, len(ids))
		batch, err := db.noticeBatch(ctx, ids[:n])
		if err != nil {
			return err
		}
		for _, id := range ids[:n] {
			nt, ok := batch[id]
			if !ok {
				continue
			}
			if err := fn(*nt); err != nil {
				return err
			}
		}
		ids = ids[n:]
	}
	return nil
}

// CountNotices says how many notices the filter keeps, for progress bars.
func (db *DB) CountNotices(ctx context.Context, f app.Filter) (int, error) {
	q, args := `SELECT count(*) FROM notice`, []any{}
	if f.Status != "" {
		q += ` WHERE status = ?`
		args = append(args, string(f.Status))
	}
	var n int
	if err := db.sql.QueryRowContext(ctx, q, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count notices: %w", err)
	}
	if f.Limit > 0 && n > f.Limit {
		n = f.Limit
	}
	return n, nil
}

// EachFigure calls fn with every figure claim that can conflict with a
// claim of another notice: one with a platform, a unit and a month (its
// period or event date), not orphaned. Only the columns the comparison
// reads need to be kept by the caller. They come grouped by platform and
// month (the period, else the event date's month), the only figures that
// can be about the same event, so a caller compares one group at a time.
func (db *DB) EachFigure(ctx context.Context, fn func(app.Claim) error) error {
	rows, err := db.sql.QueryContext(ctx, `SELECT `+claimCols+` FROM claim
		WHERE kind = 'figure' AND platform != '' AND unit != '' AND orphaned = 0
		AND (length(period) = 7 OR event_date IS NOT NULL)
		ORDER BY lower(platform), CASE WHEN length(period) = 7 THEN period ELSE substr(event_date, 1, 7) END, notice_id, start, id`)
	if err != nil {
		return fmt.Errorf("load figures: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		c, err := scanClaim(rows)
		if err != nil {
			return fmt.Errorf("load figures: %w", err)
		}
		if err := fn(c); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("load figures: %w", err)
	}
	return nil
}

func (db *DB) noticeIDs(ctx context.Context, f app.Filter) ([]int64, error) {
	q, args := `SELECT id FROM notice`, []any{}
	if f.Status != "" {
		q += ` WHERE status = ?`
		args = append(args, string(f.Status))
	}
	q += ` ORDER BY COALESCE(published_at, imported_at) DESC, id DESC`
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	rows, err := db.sql.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list notices: %w", err)
	}
	defer rows.Close()
	ids := []int64{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("list notices: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list notices: %w", err)
	}
	return ids, nil
}

// noticeBatch loads the named notices whole, one query per table.
func (db *DB) noticeBatch(ctx context.Context, ids []int64) (map[int64]*app.Notice, error) {
	list, err := json.Marshal(ids)
	if err != nil {
		return nil, err
	}
	in := ` IN (SELECT value FROM json_each(?1))`
	each := func(what, q string, scan func(*sql.Rows) error) error {
		rows, err := db.sql.QueryContext(ctx, q, string(list))
		if err != nil {
			return fmt.Errorf("load %s: %w", what, err)
		}
		defer rows.Close()
		for rows.Next() {
			if err := scan(rows); err != nil {
				return fmt.Errorf("load %s: %w", what, err)
			}
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("load %s: %w", what, err)
		}
		return nil
	}
	out := make(map[int64]*app.Notice, len(ids))
	err = each("notices", `SELECT `+noticeCols+`, body FROM notice WHERE id`+in, func(r *sql.Rows) error {
		n := &app.Notice{}
		if err := scanNotice(r, n, &n.Body); err != nil {
			return err
		}
		out[n.ID] = n
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = each("notice tags", `SELECT x.notice_id, t.id, t.name, t.colour FROM notice_tag x JOIN tag t ON t.id = x.tag_id
		WHERE x.notice_id`+in+` ORDER BY t.name`, func(r *sql.Rows) error {
		var nid int64
		var t app.Tag
		if err := r.Scan(&nid, &t.ID, &t.Name, &t.Colour); err != nil {
			return err
		}
		if n := out[nid]; n != nil {
			n.Tags = append(n.Tags, t)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	claimAt := map[int64][2]int64{} // claim id → notice id, index among its claims
	err = each("claims", `SELECT `+claimCols+` FROM claim WHERE notice_id`+in+` ORDER BY notice_id, start, id`, func(r *sql.Rows) error {
		c, err := scanClaim(r)
		if err != nil {
			return err
		}
		if n := out[c.NoticeID]; n != nil {
			claimAt[c.ID] = [2]int64{c.NoticeID, int64(len(n.Claims))}
			n.Claims = append(n.Claims, c)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = each("claim tags", `SELECT x.claim_id, t.id, t.name, t.colour FROM claim_tag x JOIN tag t ON t.id = x.tag_id
		JOIN claim c ON c.id = x.claim_id WHERE c.notice_id`+in+` ORDER BY t.name`, func(r *sql.Rows) error {
		var cid int64
		var t app.Tag
		if err := r.Scan(&cid, &t.ID, &t.Name, &t.Colour); err != nil {
			return err
		}
		if at, ok := claimAt[cid]; ok {
			c := &out[at[0]].Claims[at[1]]
			c.Tags = append(c.Tags, t)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = each("sources", `SELECT `+sourceLinkCols+` FROM notice_source x JOIN source s ON s.id = x.source_id
		WHERE x.notice_id`+in+` ORDER BY x.role, s.name`, func(r *sql.Rows) error {
		var nid int64
		l, err := scanSourceLink(r, &nid)
		if err != nil {
			return err
		}
		if n := out[nid]; n != nil {
			n.Sources = append(n.Sources, l)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = each("notes", `SELECT `+noteCols+` FROM note WHERE notice_id`+in+` ORDER BY created_at, id`, func(r *sql.Rows) error {
		note, err := scanNote(r)
		if err != nil {
			return err
		}
		if n := out[note.NoticeID]; n != nil {
			n.Notes = append(n.Notes, note)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
