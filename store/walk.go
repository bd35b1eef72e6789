package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/merge"
)

// EachSource calls fn with every source of the desk, with its tags, by id.
func (db *DB) EachSource(ctx context.Context, fn func(app.Source) error) error {
	tags := map[int64][]app.Tag{}
	rows, err := db.sql.QueryContext(ctx, `SELECT x.source_id, t.id, t.uid, t.name, t.colour FROM source_tag x JOIN tag t ON t.id = x.tag_id ORDER BY t.name`)
	if err != nil {
		return fmt.Errorf("load source tags: %w", err)
	}
	for rows.Next() {
		var sid int64
		var t app.Tag
		if err := rows.Scan(&sid, &t.ID, &t.UID, &t.Name, &t.Colour); err != nil {
			rows.Close()
			return fmt.Errorf("load source tags: %w", err)
		}
		tags[sid] = append(tags[sid], t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("load source tags: %w", err)
	}
	var all []app.Source
	rows, err = db.sql.QueryContext(ctx, `SELECT id, uid, name, kind, url, credibility FROM source ORDER BY id`)
	if err != nil {
		return fmt.Errorf("load sources: %w", err)
	}
	for rows.Next() {
		var s app.Source
		var kind string
		if err := rows.Scan(&s.ID, &s.UID, &s.Name, &kind, &s.URL, &s.Credibility); err != nil {
			rows.Close()
			return fmt.Errorf("load sources: %w", err)
		}
		s.Kind, s.Tags = app.SourceKind(kind), tags[s.ID]
		all = append(all, s)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("load sources: %w", err)
	}
	for _, s := range all {
		if err := fn(s); err != nil {
			return err
		}
	}
	return nil
}

// EachTag calls fn with every tag of the desk's vocabulary, by name.
func (db *DB) EachTag(ctx context.Context, fn func(app.Tag) error) error {
	rows, err := db.sql.QueryContext(ctx, `SELECT id, uid, name, colour FROM tag ORDER BY name`)
	if err != nil {
		return fmt.Errorf("load tags: %w", err)
	}
	var all []app.Tag
	for rows.Next() {
		var t app.Tag
		if err := rows.Scan(&t.ID, &t.UID, &t.Name, &t.Colour); err != nil {
			rows.Close()
			return fmt.Errorf("load tags: %w", err)
		}
		all = append(all, t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("load tags: %w", err)
	}
	for _, t := range all {
		if err := fn(t); err != nil {
			return err
		}
	}
	return nil
}

// EachChange calls fn with every change of the desk's history, oldest
// first, a batch at a time.
func (db *DB) EachChange(ctx context.Context, fn func(app.Change) error) error {
	return db.eachChange(ctx, db.sql, `1`, fn)
}

func (db *DB) eachChange(ctx context.Context, q querier, cond string, fn func(app.Change) error) error {
	after := int64(0)
	for {
		rows, err := q.QueryContext(ctx, `SELECT `+historyCols+` FROM history WHERE id > ? AND `+cond+` ORDER BY id LIMIT 2000`, after)
		if err != nil {
			return fmt.Errorf("load history: %w", err)
		}
		var batch []app.Change
		for rows.Next() {
			c, err := scanChange(rows)
			if err != nil {
				rows.Close()
				return fmt.Errorf("load history: %w", err)
			}
			batch = append(batch, c)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("load history: %w", err)
		}
		for _, c := range batch {
			if err := fn(c); err != nil {
				return err
			}
		}
		if len(batch) < 2000 {
			return nil
		}
		after = batch[len(batch)-1].ID
	}
}

// Input is the whole desk as a merge input: every notice whole, then its
// sources, tags and change log.
func (db *DB) Input() merge.Input {
	return func(ctx context.Context, s merge.Sink) error {
		ids, err := queryIDs(ctx, db.sql, `SELECT id FROM notice ORDER BY id`)
		if err != nil {
			return fmt.Errorf("list notices: %w", err)
		}
		err = db.EachOf(ctx, ids, func(n app.Notice) error {
			return s.Notice(Whole(n))
		})
		if err == nil {
			err = db.EachSource(ctx, s.Source)
		}
		if err == nil {
			err = db.EachTag(ctx, s.Tag)
		}
		if err == nil {
			err = db.EachChange(ctx, s.Change)
		}
		return err
	}
}

// Whole is a notice loaded whole as the merge hands it on.
func Whole(n app.Notice) app.Imported {
	return app.Imported{Notice: n, Claims: n.Claims, Sources: n.Sources, Links: n.Links}
}

// OpenInput opens another desk to merge from: a database file (copied
// first with VACUUM INTO and migrated in the copy, so the other reporter's
// file is never written) or a whole-desk JSON export. close removes the
// copy.
func OpenInput(ctx context.Context, path string) (in merge.Input, close func(), err error) {
	if fresh, err := checkHeader(path); err != nil || fresh {
		if errors.Is(err, ErrForeign) && merge.IsDump(path) {
			return merge.FileInput(path), func() {}, nil
		}
		if err == nil {
			err = fmt.Errorf("%s: %w", path, fs.ErrNotExist)
		}
		return nil, nil, err
	}
	dir, err := os.MkdirTemp("", "takedowndesk-merge-*")
	if err != nil {
		return nil, nil, fmt.Errorf("merge %s: %w", path, err)
	}
	cleanup := func() { os.RemoveAll(dir) }
	copyPath := filepath.Join(dir, "other.db")
	// read-only, but not query_only: VACUUM INTO writes only the copy
	ro, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(5000)")
	if err != nil {
		cleanup()
		return nil, nil, fmt.Errorf("merge %s: %w", path, err)
	}
	var appID int
	if err := ro.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil || appID != ApplicationID {
		ro.Close()
		cleanup()
		if err == nil {
			err = fmt.Errorf("%w (application_id %#x)", ErrForeign, appID)
		}
		return nil, nil, fmt.Errorf("merge %s: %w", path, friendly(err))
	}
	_, err = ro.ExecContext(ctx, "VACUUM INTO ?", copyPath)
	ro.Close()
	if err != nil {
		cleanup()
		return nil, nil, fmt.Errorf("merge %s: copy it: %w", path, friendly(err))
	}
	other, err := Open(copyPath)
	if err != nil {
		cleanup()
		return nil, nil, fmt.Errorf("merge %s: %w", path, err)
	}
	return other.Input(), func() { other.Close(); cleanup() }, nil
}

// MergeFile merges the desk at path (a database file or a whole-desk JSON
// export) into db; progress, when set, is called with the items read.
func (db *DB) MergeFile(ctx context.Context, path string, progress func(done int)) (merge.Report, error) {
	in, closeIn, err := OpenInput(ctx, path)
	if err != nil {
		return merge.Report{From: path, Conflicts: []merge.Conflict{}}, fmt.Errorf("merge: %w", err)
	}
	defer closeIn()
	rep, err := db.Merge(ctx, path, in, MergeOptions{Progress: progress})
	if err != nil {
		return rep, fmt.Errorf("merge %s: %w", path, err)
	}
	return rep, nil
}
