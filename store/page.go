package store

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/search"
)

// sortDate is the list's date, spelt exactly as the indexes of migration
// 0004 are, so that the planner uses them.
const sortDate = `COALESCE(n.published_at, n.imported_at)`

// rowCols are what a list row shows (app.Row), read by scanRow.
const rowCols = `n.id, n.title, n.summary, n.platform, n.lang, n.direction, n.kind, ` + sortDate + `, n.status, n.starred, n.conflicts`

func scanRow(r rowScanner, row *app.Row, extra ...any) error {
	var dir, kind, status string
	var date sql.NullString
	var starred int
	dest := append([]any{&row.ID, &row.Title, &row.Summary, &row.Platform, &row.Lang, &dir, &kind, &date, &status, &starred, &row.Conflicts}, extra...)
	if err := r.Scan(dest...); err != nil {
		return err
	}
	row.Direction, row.Kind, row.Status, row.Starred = app.Direction(dir), app.Kind(kind), app.Status(status), starred != 0
	row.Date = parseTime(date)
	return nil
}

// where is the SQL condition on notice n of the query's filters (not its
// text), with its arguments; skip leaves out one facet, for its counts.
func where(q app.Query) (string, []any) {
	var conds []string
	var args []any
	in := func(col string, vals []string) {
		switch len(vals) {
		case 0:
			return
		case 1:
			conds = append(conds, col+` = ?`) // its index serves the list's order
		default:
			// Several values are most of the desk: walk the date index and
			// keep the rows that have one of them, instead of gathering
			// every such row from the column's index and sorting them all.
			conds = append(conds, `+`+col+` IN (`+strings.TrimSuffix(strings.Repeat("?,", len(vals)), ",")+`)`)
		}
		for _, v := range vals {
			args = append(args, v)
		}
	}
	statuses := make([]string, len(q.Statuses))
	for i, s := range q.Statuses {
		statuses[i] = string(s)
	}
	in("n.status", statuses)
	in("n.platform", q.Platforms)
	in("n.lang", q.Langs)
	if len(q.Tags) > 0 {
		conds = append(conds, `n.id IN (SELECT x.notice_id FROM notice_tag x JOIN tag t ON t.id = x.tag_id WHERE t.name IN (`+
			strings.TrimSuffix(strings.Repeat("?,", len(q.Tags)), ",")+`))`)
		for _, t := range q.Tags {
			args = append(args, t)
		}
	}
	if q.Starred {
		conds = append(conds, `n.starred = 1`)
	}
	if q.Conflict {
		conds = append(conds, `n.conflicts > 0`)
	}
	// Dates are RFC 3339 text, so a day compares as a string prefix.
	if !q.From.IsZero() {
		conds = append(conds, sortDate+` >= ?`)
		args = append(args, q.From.Format("2006-01-02"))
	}
	if !q.To.IsZero() {
		conds = append(conds, sortDate+` < ?`)
		args = append(args, q.To.AddDate(0, 0, 1).Format("2006-01-02"))
	}
	if len(conds) == 0 {
		return "1", nil
	}
	return strings.Join(conds, " AND "), args
}

// orderBy is the ORDER BY of a sort over notice n.
func orderBy(s app.Sort) string {
	switch s {
	case app.SortFigure:
		return `n.figure DESC, n.id DESC`
	}
	return sortDate + ` DESC, n.id DESC`
}

// Page returns the rows offset to offset+limit of the notice list the
// query asks for, with their tags. Without a text it is one indexed query;
// with one, see search.
func (db *DB) Page(ctx context.Context, q app.Query, offset, limit int) ([]app.Row, error) {
	if limit <= 0 {
		return nil, nil
	}
	var rows []app.Row
	var err error
	switch {
	case strings.TrimSpace(q.Text) != "":
		rows, err = db.searchPage(ctx, q, offset, limit)
	case q.Order() == app.SortStatus:
		rows, err = db.statusPage(ctx, q, offset, limit)
	default:
		rows, err = db.plainPage(ctx, q, q.Order(), offset, limit)
	}
	if err != nil {
		return nil, err
	}
	return rows, db.rowTags(ctx, rows)
}

func (db *DB) plainPage(ctx context.Context, q app.Query, s app.Sort, offset, limit int) ([]app.Row, error) {
	if s == app.SortDate {
		if split := splitFacet(q); len(split) > 1 {
			return db.mergedPage(ctx, split, offset, limit)
		}
	}
	query, args := plainQuery(q, s)
	return db.queryRows(ctx, query+` LIMIT ? OFFSET ?`, append(args, limit, offset)...)
}

// plainQuery is the list's query for q sorted by s, without a text.
// Starred notices newest first are read from their own index: the
// planner, counting on the starred being as common as any language, took
// the language's index and walked a quarter of the desk to find the few a
// reporter had starred in French (14 ms of a 16 ms filter change).
func plainQuery(q app.Query, s app.Sort) (string, []any) {
	cond, args := where(q)
	from := `notice n`
	if q.Starred && s == app.SortDate {
		from = `notice n INDEXED BY notice_starred`
	}
	return `SELECT ` + rowCols + ` FROM ` + from + ` WHERE ` + cond + ` ORDER BY ` + orderBy(s), args
}

// splitFacet turns a query with several values of one facet (two
// statuses, three languages) into one query per value, each served by its
// column's index in the list's order; nil when no facet has several.
func splitFacet(q app.Query) []app.Query {
	var out []app.Query
	switch {
	case len(q.Statuses) > 1:
		for _, v := range q.Statuses {
			one := q
			one.Statuses = []app.Status{v}
			out = append(out, one)
		}
	case len(q.Platforms) > 1:
		for _, v := range q.Platforms {
			one := q
			one.Platforms = []string{v}
			out = append(out, one)
		}
	case len(q.Langs) > 1:
		for _, v := range q.Langs {
			one := q
			one.Langs = []string{v}
			out = append(out, one)
		}
	}
	return out
}

// mergedPage pages the union of queries that select disjoint notices,
// newest first: each gives its first offset+limit rows from its index and
// the rows are merged, so a rare value costs no walk over the whole list.
func (db *DB) mergedPage(ctx context.Context, qs []app.Query, offset, limit int) ([]app.Row, error) {
	var all []app.Row
	for _, q := range qs {
		rows, err := db.plainPage(ctx, q, app.SortDate, 0, offset+limit)
		if err != nil {
			return nil, err
		}
		all = append(all, rows...)
	}
	sort.Slice(all, func(i, j int) bool {
		if !all[i].Date.Equal(all[j].Date) {
			return all[i].Date.After(all[j].Date)
		}
		return all[i].ID > all[j].ID
	})
	if offset >= len(all) {
		return nil, nil
	}
	return all[offset:min(len(all), offset+limit)], nil
}

// statusPage pages the list in workflow order: each status is one indexed
// query (status, date), the statuses before it skipped by their counts.
func (db *DB) statusPage(ctx context.Context, q app.Query, offset, limit int) ([]app.Row, error) {
	counts, err := db.Count(ctx, app.Query{Statuses: nil, Platforms: q.Platforms, Tags: q.Tags, Langs: q.Langs,
		Conflict: q.Conflict, Starred: q.Starred, From: q.From, To: q.To})
	if err != nil {
		return nil, err
	}
	statuses := q.Statuses
	if len(statuses) == 0 {
		statuses = app.Statuses
	}
	var out []app.Row
	for _, st := range app.Statuses {
		if !containsStatus(statuses, st) {
			continue
		}
		n := counts.Statuses[st]
		if offset >= n {
			offset -= n
			continue
		}
		one := q
		one.Statuses = []app.Status{st}
		rows, err := db.plainPage(ctx, one, app.SortDate, offset, limit-len(out))
		if err != nil {
			return nil, err
		}
		out = append(out, rows...)
		offset = 0
		if len(out) >= limit {
			break
		}
	}
	return out, nil
}

func containsStatus(ss []app.Status, s app.Status) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func (db *DB) queryRows(ctx context.Context, query string, args ...any) ([]app.Row, error) {
	rs, err := db.sql.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("list notices: %w", err)
	}
	defer rs.Close()
	var out []app.Row
	for rs.Next() {
		var r app.Row
		if err := scanRow(rs, &r); err != nil {
			return nil, fmt.Errorf("list notices: %w", err)
		}
		out = append(out, r)
	}
	return out, rs.Err()
}

// rowTags loads the tags of a page of rows.
func (db *DB) rowTags(ctx context.Context, rows []app.Row) error {
	ids := make([]int64, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	tags, err := db.tagsOfNotices(ctx, ids)
	for i := range rows {
		rows[i].Tags = tags[rows[i].ID]
	}
	return err
}

// tagsOfNotices loads the tags of the given notices, by name, a few hundred
// notices per query (SQLite bounds the parameters of one statement).
func (db *DB) tagsOfNotices(ctx context.Context, ids []int64) (map[int64][]app.Tag, error) {
	out := make(map[int64][]app.Tag)
	for len(ids) > 0 {
		n := min(len(ids), 500)
		args := make([]any, n)
		for i, id := range ids[:n] {
			args[i] = id
		}
		rs, err := db.sql.QueryContext(ctx, `SELECT x.notice_id, t.id, t.name, t.colour FROM notice_tag x JOIN tag t ON t.id = x.tag_id
			WHERE x.notice_id IN (`+strings.TrimSuffix(strings.Repeat("?,", n), ",")+`) ORDER BY t.name`, args...)
		if err != nil {
			return out, fmt.Errorf("list tags: %w", err)
		}
		for rs.Next() {
			var nid int64
			var t app.Tag
			if err := rs.Scan(&nid, &t.ID, &t.Name, &t.Colour); err != nil {
				rs.Close()
				return out, fmt.Errorf("list tags: %w", err)
			}
			out[nid] = append(out[nid], t)
		}
		err = rs.Err()
		rs.Close()
		if err != nil {
			return out, fmt.Errorf("list tags: %w", err)
		}
		ids = ids[n:]
	}
	return out, nil
}

// matchExpr is the FTS5 expression for a query's text: every term must
// match a word, from three characters on a word prefix. One or two letters
// match as a word of their own: as a prefix they match nearly every notice,
// and merging that many postings (every word starting "re") costs ten
// keystrokes' time; the next letter typed narrows it anyway.
func matchExpr(text string) string {
	terms := searchTerms(text)
	parts := make([]string, len(terms))
	for i, t := range terms {
		parts[i] = t.expr()
	}
	return strings.Join(parts, " AND ")
}

// searchTerm is one word of a search, matched whole (one or two letters)
// or as the start of a word (three or more).
type searchTerm struct {
	word   string
	prefix bool
}

func searchTerms(text string) []searchTerm {
	words := search.Terms(text)
	out := make([]searchTerm, len(words))
	for i, w := range words {
		out[i] = searchTerm{word: w, prefix: utf8.RuneCountInString(w) > 2}
	}
	return out
}

// expr is the term in the FTS5 query syntax.
func (t searchTerm) expr() string {
	if t.prefix {
		return quoteTerm(t.word) + "*"
	}
	return quoteTerm(t.word)
}

func quoteTerm(w string) string { return `"` + strings.ReplaceAll(w, `"`, `""`) + `"` }

// dayOf is the day of a list date, for the facet index.
func dayOf(t time.Time) int32 {
	if t.IsZero() {
		return 0
	}
	return int32(t.Unix() / 86400)
}

// Search returns the first limit rows that match a text, newest first (a
// shorthand for Page with a query of only that text).
func (db *DB) Search(ctx context.Context, text string, limit int) ([]app.Row, error) {
	return db.Page(ctx, app.Query{Text: text}, 0, limit)
}
