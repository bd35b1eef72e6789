package store

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/search"
)

// Search finds notices matching query. Every term must match a word prefix
// in the Arabic-normalised title, body, tags, notes or sources (FTS5, ranked
// by BM25 with titles weighted up); when that finds nothing, titles and
// summaries are matched fuzzily so a typo still finds the notice.
func (db *DB) Search(ctx context.Context, query string, limit int) ([]app.Hit, error) {
	terms := search.Terms(query)
	if len(terms) == 0 {
		return nil, nil
	}
	if limit <= 0 {
		limit = 50
	}
	quoted := make([]string, len(terms))
	for i, t := range terms {
		quoted[i] = `"` + strings.ReplaceAll(t, `"`, `""`) + `"*`
	}
	rows, err := db.sql.QueryContext(ctx, `SELECT rowid, -bm25(notice_fts, 5.0, 1.0, 2.0) FROM notice_fts WHERE notice_fts MATCH ? ORDER BY bm25(notice_fts, 5.0, 1.0, 2.0) LIMIT ?`,
		strings.Join(quoted, " AND "), limit)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	type scored struct {
		id    int64
		score float64
	}
	var ids []scored
	for rows.Next() {
		var s scored
		if err := rows.Scan(&s.id, &s.score); err != nil {
			rows.Close()
			return nil, err
		}
		ids = append(ids, s)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	all, err := db.Notices(ctx, app.Filter{})
	if err != nil {
		return nil, err
	}
	byID := make(map[int64]app.Notice, len(all))
	for _, n := range all {
		byID[n.ID] = n
	}
	var hits []app.Hit
	for _, s := range ids {
		if n, ok := byID[s.id]; ok {
			hits = append(hits, app.Hit{Notice: n, Score: s.score})
		}
	}
	if len(hits) > 0 {
		return hits, nil
	}
	docs := make([]string, len(all))
	for i, n := range all {
		docs[i] = search.Normalize(n.Title + " " + n.Summary + " " + n.Platform)
	}
	for _, m := range search.Fuzzy(query, docs) {
		hits = append(hits, app.Hit{Notice: all[m.Index], Score: float64(m.Score) / 100})
		if len(hits) == limit {
			break
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].Score > hits[j].Score })
	return hits, nil
}
