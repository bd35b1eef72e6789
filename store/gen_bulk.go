package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

// GeneratedWork is a reporter's work on one notice of a generated desk.
type GeneratedWork struct {
	Origin    string           // the notice, by its origin
	Tags      []string         // tags on the notice
	ClaimTags map[int][]string // tags on its claims, by the order they were stored in (0 is the first)
	Notes     []app.Note
}

// AddGeneratedWork is for generated desks (benchmarks and tests), not for a
// reporter's edits: it stores the tags and notes of many notices in one
// transaction. Unlike AddTag and AddNote it records no history and leaves
// the search index alone, because the generator imported each notice with
// a search row that already holds its tag names and note bodies. Done one
// edit at a time, a million-notice desk's tags took minutes, each edit
// writing a search-index segment of its own.
func (db *DB) AddGeneratedWork(ctx context.Context, work []GeneratedWork) error {
	return db.inTx(ctx, func(tx *sql.Tx) error {
		tags := map[string]int64{}
		tagID := func(name string) (int64, error) {
			name, err := app.CleanTagName(name)
			if err != nil {
				return 0, err
			}
			if id, ok := tags[name]; ok {
				return id, nil
			}
			var id int64
			err = tx.QueryRowContext(ctx, `INSERT INTO tag (uid, name) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id`, app.TagUID(name), name).Scan(&id)
			if err != nil {
				return 0, fmt.Errorf("create tag %q: %w", name, err)
			}
			tags[name] = id
			return id, nil
		}
		tag := func(table, col string, owner int64, name string) error {
			id, err := tagID(name)
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO `+table+` (`+col+`, tag_id) VALUES (?, ?)`, owner, id); err != nil {
				return fmt.Errorf("tag %s %d: %w", col, owner, err)
			}
			return nil
		}
		for _, w := range work {
			var id int64
			if err := tx.QueryRowContext(ctx, `SELECT id FROM notice WHERE origin = ? AND origin <> ''`, w.Origin).Scan(&id); err != nil {
				return fmt.Errorf("notice %q: %w", w.Origin, err)
			}
			for _, t := range w.Tags {
				if err := tag("notice_tag", "notice_id", id, t); err != nil {
					return err
				}
			}
			if len(w.ClaimTags) > 0 {
				claims, err := claimIDs(ctx, tx, id)
				if err != nil {
					return err
				}
				for k, names := range w.ClaimTags {
					if k < 0 || k >= len(claims) {
						return fmt.Errorf("notice %q has no claim %d: %w", w.Origin, k, app.ErrInvalid)
					}
					for _, t := range names {
						if err := tag("claim_tag", "claim_id", claims[k], t); err != nil {
							return err
						}
					}
				}
			}
			for _, n := range w.Notes {
				at := n.CreatedAt.UTC().Format(time.RFC3339)
				if _, err := tx.ExecContext(ctx, `INSERT INTO note (uid, notice_id, body, start, "end", created_at, updated_at) VALUES (?,?,?,?,?,?,?)`,
					app.NewUID(), id, n.Body, int64(n.Start), int64(n.End), at, at); err != nil {
					return fmt.Errorf("add note to notice %d: %w", id, err)
				}
			}
		}
		return nil
	})
}

// claimIDs lists a notice's claims in the order they were stored.
func claimIDs(ctx context.Context, tx *sql.Tx, noticeID int64) ([]int64, error) {
	ids, err := queryIDs(ctx, tx, `SELECT id FROM claim WHERE notice_id = ? ORDER BY id`, noticeID)
	if err != nil {
		return nil, fmt.Errorf("load claims of notice %d: %w", noticeID, err)
	}
	return ids, nil
}
