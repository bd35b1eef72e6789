package store

import (
	"context"
	"database/sql"
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
	rows, err := db.sql.QueryContext(ctx, `SELECT `+prefixed("n.", noticeCols)+`, -bm25(notice_fts, 5.0, 1.0, 2.0)
		FROM notice_fts JOIN notice n ON n.id = notice_fts.rowid
		WHERE notice_fts MATCH ? ORDER BY bm25(notice_fts, 5.0, 1.0, 2.0) LIMIT ?`,
		strings.Join(quoted, " AND "), limit)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	var hits []app.Hit
	for rows.Next() {
		var h app.Hit
		if err := scanNotice(rows, &h.Notice, &h.Score); err != nil {
			rows.Close()
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		hits = append(hits, h)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	if len(hits) > 0 {
		return hits, db.addTags(ctx, hits)
	}
	all, err := db.Notices(ctx, app.Filter{})
	if err != nil {
		return nil, err
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

// searchRebuildKey is the setting a migration leaves when the search index
// must be rebuilt from the notices, which only Go code can do (the
// normaliser is app/search).
const searchRebuildKey = "search.rebuild"

// rebuildSearchIfAsked rebuilds the search index, in one transaction, when
// a migration asked for it.
func (db *DB) rebuildSearchIfAsked(ctx context.Context) error {
	if v, err := db.Setting(ctx, searchRebuildKey); err != nil || v == "" {
		return err
	}
	return db.inTx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT id FROM notice`)
		if err != nil {
			return fmt.Errorf("rebuild search index: %w", err)
		}
		var ids []int64
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return fmt.Errorf("rebuild search index: %w", err)
			}
			ids = append(ids, id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("rebuild search index: %w", err)
		}
		for _, id := range ids {
			if err := reindex(ctx, tx, id); err != nil {
				return fmt.Errorf("rebuild search index: %w", err)
			}
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM setting WHERE key = ?`, searchRebuildKey)
		return err
	})
}

// addTags loads the tags of the notices in hits.
func (db *DB) addTags(ctx context.Context, hits []app.Hit) error {
	for i := range hits {
		tags, err := tagsOf(ctx, db.sql, noticeTagsSQL, hits[i].Notice.ID)
		if err != nil {
			return err
		}
		hits[i].Notice.Tags = tags
	}
	return nil
}

// prefixed qualifies each column of a comma-separated list with a table alias.
func prefixed(alias, cols string) string {
	parts := strings.Split(cols, ",")
	for i, p := range parts {
		parts[i] = alias + strings.TrimSpace(p)
	}
	return strings.Join(parts, ", ")
}
