package store

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// The search box matches a word being typed as a prefix ("tele" matches
// "telegram"). FTS5 answers a prefix query by reading and merging the whole
// posting list of every word that starts so before it can return the first
// row: at a million notices "tele" took 60 ms, "cha" 200 ms, where the same
// words asked for exactly ("telegram" OR "telegrams") stream their newest
// matches in under a millisecond. So a window keeps the index's vocabulary
// in memory (8 MB of words at a million notices), and a prefix with few
// enough words is asked for as those words. Both forms match the same
// notices in the same order; the copy is used only while it is current.

// maxExpansion bounds the words a prefix is replaced by; a shorter, more
// common prefix stays a prefix query.
const maxExpansion = 128

// vocabulary is the in-memory copy of the search index's words.
type vocabulary struct {
	mu       sync.Mutex
	warm     bool          // a window asked for it: rebuilt when stale
	building bool          // a build is running
	ready    chan struct{} // closed by the first build
	readyOne sync.Once
	// of the index as it was when the copy was taken: the FTS5 structure
	// record, which every write to the index changes (it counts them)
	structure []byte
	text      []byte   // the words, in index order, back to back
	ends      []uint32 // word i is text[ends[i-1]:ends[i]]
	docs      []uint32 // notices word i is in
}

// WarmSearch starts, beside the caller, the in-memory copy of the search
// vocabulary that makes typed prefixes fast, and keeps it current from then
// on (a write to the index makes it stale; the next search rebuilds it
// beside, and searches meanwhile ask the index as before). The channel is
// closed when the first copy is ready. A command that searches once does
// not need it.
func (db *DB) WarmSearch() <-chan struct{} {
	v := &db.vocab
	v.mu.Lock()
	defer v.mu.Unlock()
	if !v.warm {
		v.warm = true
		v.ready = make(chan struct{})
		v.building = true
		go db.buildVocabulary()
	}
	return v.ready
}

func (v *vocabulary) word(i int) []byte {
	start := uint32(0)
	if i > 0 {
		start = v.ends[i-1]
	}
	return v.text[start:v.ends[i]]
}

// buildVocabulary reads the index's words, in one read transaction so the
// structure record and the words agree.
func (db *DB) buildVocabulary() {
	v := &db.vocab
	text, ends, docs, structure, err := db.readVocabulary(context.Background())
	v.mu.Lock()
	defer v.mu.Unlock()
	if err == nil {
		v.text, v.ends, v.docs, v.structure = text, ends, docs, structure
	}
	v.building = false
	v.readyOne.Do(func() { close(v.ready) })
}

func (db *DB) readVocabulary(ctx context.Context) (text []byte, ends, docs []uint32, structure []byte, err error) {
	tx, err := db.sql.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, nil, nil, nil, fmt.Errorf("read search vocabulary: %w", err)
	}
	defer tx.Rollback()
	if structure, err = ftsStructure(ctx, tx); err != nil {
		return nil, nil, nil, nil, err
	}
	rows, err := tx.QueryContext(ctx, `SELECT term, doc FROM notice_vocab`)
	if err != nil {
		return nil, nil, nil, nil, fmt.Errorf("read search vocabulary: %w", err)
	}
	defer rows.Close()
	var w sql.RawBytes
	var n uint32
	for rows.Next() {
		if err := rows.Scan(&w, &n); err != nil {
			return nil, nil, nil, nil, fmt.Errorf("read search vocabulary: %w", err)
		}
		text = append(text, w...)
		ends = append(ends, uint32(len(text)))
		docs = append(docs, n)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, nil, nil, fmt.Errorf("read search vocabulary: %w", err)
	}
	return text, ends, docs, structure, nil
}

// ftsStructure reads the search index's structure record (block 10 of its
// data table), which FTS5 rewrites with a new write count on every change.
func ftsStructure(ctx context.Context, q querier) ([]byte, error) {
	rows, err := q.QueryContext(ctx, `SELECT block FROM notice_fts_data WHERE id = 10`)
	if err != nil {
		return nil, fmt.Errorf("read search index: %w", err)
	}
	defer rows.Close()
	b := []byte{}
	for rows.Next() {
		if err := rows.Scan(&b); err != nil {
			return nil, fmt.Errorf("read search index: %w", err)
		}
	}
	return b, rows.Err()
}

// vocabularyAny makes sure the copy holds the index's words, current or
// not: the first copy is made and waited for when there is none yet (a
// command; the window's is made once its first page is shown).
func (db *DB) vocabularyAny(ctx context.Context) error {
	select {
	case <-db.WarmSearch():
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// current says whether the copy matches the index now; a stale copy of a
// warm vocabulary starts its rebuild.
func (db *DB) vocabularyCurrent(ctx context.Context) bool {
	v := &db.vocab
	v.mu.Lock()
	warm, have := v.warm, v.structure
	v.mu.Unlock()
	if !warm {
		return false
	}
	now, err := ftsStructure(ctx, db.sql)
	if err != nil {
		return false
	}
	if have != nil && bytes.Equal(now, have) {
		return true
	}
	v.mu.Lock()
	if !v.building {
		v.building = true
		go db.buildVocabulary()
	}
	v.mu.Unlock()
	return false
}

// expand returns the words of the index that start with prefix, or false
// when there are more than maxExpansion of them.
func (v *vocabulary) expand(prefix string) ([]string, bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	p := []byte(prefix)
	i := sort.Search(len(v.ends), func(i int) bool { return bytes.Compare(v.word(i), p) >= 0 })
	var out []string
	for ; i < len(v.ends) && bytes.HasPrefix(v.word(i), p); i++ {
		if len(out) == maxExpansion {
			return nil, false
		}
		out = append(out, string(v.word(i)))
	}
	return out, true
}

// each calls fn with the words that start with prefix and the notices
// each is in, at most limit of them, in index order.
func (v *vocabulary) each(prefix string, limit int, fn func([]byte, uint32)) {
	v.mu.Lock()
	defer v.mu.Unlock()
	p := []byte(prefix)
	i := sort.Search(len(v.ends), func(i int) bool { return bytes.Compare(v.word(i), p) >= 0 })
	for n := 0; i < len(v.ends) && n < limit && bytes.HasPrefix(v.word(i), p); i, n = i+1, n+1 {
		fn(v.word(i), v.docs[i])
	}
}

// unfolded says whether the index stores a word typed with these letters
// as typed: lower-case Latin, digits, Arabic letters, Cyrillic without
// the letters the tokenizer folds (й, ё). Only such a prefix can be looked
// up in the copy letter for letter; any other stays a prefix query.
func unfolded(w string) bool {
	for _, r := range w {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '_':
		case r >= 0x0621 && r <= 0x064A, r >= 0x0660 && r <= 0x0669:
		case r >= 0x0430 && r <= 0x044F && r != 0x0439:
		default:
			return false
		}
	}
	return true
}

// searchExpr is matchExpr with each prefix the copy of the vocabulary can
// answer asked for as its words. Ranking by BM25 keeps the prefix (its
// score weighs a phrase, not a list of words).
func (db *DB) searchExpr(ctx context.Context, text string, best bool) string {
	terms := searchTerms(text)
	if len(terms) == 0 {
		return ""
	}
	current := !best && db.vocabularyCurrent(ctx)
	parts := make([]string, 0, len(terms))
	for _, t := range terms {
		parts = append(parts, db.termExpr(t, current))
	}
	return strings.Join(parts, " AND ")
}

// termExpr is one term in the FTS5 query syntax; a prefix is asked for as
// its words when the copy is current and knows them.
func (db *DB) termExpr(t searchTerm, current bool) string {
	if !t.prefix || !current || !unfolded(t.word) {
		return t.expr()
	}
	words, ok := db.vocab.expand(t.word)
	if !ok || len(words) == 0 {
		return t.expr()
	}
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = quoteTerm(w)
	}
	return "(" + strings.Join(q, " OR ") + ")"
}

// nearBudget bounds the prefixes and words a walk of near words visits.
const nearBudget = 50000

// near calls fn with each word of the copy within maxDist edits of q (an
// edit: a letter added, dropped or changed, or two neighbours swapped), or
// whose start as long as q is (a word still being typed), and its
// distance. It walks the copy as a tree of prefixes, keeping the edit
// distances of each prefix to every start of q and leaving a branch once
// none is within maxDist, so a typo anywhere in the word is found (the
// search by first letters misses "tepegram", "فسبوك") while only the
// prefixes near q are read. It reports false when the copy is empty.
func (v *vocabulary) near(q []rune, maxDist int, fn func(w []byte, docs uint32, d int)) bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	if len(v.ends) == 0 {
		return false
	}
	m := len(q)
	budget := nearBudget
	// one row of distances per depth, reused by the siblings of a branch
	rows := make([][]int, m+maxDist+2)
	for d := range rows {
		rows[d] = make([]int, m+1)
	}
	first := rows[0]
	for j := range first {
		first[j] = j
	}
	// walk visits the words in [lo, hi), which all start with prefix;
	// row holds the distances of prefix to each start of q, prev those of
	// prefix without its last letter r.
	var walk func(prefix []byte, lo, hi int, row, prev []int, r rune, depth int)
	walk = func(prefix []byte, lo, hi int, row, prev []int, r rune, depth int) {
		i := lo
		if len(v.word(i)) == len(prefix) { // prefix is a word itself
			if row[m] <= maxDist {
				fn(v.word(i), v.docs[i], row[m])
			}
			i++
		}
		if depth == m && row[m] <= maxDist {
			// a word being typed: every longer word starting so is near,
			// by its start or by the whole of it, whichever is nearer
			for ; i < hi && budget > 0; i, budget = i+1, budget-1 {
				w := v.word(i)
				fn(w, v.docs[i], min(row[m], editDistance(q, []rune(string(w)), maxDist)))
			}
			return
		}
		if depth >= m+maxDist {
			return
		}
		for i < hi && budget > 0 {
			budget--
			w := v.word(i)
			c, size := utf8.DecodeRune(w[len(prefix):])
			child := w[:len(prefix)+size]
			end := i + sort.Search(hi-i, func(k int) bool { return !bytes.HasPrefix(v.word(i+k), child) })
			next := rows[depth+1]
			if osaStep(next, row, prev, q, c, r) <= maxDist {
				walk(child, i, end, next, row, c, depth+1)
			}
			i = end
		}
	}
	walk(nil, 0, len(v.ends), first, nil, 0, 0)
	return true
}
