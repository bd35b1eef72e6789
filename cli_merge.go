package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/takedowndesk/takedowndesk/app/merge"
	"github.com/takedowndesk/takedowndesk/store"
)

// cmdMerge merges another reporter's desk (a database file or a whole-desk
// JSON export) into this one: `takedowndesk merge [--db PATH] [--json] OTHER`.
func cmdMerge(args []string) error {
	fs := flags("merge")
	dbPath := fs.String("db", "", "database file")
	asJSON := fs.Bool("json", false, "print a JSON report")
	files, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(files) != 1 {
		return errors.New("merge: give one desk to merge (a .db file or a JSON export)")
	}
	db, err := openDB(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.ReadOnlyError(); err != nil {
		return fmt.Errorf("merge: %w", err)
	}
	rep, err := mergeFile(context.Background(), db, files[0])
	if err != nil {
		return err
	}
	if *asJSON {
		return printJSON(rep)
	}
	fmt.Printf("%s: %s\n", files[0], rep)
	for _, c := range rep.Conflicts {
		fmt.Printf("  conflict: %s %s %s: kept %s (%q by %s; %q by %s)\n", c.Entity, c.UID, c.Field, c.Kept, c.Local, c.LocalAuthor, c.Other, c.OtherAuthor)
	}
	return nil
}

// mergeFile merges the desk at path into db.
func mergeFile(ctx context.Context, db *store.DB, path string) (merge.Report, error) {
	in, closeIn, err := store.OpenInput(ctx, path)
	if err != nil {
		return merge.Report{}, fmt.Errorf("merge: %w", err)
	}
	defer closeIn()
	rep, err := db.Merge(ctx, path, in, store.MergeOptions{})
	if err != nil {
		return rep, fmt.Errorf("merge %s: %w", path, err)
	}
	return rep, nil
}
