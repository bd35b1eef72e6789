package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/extract"
)

// rebuildAllConflicts computes every conflict of the desk afresh, as
// refreshTouched does for a touched set, but streaming: the figures within
// each notice are read in notice order and compared one notice at a time,
// and the figures across notices a month at a time (the comparison never
// crosses a month), so memory holds one month's figures. Holding every
// figure of a million-notice desk at once, as the touched-set refresh
// does, took 3-4 GB when an upgraded desk was first opened.
func (db *DB) rebuildAllConflicts(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM conflict`); err != nil {
		return fmt.Errorf("compute conflicts: %w", err)
	}
	ins, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO conflict (claim_id, other_claim_id, kind, notice_id, other_notice_id, platform, period)
		VALUES (?,?,?,?,?,?,?)`)
	if err != nil {
		return fmt.Errorf("compute conflicts: %w", err)
	}
	defer ins.Close()
	store := func(cs []app.Claim) error {
		for _, c := range cs {
			for _, k := range c.Conflicts {
				if _, err := ins.ExecContext(ctx, k.ClaimID, k.OtherClaimID, string(k.Kind), k.NoticeID, k.OtherNoticeID, k.Platform, k.Period); err != nil {
					return fmt.Errorf("compute conflicts: %w", err)
				}
			}
		}
		return nil
	}

	// Within each notice: the same figure in units that disagree.
	var cs []app.Claim
	var at int64
	err = eachFigure(ctx, tx, `1 ORDER BY c.notice_id, c.id`, nil, func(c app.Claim, _ string) error {
		if c.NoticeID != at && len(cs) > 0 {
			extract.Conflicts(cs)
			if err := store(cs); err != nil {
				return err
			}
			cs = cs[:0]
		}
		at = c.NoticeID
		cs = append(cs, c)
		return nil
	})
	if err == nil && len(cs) > 0 {
		extract.Conflicts(cs)
		err = store(cs)
	}
	if err != nil {
		return err
	}

	// Across notices: different figures for one platform, unit and day or
	// period, compared within a platform and month; a month at a time.
	dims, err := tableRows(ctx, tx)
	if err != nil {
		return err
	}
	const month = `CASE WHEN length(c.period) >= 7 THEN substr(c.period, 1, 7) ELSE substr(c.event_date, 1, 7) END`
	group := map[int64][]app.Claim{}
	last := ""
	flush := func() error {
		extract.CrossConflicts(group, dims)
		for _, g := range group {
			if err := store(g); err != nil {
				return err
			}
		}
		clear(group)
		return nil
	}
	err = eachFigure(ctx, tx, `c.platform <> '' AND (c.unit <> '' OR c.unit_text <> '') AND (length(c.period) >= 7 OR c.event_date IS NOT NULL)
		ORDER BY `+month, nil, func(c app.Claim, m string) error {
		if m != last && len(group) > 0 {
			if err := flush(); err != nil {
				return err
			}
		}
		last = m
		if bucket(c) != "" {
			group[c.NoticeID] = append(group[c.NoticeID], c)
		}
		return nil
	}, month)
	if err == nil && len(group) > 0 {
		err = flush()
	}
	if err != nil {
		return err
	}
	for _, q := range []string{
		`UPDATE notice SET conflicts = k.n FROM
			(SELECT notice_id AS id, count(DISTINCT claim_id) AS n FROM conflict GROUP BY notice_id) AS k
			WHERE notice.id = k.id AND notice.conflicts <> k.n`,
		`UPDATE notice SET conflicts = 0 WHERE conflicts > 0 AND id NOT IN (SELECT notice_id FROM conflict)`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("compute conflicts: %w", err)
		}
	}
	return nil
}

// eachFigure streams the figures of the claims cond selects (it may end
// in an ORDER BY), with the value of an extra column when one is given.
func eachFigure(ctx context.Context, tx txn, cond string, args []any, fn func(app.Claim, string) error, extra ...string) error {
	cols := figureCols
	if len(extra) > 0 {
		cols += ", " + extra[0]
	}
	rows, err := tx.QueryContext(ctx, `SELECT `+cols+` FROM claim c WHERE c.kind = 'figure' AND c.orphaned = 0 AND `+cond, args...)
	if err != nil {
		return fmt.Errorf("load figures: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var c app.Claim
		var qual, rate string
		var ev, more sql.NullString
		dest := []any{&c.ID, &c.NoticeID, &c.Value, &c.Unit, &qual, &rate, &c.Platform, &ev, &c.Period, &c.UnitText, &c.Origin, &c.High, &c.Actor, &c.Category, &c.Quote, &c.Prefix, &c.Suffix}
		if len(extra) > 0 {
			dest = append(dest, &more)
		}
		if err := rows.Scan(dest...); err != nil {
			return fmt.Errorf("load figures: %w", err)
		}
		c.Kind, c.Qualifier, c.Rate = app.ClaimFigure, app.Qualifier(qual), app.Rate(rate)
		if ev.Valid {
			c.EventDate, _ = time.Parse("2006-01-02", ev.String)
		}
		if err := fn(c, more.String); err != nil {
			return err
		}
	}
	return rows.Err()
}
