package main

import (
	"context"
	"errors"
	"fmt"
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
	rep, err := db.MergeFile(context.Background(), files[0], nil)
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
