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

func markOf(ctx context.Context, tx txn) (mark, error) {
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
func (db *DB) refreshDerived(ctx context.Context, tx txn, m mark) error {
	if db.deferConflicts.Load() {
		_, err := tx.ExecContext(ctx, `INSERT INTO setting (key, value) VALUES (?, '1')
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, conflictsRebuildKey)
		return err
	}
	// New notices got their largest figure when inserted; updated ones may
	// have gained or lost figures.
	if _, err := tx.ExecContext(ctx, `UPDATE notice SET figure = COALESCE((SELECT max(value) FROM claim c
		WHERE c.notice_id = notice.id AND c.kind = 'figure' AND c.orphaned = 0), 0)
		WHERE id IN (SELECT notice_id FROM history WHERE id > ? AND entity = 'notice' AND field = 'body')`, m.history); err != nil {
		return fmt.Errorf("refresh figures: %w", err)
	}
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
	return db.RebuildConflicts(ctx)
}

// DeferConflicts makes the imports that follow skip the comparison of
// their figures with the desk's, until RebuildConflicts compares them all
// at once. For filling a desk in many batches (generated desks): each
// batch would otherwise compare its figures with every batch before it.
func (db *DB) DeferConflicts() { db.deferConflicts.Store(true) }

// RebuildConflicts recomputes every notice's largest figure and every
// conflict between figures, in one transaction, and ends DeferConflicts.
func (db *DB) RebuildConflicts(ctx context.Context) error {
	db.deferConflicts.Store(false)
	defer db.facets.invalidate()
	return db.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `UPDATE notice SET figure = COALESCE((SELECT max(value) FROM claim c
			WHERE c.notice_id = notice.id AND c.kind = 'figure' AND c.orphaned = 0), 0)`); err != nil {
			return fmt.Errorf("compute figures: %w", err)
		}
		if err := db.rebuildAllConflicts(ctx, tx); err != nil {
			return fmt.Errorf("compute conflicts: %w", err)
		}
		_, err := tx.ExecContext(ctx, `DELETE FROM setting WHERE key = ?`, conflictsRebuildKey)
		return err
	})
}

// figureCols are what comparing figures needs of a claim: no quote or
// context, which the stored conflict reads back by claim id, and nothing of
// its notice (a join per claim was most of the time an import spent here).
const figureCols = `c.id, c.notice_id, c.value, c.unit, c.qualifier, c.rate, c.platform, c.event_date, c.period, c.unit_text, c.origin, c.value_high, c.actor, c.category, c.quote, c.prefix, c.suffix`

func loadFigures(ctx context.Context, tx txn, cond string, args ...any) ([]app.Claim, error) {
	var out []app.Claim
	err := eachFigure(ctx, tx, cond, args, func(c app.Claim, _ string) error {
		out = append(out, c)
		return nil
	})
	return out, err
}

// tableRows returns the titles of the notices that are table rows, which
// name what a row's figures are about (extract.Dimension); served by the
// partial index notice_rows.
func tableRows(ctx context.Context, tx txn) (map[int64]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, title FROM notice WHERE kind = 'csv_row'`)
	if err != nil {
		return nil, fmt.Errorf("load table rows: %w", err)
	}
	defer rows.Close()
	out := map[int64]string{}
	for rows.Next() {
		var id int64
		var title string
		if err := rows.Scan(&id, &title); err != nil {
			return nil, fmt.Errorf("load table rows: %w", err)
		}
		out[id] = extract.Dimension(app.KindCSVRow, title)
	}
	return out, rows.Err()
}

// bucket is what a figure can be compared on across notices: its platform
// and month.
func bucket(c app.Claim) string {
	// a figure with no unit is compared only as a table's cell under a
	// named column (extract.CrossConflicts says which are)
	if c.Platform == "" || (c.Unit == "" && c.UnitText == "") {
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
func (db *DB) refreshTouched(ctx context.Context, tx txn, touched string, args ...any) error {
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
	var nTouched, nAll int
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM temp.touched), (SELECT count(*) FROM notice)`).Scan(&nTouched, &nAll); err != nil {
		return fmt.Errorf("refresh conflicts: %w", err)
	}
	// A large import touches most of the desk: one scan of the figures,
	// split here, costs less than looking each touched notice's up. The
	// figures are held once (figs); everything else holds their indexes.
	var figs []app.Claim
	touchedSet := map[int64]bool{}
	if nTouched*4 > nAll {
		ids, err := allIDsOf(ctx, tx, `SELECT id FROM temp.touched`)
		if err != nil {
			return err
		}
		touchedSet = ids
		if figs, err = loadFigures(ctx, tx, `1`); err != nil {
			return err
		}
	} else {
		own, err := loadFigures(ctx, tx, `c.notice_id IN (SELECT id FROM temp.touched)`)
		if err != nil {
			return err
		}
		for _, c := range own {
			touchedSet[c.NoticeID] = true
		}
		figs = own
	}
	byNotice := map[int64][]int{}
	buckets := map[string]bool{}
	for i, c := range figs {
		if !touchedSet[c.NoticeID] {
			continue
		}
		byNotice[c.NoticeID] = append(byNotice[c.NoticeID], i)
		if b := bucket(c); b != "" {
			buckets[b] = true
		}
	}
	// Across notices: every figure in the touched figures' platforms and
	// months; with a small import, read bucket by bucket.
	if nTouched*4 <= nAll {
		if len(buckets) > 64 {
			more, err := loadFigures(ctx, tx, `c.platform <> '' AND c.notice_id NOT IN (SELECT id FROM temp.touched)`)
			if err != nil {
				return err
			}
			figs = append(figs, more...)
		} else {
			for b := range buckets {
				plat, month, _ := strings.Cut(b, "|")
				more, err := loadFigures(ctx, tx, `lower(c.platform) = ? AND (substr(c.period, 1, 7) = ?2 OR substr(c.event_date, 1, 7) = ?2)
					AND c.notice_id NOT IN (SELECT id FROM temp.touched)`, plat, month)
				if err != nil {
					return err
				}
				figs = append(figs, more...)
			}
		}
	}
	dims, err := tableRows(ctx, tx)
	if err != nil {
		return err
	}
	// The figures to compare, bucket by bucket (platform and month), so
	// that only one bucket's conflicts are held at a time.
	byBucket := map[string][]int{}
	seen := map[int64]bool{}
	insCompared, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO temp.compared (id) VALUES (?)`)
	if err != nil {
		return fmt.Errorf("refresh conflicts: %w", err)
	}
	defer insCompared.Close()
	for i, c := range figs {
		b := bucket(c)
		if !buckets[b] || seen[c.ID] {
			continue
		}
		seen[c.ID] = true
		byBucket[b] = append(byBucket[b], i)
		// the claims of notices this refresh did not touch keep their old
		// conflicts until replaced: note them for the delete
		if !touchedSet[c.NoticeID] {
			if _, err := insCompared.ExecContext(ctx, c.ID); err != nil {
				return fmt.Errorf("refresh conflicts: %w", err)
			}
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
	store := func(cs []app.Claim) error {
		for _, c := range cs {
			for _, k := range c.Conflicts {
				if _, err := ins.ExecContext(ctx, k.ClaimID, k.OtherClaimID, string(k.Kind), k.NoticeID, k.OtherNoticeID, k.Platform, k.Period); err != nil {
					return fmt.Errorf("refresh conflicts: %w", err)
				}
			}
		}
		return nil
	}
	// Within each touched notice: the same figure in units that disagree.
	var cs []app.Claim
	for _, idx := range byNotice {
		cs = cs[:0]
		for _, i := range idx {
			cs = append(cs, figs[i])
		}
		extract.Conflicts(cs)
		if err := store(cs); err != nil {
			return err
		}
	}
	// Across notices: different figures for one platform, unit and day.
	for b, idx := range byBucket {
		group := map[int64][]app.Claim{}
		for _, i := range idx {
			group[figs[i].NoticeID] = append(group[figs[i].NoticeID], figs[i])
		}
		extract.CrossConflicts(group, dims)
		for _, g := range group {
			if err := store(g); err != nil {
				return err
			}
		}
		delete(byBucket, b)
	}
	// Only rows whose count changes are written: each update rewrites a
	// notice row and its indexes.
	_, err = tx.ExecContext(ctx, `UPDATE notice SET conflicts = k.n FROM
		(SELECT notice_id AS id, count(DISTINCT claim_id) AS n FROM conflict
		 WHERE notice_id IN (SELECT id FROM temp.touched UNION SELECT notice_id FROM claim WHERE id IN (SELECT id FROM temp.compared))
		 GROUP BY notice_id) AS k
		WHERE notice.id = k.id AND notice.conflicts <> k.n`)
	if err != nil {
		return fmt.Errorf("refresh conflicts: %w", err)
	}
	_, err = tx.ExecContext(ctx, `UPDATE notice SET conflicts = 0 WHERE conflicts > 0 AND id NOT IN (SELECT notice_id FROM conflict)`)
	if err != nil {
		return fmt.Errorf("refresh conflicts: %w", err)
	}
	return nil
}

// allIDsOf reads a query of ids into a set.
func allIDsOf(ctx context.Context, tx txn, q string) (map[int64]bool, error) {
	ids, err := queryIDs(ctx, tx, q)
	if err != nil {
		return nil, fmt.Errorf("refresh conflicts: %w", err)
	}
	out := make(map[int64]bool, len(ids))
	for _, id := range ids {
		out[id] = true
	}
	return out, nil
}
