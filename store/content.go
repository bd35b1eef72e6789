package store

import (
	"context"
	"fmt"
	"sort"
	"strings"
)

// contentSQL reads every table of a desk with local ids replaced by uids:
// what two desks must agree on, row by row, to hold the same content.
// Left out: local ids, sync bookkeeping (pushed), settings, and the
// search index (derived from the rest).
var contentSQL = map[string]string{
	"notice": `SELECT uid, title, body, url, lang, direction, kind, platform, origin, quote(published_at), imported_at,
		content_hash, status, starred, summary, figure, conflicts FROM notice`,
	"notice_link": `SELECT n.uid, x.url FROM notice_link x JOIN notice n ON n.id = x.notice_id`,
	"claim": `SELECT c.uid, n.uid, c.kind, c.value, c.unit, c.unit_text, c.qualifier, c.rate, c.quote, c.start, c."end",
		c.prefix, c.suffix, c.actor, c.platform, quote(c.event_date), c.period, c.verification, c.origin, c.orphaned,
		c.value_high, c.category FROM claim c JOIN notice n ON n.id = c.notice_id`,
	"source":        `SELECT uid, name, kind, url, credibility FROM source`,
	"notice_source": `SELECT n.uid, s.uid, x.role FROM notice_source x JOIN notice n ON n.id = x.notice_id JOIN source s ON s.id = x.source_id`,
	"claim_source":  `SELECT c.uid, s.uid, x.role FROM claim_source x JOIN claim c ON c.id = x.claim_id JOIN source s ON s.id = x.source_id`,
	"tag":           `SELECT uid, name, colour FROM tag`,
	"notice_tag":    `SELECT n.uid, t.uid FROM notice_tag x JOIN notice n ON n.id = x.notice_id JOIN tag t ON t.id = x.tag_id`,
	"claim_tag":     `SELECT c.uid, t.uid FROM claim_tag x JOIN claim c ON c.id = x.claim_id JOIN tag t ON t.id = x.tag_id`,
	"source_tag":    `SELECT s.uid, t.uid FROM source_tag x JOIN source s ON s.id = x.source_id JOIN tag t ON t.id = x.tag_id`,
	"note": `SELECT o.uid, n.uid, o.body, o.start, o."end", o.created_at, o.updated_at
		FROM note o JOIN notice n ON n.id = o.notice_id`,
	"history": `SELECT h.uid, h.at, h.author, h.entity, h.entity_uid, h.notice_uid, h.field, h.before, h.after, h.undo
		FROM history h`,
	"conflict": `SELECT c.uid, o.uid, k.kind, n.uid, m.uid, k.platform, k.period FROM conflict k
		JOIN claim c ON c.id = k.claim_id JOIN claim o ON o.id = k.other_claim_id
		JOIN notice n ON n.id = k.notice_id JOIN notice m ON m.id = k.other_notice_id`,
}

// Content returns every row of every table of the desk as text, local ids
// replaced by uids, each table's rows sorted: two desks with the same
// content return the same map. For checks and tests; it reads the whole
// desk into memory.
func (db *DB) Content(ctx context.Context) (map[string][]string, error) {
	out := map[string][]string{}
	for table, q := range contentSQL {
		rows, err := db.sql.QueryContext(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", table, err)
		}
		cols, err := rows.Columns()
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("read %s: %w", table, err)
		}
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		list := []string{}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				rows.Close()
				return nil, fmt.Errorf("read %s: %w", table, err)
			}
			parts := make([]string, len(vals))
			for i, v := range vals {
				if b, ok := v.([]byte); ok {
					v = string(b)
				}
				parts[i] = fmt.Sprintf("%s=%v", cols[i], v)
			}
			list = append(list, strings.Join(parts, " | "))
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("read %s: %w", table, err)
		}
		sort.Strings(list)
		out[table] = list
	}
	return out, nil
}
