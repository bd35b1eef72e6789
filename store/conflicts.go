package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/extract"
)

// mark is how far the notice and history tables reached before an import,
// so that what it added or changed can be found after it.
type mark struct{ notice, history int64 }

func markOf(ctx context.Context, tx *sql.Tx) (mark, error) {
	var m mark
	err := tx.QueryRowContext(ctx, `SELECT (SELECT COALESCE(max(id), 0) FROM notice), (SELECT COALESCE(max(id), 0) FROM history)`).
		Scan(&m.notice, &m.history)
	if err != nil {
		return m, fmt.Errorf("import: %w", err)
	}
	return m, nil
}

// refreshDerived recomputes, for the notices an import added or changed
// (those past m), what the store derives from their claims: the largest
// figure and the conflicts between figures.
func (db *DB) refreshDerived(ctx context.Context, tx *sql.Tx, m mark) error {
	return db.refreshTouched(ctx, tx, `SELECT id FROM notice WHERE id > ?1
		UNION SELECT notice_id FROM history WHERE id > ?2 AND entity = 'notice' AND field = 'body'`, m.notice, m.history)
}

// conflictsRebuildKey is the setting a migration leaves when every notice's
// figures and conflicts must be computed (Go code: app/extract).
const conflictsRebuildKey = "conflicts.rebuild"

func (db *DB) rebuildConflictsIfAsked(ctx context.Context) error {
	if v, err := db.Setting(ctx, conflictsRebuildKey); err != nil || v == "" {
		return err
	}
	return db.inTx(ctx, func(tx *sql.Tx) error {
		if err := db.refreshTouched(ctx, tx, `SELECT id FROM notice`); err != nil {
			return fmt.Errorf("compute conflicts: %w", err)
		}
		_, err := tx.ExecContext(ctx, `DELETE FROM setting WHERE key = ?`, conflictsRebuildKey)
		return err
	})
}

// figureRef is a figure claim with what its notice says about it.
type figureRef struct {
	claim app.Claim
	kind  app.Kind
	title string
}

const figureCols = `c.id, c.notice_id, c.kind, c.value, c.unit, c.unit_text, c.qualifier, c.rate, c.quote, c.start, c."end",
	c.prefix, c.suffix, c.actor, c.platform, c.event_date, c.period, c.verification, c.origin, c.orphaned, n.kind, n.title`

func loadFigures(ctx context.Context, tx *sql.Tx, cond string, args ...any) ([]figureRef, error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+figureCols+` FROM claim c JOIN notice n ON n.id = c.notice_id
		WHERE c.kind = 'figure' AND c.orphaned = 0 AND `+cond, args...)
	if err != nil {
		return nil, fmt.Errorf("load figures: %w", err)
	}
	defer rows.Close()
	var out []figureRef
	for rows.Next() {
		var f figureRef
		var kind string
		c, err := scanClaim(extraScanner{rows, []any{&kind, &f.title}})
		if err != nil {
			return nil, fmt.Errorf("load figures: %w", err)
		}
		f.claim, f.kind = c, app.Kind(kind)
		out = append(out, f)
	}
	return out, rows.Err()
}

// extraScanner lets scanClaim read a row that has more columns after the
// claim's.
type extraScanner struct {
	r     rowScanner
	extra []any
}

func (s extraScanner) Scan(dest ...any) error { return s.r.Scan(append(dest, s.extra...)...) }

// bucket is what a figure can be compared on across notices: its platform
// and month.
func bucket(c app.Claim) string {
	if c.Platform == "" || c.Unit == "" {
		return ""
	}
	month := c.Period
	if len(month) >= 7 {
		month = month[:7]
	} else if !c.EventDate.IsZero() {
		month = c.EventDate.Format("2006-01")
	} else {
		return ""
	}
	return strings.ToLower(c.Platform) + "|" + month
}

// refreshTouched recomputes the largest figure of the notices the query
// touched selects, the conflicts within them, and the conflicts between
// their figures and those of every notice about the same platform and
// month, replacing what was stored for all of those.
func (db *DB) refreshTouched(ctx context.Context, tx *sql.Tx, touched string, args ...any) error {
	for _, q := range []string{
		`CREATE TEMP TABLE IF NOT EXISTS touched (id INTEGER PRIMARY KEY)`,
		`CREATE TEMP TABLE IF NOT EXISTS compared (id INTEGER PRIMARY KEY)`,
		`DELETE FROM temp.touched`, `DELETE FROM temp.compared`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("refresh conflicts: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO temp.touched (id) `+touched, args...); err != nil {
		return fmt.Errorf("refresh conflicts: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE notice SET figure = COALESCE((SELECT max(value) FROM claim c
		WHERE c.notice_id = notice.id AND c.kind = 'figure' AND c.orphaned = 0), 0) WHERE id IN (SELECT id FROM temp.touched)`); err != nil {
		return fmt.Errorf("refresh figures: %w", err)
	}
	own, err := loadFigures(ctx, tx, `c.notice_id IN (SELECT id FROM temp.touched)`)
	if err != nil {
		return err
	}
	// Within each touched notice: the same figure in units that disagree.
	var found []app.Conflict
	byNotice := map[int64][]app.Claim{}
	buckets := map[string]bool{}
	for _, f := range own {
		byNotice[f.claim.NoticeID] = append(byNotice[f.claim.NoticeID], f.claim)
		if b := bucket(f.claim); b != "" {
			buckets[b] = true
		}
	}
	for _, cs := range byNotice {
		extract.Conflicts(cs)
		for _, c := range cs {
			found = append(found, c.Conflicts...)
		}
	}
	// Across notices: every figure in the touched figures' platforms and
	// months. A large import touches most of them: one scan then.
	var others []figureRef
	if len(buckets) > 64 {
		others, err = loadFigures(ctx, tx, `c.platform <> ''`)
	} else {
		for b := range buckets {
			plat, month, _ := strings.Cut(b, "|")
			more, err := loadFigures(ctx, tx, `lower(c.platform) = ? AND (substr(c.period, 1, 7) = ?2 OR substr(c.event_date, 1, 7) = ?2)`, plat, month)
			if err != nil {
				return err
			}
			others = append(others, more...)
		}
	}
	if err != nil {
		return err
	}
	cross := map[int64][]app.Claim{}
	dims := map[int64]string{}
	seen := map[int64]bool{}
	for _, f := range others {
		if !buckets[bucket(f.claim)] || seen[f.claim.ID] {
			continue
		}
		seen[f.claim.ID] = true
		cross[f.claim.NoticeID] = append(cross[f.claim.NoticeID], f.claim)
		dims[f.claim.NoticeID] = extract.Dimension(f.kind, f.title)
	}
	extract.CrossConflicts(cross, dims)
	insCompared, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO temp.compared (id) VALUES (?)`)
	if err != nil {
		return fmt.Errorf("refresh conflicts: %w", err)
	}
	defer insCompared.Close()
	for _, cs := range cross {
		for _, c := range cs {
			if _, err := insCompared.ExecContext(ctx, c.ID); err != nil {
				return fmt.Errorf("refresh conflicts: %w", err)
			}
			found = append(found, c.Conflicts...)
		}
	}
	for _, q := range []string{
		`DELETE FROM conflict WHERE notice_id IN (SELECT id FROM temp.touched) AND kind = 'unit'`,
		`DELETE FROM conflict WHERE kind = 'value' AND (claim_id IN (SELECT id FROM temp.compared) OR notice_id IN (SELECT id FROM temp.touched))`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("refresh conflicts: %w", err)
		}
	}
	ins, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO conflict (claim_id, other_claim_id, kind, notice_id, other_notice_id, platform, period)
		VALUES (?,?,?,?,?,?,?)`)
	if err != nil {
		return fmt.Errorf("refresh conflicts: %w", err)
	}
	defer ins.Close()
	for _, k := range found {
		if _, err := ins.ExecContext(ctx, k.ClaimID, k.OtherClaimID, string(k.Kind), k.NoticeID, k.OtherNoticeID, k.Platform, k.Period); err != nil {
			return fmt.Errorf("refresh conflicts: %w", err)
		}
	}
	_, err = tx.ExecContext(ctx, `UPDATE notice SET conflicts = (SELECT count(DISTINCT claim_id) FROM conflict WHERE notice_id = notice.id)
		WHERE id IN (SELECT id FROM temp.touched UNION SELECT notice_id FROM claim WHERE id IN (SELECT id FROM temp.compared))`)
	if err != nil {
		return fmt.Errorf("refresh conflicts: %w", err)
	}
	return nil
}

// conflictsOf loads the stored conflicts of the claims of the notices with
// the given ids, keyed by claim id, with the other claim and its notice's
// title.
func conflictsOf(ctx context.Context, q querier, cond string, args ...any) (map[int64][]app.Conflict, error) {
	rows, err := q.QueryContext(ctx, `SELECT k.kind, k.claim_id, k.notice_id, k.other_claim_id, k.other_notice_id, k.platform, k.period,
		o.value, o.unit, o.qualifier, o.quote, n.title
		FROM conflict k JOIN claim o ON o.id = k.other_claim_id JOIN notice n ON n.id = k.other_notice_id
		WHERE `+cond+` ORDER BY k.claim_id, k.other_notice_id, k.other_claim_id`, args...)
	if err != nil {
		return nil, fmt.Errorf("load conflicts: %w", err)
	}
	defer rows.Close()
	out := map[int64][]app.Conflict{}
	for rows.Next() {
		var k app.Conflict
		var kind, qual string
		if err := rows.Scan(&kind, &k.ClaimID, &k.NoticeID, &k.OtherClaimID, &k.OtherNoticeID, &k.Platform, &k.Period,
			&k.OtherValue, &k.OtherUnit, &qual, &k.OtherQuote, &k.OtherTitle); err != nil {
			return nil, fmt.Errorf("load conflicts: %w", err)
		}
		k.Kind, k.OtherQualifier = app.ConflictKind(kind), app.Qualifier(qual)
		if k.Kind == app.ConflictUnit {
			k.OtherTitle = ""
		}
		out[k.ClaimID] = append(out[k.ClaimID], k)
	}
	return out, rows.Err()
}
