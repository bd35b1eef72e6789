package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/takedowndesk/takedowndesk/store/teamsync"
)

// cmdSync syncs the desk with the team's server:
// `takedowndesk sync [--db PATH] [--json] [--server URL] [--desk NAME]`.
// Without --server the server last synced with is used ($TAKEDOWNDESK_SERVER
// first); its password comes from the URL, PGPASSWORD or ~/.pgpass.
func cmdSync(args []string) error {
	fs := flags("sync")
	dbPath := fs.String("db", "", "database file")
	asJSON := fs.Bool("json", false, "print a JSON report")
	server := fs.String("server", "", "the team's PostgreSQL server: postgres://ROLE:PASSWORD@HOST/DB?sslmode=verify-full")
	desk := fs.String("desk", "", "the desk on the server (default: the one synced last)")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	db, err := openDB(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.ReadOnlyError(); err != nil {
		return fmt.Errorf("sync: %w", err)
	}
	ctx := context.Background()
	url := *server
	if url == "" {
		url = os.Getenv("TAKEDOWNDESK_SERVER")
	}
	if url == "" {
		if url, err = db.Setting(ctx, teamsync.SettingServer); err != nil {
			return err
		}
	}
	if url == "" {
		return errors.New("sync: no server given (--server URL) and none synced before")
	}
	start := time.Now()
	res, err := teamsync.Sync(ctx, db, url, teamsync.Options{Desk: *desk})
	if err != nil {
		return fmt.Errorf("sync: %w", err)
	}
	if *asJSON {
		return printJSON(res)
	}
	fmt.Printf("%s, desk %s: pushed %d, pulled %d (%s) in %.1f s\n", res.Server, res.Desk, res.Pushed, res.Pulled, res.Merge, time.Since(start).Seconds())
	if res.Skipped > 0 {
		fmt.Printf("  %d records from the server could not be read and were skipped\n", res.Skipped)
	}
	for _, c := range res.Merge.Conflicts {
		fmt.Printf("  conflict: %s %s %s: kept %s (%q by %s; %q by %s)\n", c.Entity, c.UID, c.Field, c.Kept, c.Local, c.LocalAuthor, c.Other, c.OtherAuthor)
	}
	return nil
}

// cmdServer sets the team's server up, as its administrator:
// `takedowndesk server --server URL init | add-member DESK ROLE... | remove-member DESK ROLE...`.
func cmdServer(args []string) error {
	fs := flags("server")
	server := fs.String("server", "", "the server, as a role that may create schemas and roles")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if *server == "" {
		*server = os.Getenv("TAKEDOWNDESK_SERVER")
	}
	if *server == "" || len(pos) == 0 {
		return errors.New("server: usage: takedowndesk server --server URL init | add-member DESK ROLE… | remove-member DESK ROLE…")
	}
	ctx := context.Background()
	switch pos[0] {
	case "init":
		if err := teamsync.Init(ctx, *server); err != nil {
			return fmt.Errorf("server init: %w", err)
		}
		fmt.Printf("%s: Takedown Desk schema version %d\n", teamsync.Redact(*server), teamsync.ServerVersion())
	case "add-member", "remove-member":
		if len(pos) < 3 {
			return fmt.Errorf("server %s: give a desk and at least one role", pos[0])
		}
		f := teamsync.AddMembers
		if pos[0] == "remove-member" {
			f = teamsync.RemoveMembers
		}
		if err := f(ctx, *server, pos[1], pos[2:]...); err != nil {
			return fmt.Errorf("server %s: %w", pos[0], err)
		}
		fmt.Printf("desk %s: %s %v\n", pos[1], pos[0], pos[2:])
	default:
		return fmt.Errorf("server: unknown command %q (init, add-member, remove-member)", pos[0])
	}
	return nil
}
