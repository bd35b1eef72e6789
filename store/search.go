package store

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/search"
)

// searchPage pages the notices whose search row matches the query's text
// and whose columns pass its filters. Newest first is the notice id, so
// SQLite streams the matches in the order of the full-text index and stops
// at the page: the cost of a keystroke grows with the page, not with how
// many notices match (ranking every match by BM25, SortBest, does grow
// with them). A first page that finds nothing falls back to near spellings.
func (db *DB) searchPage(ctx context.Context, q app.Query, offset, limit int) ([]app.Row, error) {
	expr := db.searchExpr(ctx, q.Text, q.Order() == app.SortBest)
	if expr == "" {
		return db.plainPage(ctx, app.Query{Statuses: q.Statuses, Platforms: q.Platforms, Tags: q.Tags, Langs: q.Langs,
			Conflict: q.Conflict, Starred: q.Starred, From: q.From, To: q.To, Sort: q.Sort}, q.Order(), offset, limit)
	}
	rows, err := db.matchPage(ctx, q, expr, q.Order(), offset, limit)
	if err != nil || len(rows) > 0 || offset > 0 {
		return rows, err
	}
	rows, _, err = db.fuzzyPage(ctx, q, limit)
	return rows, err
}

const bm25 = `bm25(notice_fts, 5.0, 1.0, 2.0)`

func (db *DB) matchPage(ctx context.Context, q app.Query, expr string, s app.Sort, offset, limit int) ([]app.Row, error) {
	cond, args := where(q)
	order := `f.rowid DESC`
	switch s {
	case app.SortBest:
		order = bm25
	case app.SortFigure:
		order = `n.figure DESC, n.id DESC`
	case app.SortStatus:
		order = `CASE n.status` + statusRank() + ` END, f.rowid DESC`
	}
	query := `SELECT ` + rowCols + `, -` + bm25 + ` FROM notice_fts f JOIN notice n ON n.id = f.rowid
		WHERE notice_fts MATCH ? AND ` + cond + ` ORDER BY ` + order + ` LIMIT ? OFFSET ?`
	rs, err := db.sql.QueryContext(ctx, query, append(append([]any{expr}, args...), limit, offset)...)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	defer rs.Close()
	var out []app.Row
	for rs.Next() {
		var r app.Row
		if err := scanRow(rs, &r, &r.Score); err != nil {
			return nil, fmt.Errorf("search %q: %w", q.Text, err)
		}
		out = append(out, r)
	}
	return out, rs.Err()
}

func statusRank() string {
	var b strings.Builder
	for i, s := range app.Statuses {
		fmt.Fprintf(&b, " WHEN '%s' THEN %d", s, i)
	}
	return b.String()
}

// fuzzyCandidates bounds the notices a misspelt query ranks fuzzily.
const fuzzyCandidates = 300

// fuzzyPage answers a query whose words match nothing as typed: each word
// is replaced by the words of the index that are within one or two edits of
// it (looked up by the word's first letters in the index's vocabulary, so
// only a sliver of the vocabulary is read), the notices matching those are
// taken as candidates (at most fuzzyCandidates), and the candidates are
// ranked by a fuzzy match of the query on their title and headline figures.
// It also returns the nearest word found for each of the query's words.
func (db *DB) fuzzyPage(ctx context.Context, q app.Query, limit int) ([]app.Row, []string, error) {
	var groups, nearest []string
	current := db.vocabularyCurrent(ctx)
	for _, t := range search.Terms(q.Text) {
		near, err := db.nearTerms(ctx, t)
		if err != nil {
			return nil, nil, err
		}
		if len(near) == 0 {
			return nil, nil, nil // a word like no other in the desk: nothing to find
		}
		nearest = append(nearest, near[0])
		alts := make([]string, len(near))
		for i, w := range near {
			// as a prefix: the reporter may still be typing the word
			alts[i] = db.termExpr(searchTerm{word: w, prefix: true}, current)
		}
		groups = append(groups, "("+strings.Join(alts, " OR ")+")")
	}
	if len(groups) == 0 {
		return nil, nil, nil
	}
	cands, err := db.matchPage(ctx, q, strings.Join(groups, " AND "), app.SortDate, 0, fuzzyCandidates)
	if err != nil {
		return nil, nil, err
	}
	docs := make([]string, len(cands))
	for i, r := range cands {
		docs[i] = search.Normalize(r.Title + " " + r.Summary + " " + r.Platform)
	}
	score := make([]int, len(cands))
	for _, m := range search.Fuzzy(q.Text, docs) {
		score[m.Index] = m.Score + 1000 // a fuzzy match of the whole query beats a word-by-word one
	}
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return score[order[a]] > score[order[b]] })
	out := make([]app.Row, 0, min(limit, len(cands)))
	for _, i := range order[:min(limit, len(order))] {
		r := cands[i]
		r.Score = float64(score[i]) / 1000
		out = append(out, r)
	}
	if len(out) == 0 {
		nearest = nil
	}
	return out, nearest, nil
}

// maxNear bounds the spellings a misspelt word is replaced by.
const maxNear = 8

// nearTerms returns the indexed words within one edit (words of up to five
// letters) or two edits of t, or of the same-length start of a longer word
// (the reporter may still be typing), best first. Words under three letters
// are not corrected: too many words are one edit from them. The words that
// start as t does are read first; only when none is near is the whole
// vocabulary walked (vocabulary.near), so a misspelt word gives the same
// words with the window's copy as without it.
func (db *DB) nearTerms(ctx context.Context, t string) ([]string, error) {
	rs := []rune(t)
	if len(rs) < 3 {
		return nil, nil
	}
	// The first letters are taken as typed (typos are rarer there): two
	// of a short word, three of a longer one, and with the Arabic article
	// the two after it. The fewer words start alike, the less of the
	// vocabulary is read.
	lead := 2
	if len(rs) >= 5 {
		lead = 3
	}
	if strings.HasPrefix(t, "ال") && len(rs) >= 5 {
		lead = 4
	}
	lo := string(rs[:lead])
	hi := lo + string(utf8.MaxRune)
	maxDist := 1
	if len(rs) > 5 {
		maxDist = 2
	}
	type near struct {
		w    string
		d    int
		docs int
	}
	var found []near
	consider := func(w string, docs int) {
		wr := []rune(w)
		d := editDistance(rs, wr, maxDist)
		if len(wr) > len(rs) {
			d = min(d, editDistance(rs, wr[:len(rs)], maxDist))
		}
		if d <= maxDist {
			found = append(found, near{w, d, docs})
		}
	}
	if db.vocabularyCurrent(ctx) {
		// the window's copy of the vocabulary: the index's own vocabulary
		// table counts every word's notices as it reads it (at a million
		// notices a typo's first letters took 100-250 ms to read there)
		db.vocab.each(lo, nearScan, func(w []byte, docs uint32) { consider(string(w), int(docs)) })
	} else if err := db.eachVocab(ctx, lo, hi, consider); err != nil {
		return nil, err
	}
	if len(found) == 0 {
		// the typo is in the first letters: walk the whole copy (a
		// command waits for it, once; a stale copy still knows the words)
		if err := db.vocabularyAny(ctx); err != nil {
			return nil, err
		}
		db.vocab.near(rs, maxDist, func(w []byte, docs uint32, d int) {
			found = append(found, near{string(w), d, int(docs)})
		})
	}
	sort.Slice(found, func(i, j int) bool {
		if found[i].d != found[j].d {
			return found[i].d < found[j].d
		}
		return found[i].docs > found[j].docs
	})
	var out []string
	for _, f := range found[:min(len(found), maxNear)] {
		out = append(out, f.w)
	}
	return out, nil
}

// nearScan bounds the words of the vocabulary a misspelt word is compared
// with (those starting with its first letters).
const nearScan = 20000

// eachVocab reads the words of the index from lo up to hi, with the number
// of notices each is in.
func (db *DB) eachVocab(ctx context.Context, lo, hi string, fn func(string, int)) error {
	rows, err := db.sql.QueryContext(ctx, `SELECT term, doc FROM notice_vocab WHERE term >= ? AND term < ? LIMIT ?`, lo, hi, nearScan)
	if err != nil {
		return fmt.Errorf("search vocabulary: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var w string
		var docs int
		if err := rows.Scan(&w, &docs); err != nil {
			return fmt.Errorf("search vocabulary: %w", err)
		}
		fn(w, docs)
	}
	if err := rows.Err(); err != nil && err != sql.ErrNoRows {
		return fmt.Errorf("search vocabulary: %w", err)
	}
	return nil
}

// editDistance is the optimal string alignment distance of a and b (edits,
// with a swap of two neighbours counted as one), or max+1 once it is known
// to exceed max.
func editDistance(a, b []rune, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		var before []int // no letter before a's first: no swap
		var r rune
		if i > 1 {
			before, r = prev2, a[i-2]
		}
		if osaStep(cur, prev, before, b, a[i-1], r) > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// osaStep fills cur with the distances of a start of a word, with the
// letter c added to it, to each start of b, from prev, those of the word's
// start without c, and prev2, those without r, its letter before c (nil
// when c is the first), and returns the least of them: one row of the
// optimal string alignment distance, for editDistance and for the walk of
// the vocabulary's prefixes (vocabulary.near).
func osaStep(cur, prev, prev2 []int, b []rune, c, r rune) int {
	cur[0] = prev[0] + 1
	best := cur[0]
	for j := 1; j <= len(b); j++ {
		cost := 1
		if c == b[j-1] {
			cost = 0
		}
		cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		if prev2 != nil && j > 1 && c == b[j-2] && r == b[j-1] {
			cur[j] = min(cur[j], prev2[j-2]+1)
		}
		best = min(best, cur[j])
	}
	return best
}

// matchIDs returns the ids of every notice whose search row matches the
// query's text, for counting; nil when the text has no term.
func (db *DB) matchIDs(ctx context.Context, text string) (map[int64]bool, error) {
	expr := db.searchExpr(ctx, text, false)
	if expr == "" {
		return nil, nil
	}
	rows, err := db.sql.QueryContext(ctx, `SELECT rowid FROM notice_fts WHERE notice_fts MATCH ?`, expr)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", text, err)
	}
	defer rows.Close()
	ids := map[int64]bool{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("search %q: %w", text, err)
		}
		ids[id] = true
	}
	return ids, rows.Err()
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
		ids, err := allIDs(ctx, tx)
		if err != nil {
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

func allIDs(ctx context.Context, q querier) ([]int64, error) {
	return queryIDs(ctx, q, `SELECT id FROM notice ORDER BY id`)
}

// queryIDs runs a query of ids and reads them in order.
func queryIDs(ctx context.Context, q querier, query string, args ...any) ([]int64, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}
