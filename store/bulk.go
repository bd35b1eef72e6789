package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/takedowndesk/takedowndesk/app"
)

// NoticesFull loads notices whole, like Notice, but with one query per table
// instead of several per notice, for listings and exports of the whole desk.
func (db *DB) NoticesFull(ctx context.Context, f app.Filter) ([]app.Notice, error) {
	ns, err := db.Notices(ctx, f)
	if err != nil {
		return nil, err
	}
	idx := make(map[int64]int, len(ns))
	for i, n := range ns {
		idx[n.ID] = i
	}
	each := func(what, q string, scan func(*sql.Rows) error) error {
		rows, err := db.sql.QueryContext(ctx, q)
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
	err = each("bodies", `SELECT id, body FROM notice`, func(r *sql.Rows) error {
		var id int64
		var body string
		if err := r.Scan(&id, &body); err != nil {
			return err
		}
		if i, ok := idx[id]; ok {
			ns[i].Body = body
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	claimAt := map[int64][2]int{} // claim id → notice index, claim index
	err = each("claims", `SELECT `+claimCols+` FROM claim ORDER BY notice_id, start, id`, func(r *sql.Rows) error {
		c, err := scanClaim(r)
		if err != nil {
			return err
		}
		if i, ok := idx[c.NoticeID]; ok {
			claimAt[c.ID] = [2]int{i, len(ns[i].Claims)}
			ns[i].Claims = append(ns[i].Claims, c)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = each("claim tags", `SELECT x.claim_id, t.id, t.name, t.colour FROM claim_tag x JOIN tag t ON t.id = x.tag_id ORDER BY t.name`, func(r *sql.Rows) error {
		var cid int64
		var t app.Tag
		if err := r.Scan(&cid, &t.ID, &t.Name, &t.Colour); err != nil {
			return err
		}
		if at, ok := claimAt[cid]; ok {
			c := &ns[at[0]].Claims[at[1]]
			c.Tags = append(c.Tags, t)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = each("sources", `SELECT `+sourceLinkCols+`
		FROM notice_source x JOIN source s ON s.id = x.source_id ORDER BY x.role, s.name`, func(r *sql.Rows) error {
		var nid int64
		l, err := scanSourceLink(r, &nid)
		if err != nil {
			return err
		}
		if i, ok := idx[nid]; ok {
			ns[i].Sources = append(ns[i].Sources, l)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = each("notes", `SELECT `+noteCols+` FROM note ORDER BY created_at, id`, func(r *sql.Rows) error {
		n, err := scanNote(r)
		if err != nil {
			return err
		}
		if i, ok := idx[n.NoticeID]; ok {
			ns[i].Notes = append(ns[i].Notes, n)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return ns, nil
}

// FigureClaims returns the figure claims about a platform in the given
// months ("2006-01": the claim's period, or the month of its event date),
// grouped by notice, for comparing a notice's figures with the rest of the
// desk. Only those months can hold the same event, and a channel's export
// can bring hundreds of thousands of figures about its platform.
func (db *DB) FigureClaims(ctx context.Context, platform string, months []string) (map[int64][]app.Claim, error) {
	out := map[int64][]app.Claim{}
	if len(months) == 0 {
		return out, nil
	}
	list, err := json.Marshal(months)
	if err != nil {
		return nil, err
	}
	rows, err := db.sql.QueryContext(ctx, `SELECT `+claimCols+` FROM claim
		WHERE kind = 'figure' AND platform = ?1 AND orphaned = 0
		AND (period IN (SELECT value FROM json_each(?2)) OR substr(event_date, 1, 7) IN (SELECT value FROM json_each(?2)))
		ORDER BY notice_id, start, id`, platform, string(list))
	if err != nil {
		return nil, fmt.Errorf("load claims about %s: %w", platform, err)
	}
	defer rows.Close()
	for rows.Next() {
		c, err := scanClaim(rows)
		if err != nil {
			return nil, fmt.Errorf("load claims about %s: %w", platform, err)
		}
		out[c.NoticeID] = append(out[c.NoticeID], c)
	}
	return out, rows.Err()
}
