package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/takedowndesk/takedowndesk/app"
)

// claimSources reads the sources of the claims cond selects (on claim_source
// x), by claim.
func claimSources(ctx context.Context, q querier, cond string, args ...any) (map[int64][]app.SourceLink, error) {
	rows, err := q.QueryContext(ctx, `SELECT x.claim_id, s.id, s.name, s.kind, s.url, s.credibility, x.role, s.uid
		FROM claim_source x JOIN source s ON s.id = x.source_id WHERE `+cond+` ORDER BY x.role, s.name`, args...)
	if err != nil {
		return nil, fmt.Errorf("load sources of claims: %w", err)
	}
	defer rows.Close()
	out := map[int64][]app.SourceLink{}
	for rows.Next() {
		var cid int64
		l, err := scanSourceLink(rows, &cid)
		if err != nil {
			return nil, fmt.Errorf("load sources of claims: %w", err)
		}
		out[cid] = append(out[cid], l)
	}
	return out, rows.Err()
}

// loadDetailSources fills the sources of a notice's claims and the tags of
// every source shown with it.
func (db *DB) loadDetailSources(ctx context.Context, n *app.Notice) error {
	links, err := claimSources(ctx, db.sql, `x.claim_id IN (SELECT id FROM claim WHERE notice_id = ?)`, n.ID)
	if err != nil {
		return err
	}
	ids := map[int64]bool{}
	for i := range n.Claims {
		n.Claims[i].Sources = links[n.Claims[i].ID]
		for _, l := range n.Claims[i].Sources {
			ids[l.Source.ID] = true
		}
	}
	for _, l := range n.Sources {
		ids[l.Source.ID] = true
	}
	if len(ids) == 0 {
		return nil
	}
	list := make([]string, 0, len(ids))
	for id := range ids {
		list = append(list, fmt.Sprint(id))
	}
	rows, err := db.sql.QueryContext(ctx, `SELECT x.source_id, t.id, t.name, t.colour FROM source_tag x JOIN tag t ON t.id = x.tag_id
		WHERE x.source_id IN (`+strings.Join(list, ",")+`) ORDER BY t.name`)
	if err != nil {
		return fmt.Errorf("load tags of sources: %w", err)
	}
	defer rows.Close()
	tags := map[int64][]app.Tag{}
	for rows.Next() {
		var sid int64
		var t app.Tag
		if err := rows.Scan(&sid, &t.ID, &t.Name, &t.Colour); err != nil {
			return fmt.Errorf("load tags of sources: %w", err)
		}
		tags[sid] = append(tags[sid], t)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("load tags of sources: %w", err)
	}
	for i := range n.Sources {
		n.Sources[i].Source.Tags = tags[n.Sources[i].Source.ID]
	}
	for i := range n.Claims {
		for k := range n.Claims[i].Sources {
			n.Claims[i].Sources[k].Source.Tags = tags[n.Claims[i].Sources[k].Source.ID]
		}
	}
	return nil
}

// likePattern matches text anywhere in a name, with LIKE's own wildcards
// taken literally.
func likePattern(text string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "%" + r.Replace(strings.TrimSpace(text)) + "%"
}

// FindSources lists sources whose name contains text (any case), best known
// first, for picking an existing source; at most limit.
func (db *DB) FindSources(ctx context.Context, text string, limit int) ([]app.Source, error) {
	stats, _, err := db.SourceStats(ctx, app.SourceQuery{Text: text, Sort: app.SourceByUse, Limit: limit})
	out := make([]app.Source, len(stats))
	for i, s := range stats {
		out[i] = s.Source
	}
	return out, err
}

// SourceStats is one page of the sources view: each outlet with the
// notices and claims it stated, reported or disputed, counted by SQLite
// over the link tables' source indexes (migration 0007), never by loading
// notices; and how many sources match in all.
func (db *DB) SourceStats(ctx context.Context, q app.SourceQuery) ([]app.SourceStat, int, error) {
	if q.Limit <= 0 {
		q.Limit = 100
	}
	cond, args := `1`, []any{}
	if strings.TrimSpace(q.Text) != "" {
		cond, args = `s.name LIKE ? ESCAPE '\'`, append(args, likePattern(q.Text))
	}
	order, pageOrder := `links DESC, s.name, s.id`, `links DESC, name, id`
	switch q.Sort {
	case app.SourceByDisputed:
		order, pageOrder = `disputed DESC, s.name, s.id`, `disputed DESC, name, id`
	case app.SourceByName:
		order, pageOrder = `s.name, s.id`, `name, id`
	}
	var total int
	if err := db.sql.QueryRowContext(ctx, `SELECT count(*) FROM source s WHERE `+cond, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count sources: %w", err)
	}
	// Links are counted by source and role straight off the link indexes
	// (a covering scan, no sort); the notices and claims of a source,
	// which need a distinct count, are read for the page's sources only.
	rows, err := db.sql.QueryContext(ctx, `
		WITH l AS (SELECT source_id, role, count(*) AS k FROM notice_source GROUP BY source_id, role
			UNION ALL SELECT source_id, role, count(*) FROM claim_source GROUP BY source_id, role),
		a AS (SELECT source_id, sum(k) AS links, sum(CASE WHEN role = 'stated_by' THEN k ELSE 0 END) AS stated,
				sum(CASE WHEN role = 'reported_by' THEN k ELSE 0 END) AS reported,
				sum(CASE WHEN role = 'disputed_by' THEN k ELSE 0 END) AS disputed
			FROM l GROUP BY source_id),
		page AS (SELECT s.id, s.name, s.kind, s.url, s.credibility, COALESCE(a.stated, 0) AS stated,
				COALESCE(a.reported, 0) AS reported, COALESCE(a.disputed, 0) AS disputed, COALESCE(a.links, 0) AS links
			FROM source s LEFT JOIN a ON a.source_id = s.id
			WHERE `+cond+` ORDER BY `+order+` LIMIT ? OFFSET ?)
		SELECT id, name, kind, url, credibility,
			(SELECT count(DISTINCT notice_id) FROM notice_source WHERE source_id = page.id),
			(SELECT count(DISTINCT claim_id) FROM claim_source WHERE source_id = page.id),
			stated, reported, disputed
		FROM page ORDER BY `+pageOrder+``, append(args, q.Limit, q.Offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("list sources: %w", err)
	}
	defer rows.Close()
	var out []app.SourceStat
	for rows.Next() {
		var st app.SourceStat
		var kind string
		if err := rows.Scan(&st.Source.ID, &st.Source.Name, &kind, &st.Source.URL, &st.Source.Credibility,
			&st.Notices, &st.Claims, &st.Stated, &st.Reported, &st.Disputed); err != nil {
			return nil, 0, fmt.Errorf("list sources: %w", err)
		}
		st.Source.Kind = app.SourceKind(kind)
		out = append(out, st)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("list sources: %w", err)
	}
	return out, total, db.sourceTags(ctx, out)
}

// sourceTags fills the tags of the sources of one page.
func (db *DB) sourceTags(ctx context.Context, st []app.SourceStat) error {
	if len(st) == 0 {
		return nil
	}
	list := make([]string, len(st))
	at := map[int64]int{}
	for i, s := range st {
		list[i] = fmt.Sprint(s.Source.ID)
		at[s.Source.ID] = i
	}
	rows, err := db.sql.QueryContext(ctx, `SELECT x.source_id, t.id, t.name, t.colour FROM source_tag x JOIN tag t ON t.id = x.tag_id
		WHERE x.source_id IN (`+strings.Join(list, ",")+`) ORDER BY t.name`)
	if err != nil {
		return fmt.Errorf("load tags of sources: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var sid int64
		var t app.Tag
		if err := rows.Scan(&sid, &t.ID, &t.Name, &t.Colour); err != nil {
			return fmt.Errorf("load tags of sources: %w", err)
		}
		st[at[sid]].Source.Tags = append(st[at[sid]].Source.Tags, t)
	}
	return rows.Err()
}

// TagUses lists the whole tag vocabulary by name with its use, counted
// over the link tables' tag indexes.
func (db *DB) TagUses(ctx context.Context) ([]app.TagUse, error) {
	rows, err := db.sql.QueryContext(ctx, `SELECT t.id, t.name, t.colour,
		(SELECT count(*) FROM notice_tag WHERE tag_id = t.id), (SELECT count(*) FROM claim_tag WHERE tag_id = t.id),
		(SELECT count(*) FROM source_tag WHERE tag_id = t.id) FROM tag t ORDER BY t.name`)
	if err != nil {
		return nil, fmt.Errorf("list tags: %w", err)
	}
	defer rows.Close()
	var out []app.TagUse
	for rows.Next() {
		var u app.TagUse
		if err := rows.Scan(&u.Tag.ID, &u.Tag.Name, &u.Tag.Colour, &u.Notices, &u.Claims, &u.Sources); err != nil {
			return nil, fmt.Errorf("list tags: %w", err)
		}
		out = append(out, u)
	}
	return out, rows.Err()
}
