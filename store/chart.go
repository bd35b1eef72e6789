package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/takedowndesk/takedowndesk/app/chart"
)

// MaxChartFigures bounds what one chart reads: a few million figures is
// more than any desk charts at once, and the rest would only cost memory.
const MaxChartFigures = 5_000_000

// chartSQL reads what a chart point needs and nothing else: no body, no
// prefix or suffix, no tags, no source (ChartSources fetches those for the
// few figures a chart shows). The notice row, large with its body, is read
// only for a figure with neither a day nor a month.
const chartSQL = `SELECT c.id, c.notice_id, c.value, c.unit, c.qualifier, c.rate, c.platform,
	c.event_date, c.period, ` + chartPublished + `, c.quote
FROM claim c
WHERE c.kind = 'figure' AND c.orphaned = 0 AND c.unit <> ''`

const chartPublished = `CASE WHEN c.event_date IS NULL AND length(c.period) <> 7
	THEN (SELECT published_at FROM notice WHERE id = c.notice_id) END`

// ChartFigures returns the figure claims a chart of f draws, at most limit
// of them (0 or more than MaxChartFigures: MaxChartFigures); more is true
// when some were left out. A platform is matched without regard to case
// and served by the claim (platform, unit, period) index. With a unit, the
// other figures of the same notices come too, because a figure conflicts
// with the same value given in another unit of its notice; chart.Build
// drops them again. The date range is a coarse pre-filter on the claim's
// day, its month, or its notice's publication, as chart.Build dates it.
func (db *DB) ChartFigures(ctx context.Context, f chart.Filter, limit int) (figs []chart.Figure, more bool, err error) {
	if limit <= 0 || limit > MaxChartFigures {
		limit = MaxChartFigures
	}
	q, args := chartQuery(f, limit)
	// on a connection of its own: a million rows through the pool's driver
	// took its lock for every column
	r, done := db.ownReader()
	defer done()
	rows, err := r.query(ctx, q, args...)
	if err != nil {
		return nil, false, fmt.Errorf("load chart figures: %w", err)
	}
	defer rows.Close()
	// units, platforms, qualifiers, rates, periods and sources repeat on
	// every row: one string each instead of one per row
	intern := map[string]string{}
	str := func(b sql.RawBytes) string {
		if s, ok := intern[string(b)]; ok {
			return s
		}
		s := string(b)
		intern[s] = s
		return s
	}
	var unit, qual, rate, platform, ev, period, pub sql.RawBytes
	for rows.Next() {
		var fg chart.Figure
		if err := rows.Scan(&fg.ClaimID, &fg.NoticeID, &fg.Value, &unit, &qual, &rate, &platform,
			&ev, &period, &pub, &fg.Quote); err != nil {
			return nil, false, fmt.Errorf("load chart figures: %w", err)
		}
		if len(figs) == limit {
			more = true
			break
		}
		fg.Unit, fg.Qualifier, fg.Rate, fg.Platform = str(unit), str(qual), str(rate), str(platform)
		fg.Period = str(period)
		if len(ev) > 0 {
			fg.EventDate, _ = time.Parse("2006-01-02", string(ev))
		}
		if len(pub) > 0 {
			fg.Published, _ = time.Parse(time.RFC3339, string(pub))
		}
		figs = append(figs, fg)
	}
	if err := rows.Err(); err != nil {
		return nil, false, fmt.Errorf("load chart figures: %w", err)
	}
	return figs, more, nil
}

// ChartSources names the source of each of the given notices: its first
// stated_by source, else its first reported_by, else any; notices without
// a source are left out. A chart asks only for the notices its points show.
func (db *DB) ChartSources(ctx context.Context, noticeIDs []int64) (map[int64]string, error) {
	out := make(map[int64]string, len(noticeIDs))
	if len(noticeIDs) == 0 {
		return out, nil
	}
	list, err := json.Marshal(noticeIDs)
	if err != nil {
		return nil, err
	}
	rows, err := db.sql.QueryContext(ctx, `SELECT x.notice_id, s.name FROM notice_source x JOIN source s ON s.id = x.source_id
		WHERE x.notice_id IN (SELECT value FROM json_each(?))
		ORDER BY x.notice_id, x.role <> 'stated_by', x.role <> 'reported_by', s.name`, string(list))
	if err != nil {
		return nil, fmt.Errorf("load chart sources: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			return nil, fmt.Errorf("load chart sources: %w", err)
		}
		if _, ok := out[id]; !ok {
			out[id] = name
		}
	}
	return out, rows.Err()
}

// chartQuery builds the chart query for f; limit+1 rows tell ChartFigures
// whether there were more.
func chartQuery(f chart.Filter, limit int) (string, []any) {
	q := chartSQL
	var args []any
	if f.Notices != nil {
		ids, _ := json.Marshal(f.Notices) // []int64 always marshals
		q += ` AND c.notice_id IN (SELECT value FROM json_each(?))`
		args = append(args, string(ids))
	}
	if f.Platform != "" {
		// the spellings stored, from the index, so the outer query can use it
		q += ` AND c.platform IN (SELECT DISTINCT platform FROM claim WHERE platform = ? COLLATE NOCASE)`
		args = append(args, f.Platform)
	}
	if f.Unit != "" {
		q += ` AND (c.unit = ? OR EXISTS (SELECT 1 FROM claim o WHERE o.notice_id = c.notice_id
			AND o.kind = 'figure' AND o.unit = ? AND o.orphaned = 0))`
		args = append(args, f.Unit, f.Unit)
	}
	const when = `substr(COALESCE(c.event_date, CASE WHEN length(c.period) = 7 THEN c.period || '-01' END, ` + chartPublished + `), 1, 10)`
	if !f.From.IsZero() {
		q += ` AND ` + when + ` >= ?`
		args = append(args, f.From.UTC().Format("2006-01-02"))
	}
	if !f.To.IsZero() {
		q += ` AND ` + when + ` <= ?`
		args = append(args, f.To.UTC().Format("2006-01-02"))
	}
	return q + fmt.Sprintf(` LIMIT %d`, limit+1), args
}

// chartPlan is the query plan of a chart query, for the test that keeps
// it on its index.
func (db *DB) chartPlan(ctx context.Context, f chart.Filter) (string, error) {
	q, args := chartQuery(f, 1)
	rows, err := db.sql.QueryContext(ctx, "EXPLAIN QUERY PLAN "+q, args...)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			return "", err
		}
		b.WriteString(detail + "\n")
	}
	return b.String(), rows.Err()
}
