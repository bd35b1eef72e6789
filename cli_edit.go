package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/store"
)

// The edit commands make the window's edits from a script: each is one
// app.Change applied through store.Apply, so it is validated, written with
// its history row in one transaction and undone in the window like any
// other edit.
func init() {
	commands["status"] = cmdStatus
	commands["star"] = func(args []string) error { return cmdStar("star", args, true) }
	commands["unstar"] = func(args []string) error { return cmdStar("unstar", args, false) }
	commands["tag"] = func(args []string) error { return cmdTag("tag", args, true) }
	commands["untag"] = func(args []string) error { return cmdTag("untag", args, false) }
	commands["note"] = cmdNote
}

// editUsage is the edit commands' part of the usage text.
const editUsage = `  takedowndesk status  [--db PATH] [--json] ID STATUS     STATUS: new, triaged, verifying, verified, published, discarded
  takedowndesk star    [--db PATH] [--json] ID             (unstar ID takes the star off)
  takedowndesk tag     [--db PATH] [--json] ID NAME...     (untag ID NAME... takes tags off)
  takedowndesk tag     [--db PATH] [--json] --claim ID NAME... | --source ID NAME...
  takedowndesk note    [--db PATH] [--json] ID TEXT...
`

// changeJSON is one applied edit as the edit commands print it with --json.
type changeJSON struct {
	Entity  string `json:"entity"`
	ID      int64  `json:"id"`
	Notice  int64  `json:"notice"`
	Field   string `json:"field"`
	Before  string `json:"before"`
	After   string `json:"after"`
	Changed bool   `json:"changed"` // false when it was so already (no history row)
	History int64  `json:"history,omitempty"`
	At      string `json:"at,omitempty"`
}

func changeOut(c app.Change) changeJSON {
	out := changeJSON{Entity: string(c.Entity), ID: c.Ref, Notice: c.NoticeID, Field: string(c.Field),
		Before: c.Before, After: c.After, Changed: c.ID != 0, History: c.ID}
	if !c.At.IsZero() {
		out.At = c.At.UTC().Format(time.RFC3339)
	}
	return out
}

// describe is one line saying what an edit did.
func describe(c app.Change) string {
	what := fmt.Sprintf("%s %d", c.Entity, c.Ref)
	if c.Entity == app.EntityNote {
		what = fmt.Sprintf("notice %d: note %d", c.NoticeID, c.Ref)
	}
	switch {
	case c.Field == app.FieldTag && c.After != "":
		if c.ID == 0 {
			return fmt.Sprintf("%s: already tagged %q", what, c.After)
		}
		return fmt.Sprintf("%s: tagged %q", what, c.After)
	case c.Field == app.FieldTag:
		if c.ID == 0 {
			return fmt.Sprintf("%s: had no tag %q", what, c.Before)
		}
		return fmt.Sprintf("%s: untagged %q", what, c.Before)
	case c.Field == app.FieldBody:
		return fmt.Sprintf("%s added", what)
	case c.ID == 0:
		return fmt.Sprintf("%s: %s is already %s", what, c.Field, c.After)
	}
	return fmt.Sprintf("%s: %s %s → %s", what, c.Field, c.Before, c.After)
}

// editFlags are the flags every edit command takes.
type editFlags struct {
	db     *string
	asJSON *bool
}

func addEditFlags(name string) (*flag.FlagSet, editFlags) {
	fs := flags(name)
	return fs, editFlags{db: fs.String("db", "", "database file"), asJSON: fs.Bool("json", false, "print the changes as JSON")}
}

// openForEdit opens the database to write: every page checked, the day's
// backup written, a read-only file refused.
func openForEdit(name string, ef editFlags) (*store.DB, error) {
	db, err := openDB(*ef.db)
	if err != nil {
		return nil, err
	}
	if err := db.ReadOnlyError(); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return db, nil
}

// applyAll applies the changes in order and prints them; it stops at the
// first refused one, naming it (the ones before it stay applied, each in
// its own transaction, as the window's edits are).
func applyAll(name string, ef editFlags, db *store.DB, chs []app.Change) error {
	ctx := context.Background()
	var done []changeJSON
	var lines []string
	var failed error
	for _, ch := range chs {
		got, err := db.Apply(ctx, ch)
		if err != nil {
			failed = fmt.Errorf("%s: %w", name, err)
			break
		}
		done = append(done, changeOut(got))
		lines = append(lines, describe(got))
	}
	if *ef.asJSON {
		if done == nil {
			done = []changeJSON{}
		}
		if err := printJSON(done); err != nil {
			return err
		}
	} else {
		for _, l := range lines {
			fmt.Println(l)
		}
	}
	return failed
}

// noticeArg resolves the notice a command names by id or uid.
func noticeArg(name string, db *store.DB, ref string) (int64, error) {
	id, err := db.NoticeRef(context.Background(), ref)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", name, err)
	}
	return id, nil
}

func cmdStatus(args []string) error {
	fs, ef := addEditFlags("status")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return errors.New("status: give a notice id or uid and a status (new, triaged, verifying, verified, published, discarded)")
	}
	st, err := app.ParseStatus(strings.ToLower(pos[1]))
	if err != nil {
		return fmt.Errorf("status: %w", err)
	}
	db, err := openForEdit("status", ef)
	if err != nil {
		return err
	}
	defer db.Close()
	id, err := noticeArg("status", db, pos[0])
	if err != nil {
		return err
	}
	return applyAll("status", ef, db, []app.Change{{Entity: app.EntityNotice, Ref: id, Field: app.FieldStatus, After: string(st)}})
}

func cmdStar(name string, args []string, on bool) error {
	fs, ef := addEditFlags(name)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("%s: give one notice id or uid", name)
	}
	db, err := openForEdit(name, ef)
	if err != nil {
		return err
	}
	defer db.Close()
	id, err := noticeArg(name, db, pos[0])
	if err != nil {
		return err
	}
	return applyAll(name, ef, db, []app.Change{{Entity: app.EntityNotice, Ref: id, Field: app.FieldStarred, After: strconv.FormatBool(on)}})
}

func cmdTag(name string, args []string, add bool) error {
	fs, ef := addEditFlags(name)
	claim := fs.Int64("claim", 0, "tag this claim instead of a notice")
	source := fs.Int64("source", 0, "tag this source instead of a notice")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if *claim != 0 && *source != 0 {
		return fmt.Errorf("%s: give --claim or --source, not both", name)
	}
	if *claim < 0 || *source < 0 {
		return fmt.Errorf("%s: --claim and --source take an id, 1 or more", name)
	}
	entity, ref := app.EntityNotice, int64(0)
	switch {
	case *claim != 0:
		entity, ref = app.EntityClaim, *claim
	case *source != 0:
		entity, ref = app.EntitySource, *source
	default:
		if len(pos) == 0 {
			return fmt.Errorf("%s: give a notice id or uid and one or more tag names", name)
		}
	}
	names := pos
	if entity == app.EntityNotice {
		names = pos[1:]
	}
	if len(names) == 0 {
		return fmt.Errorf("%s: give one or more tag names", name)
	}
	// Every name checked before anything is written.
	for i, n := range names {
		clean, err := app.CleanTagName(n)
		if err != nil {
			return fmt.Errorf("%s: tag %q: %w", name, n, err)
		}
		names[i] = clean
	}
	db, err := openForEdit(name, ef)
	if err != nil {
		return err
	}
	defer db.Close()
	if entity == app.EntityNotice {
		if ref, err = noticeArg(name, db, pos[0]); err != nil {
			return err
		}
	}
	chs := make([]app.Change, len(names))
	for i, n := range names {
		chs[i] = app.Change{Entity: entity, Ref: ref, Field: app.FieldTag}
		if add {
			chs[i].After = n
		} else {
			chs[i].Before = n
		}
	}
	return applyAll(name, ef, db, chs)
}

func cmdNote(args []string) error {
	fs, ef := addEditFlags("note")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) < 2 {
		return errors.New("note: give a notice id or uid and the note's text")
	}
	text := strings.TrimSpace(strings.Join(pos[1:], " "))
	if text == "" {
		return errors.New("note: the note's text is empty")
	}
	db, err := openForEdit("note", ef)
	if err != nil {
		return err
	}
	defer db.Close()
	id, err := noticeArg("note", db, pos[0])
	if err != nil {
		return err
	}
	return applyAll("note", ef, db, []app.Change{{Entity: app.EntityNote, NoticeID: id, Field: app.FieldBody, After: text}})
}
