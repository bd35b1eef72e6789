package main

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/store"
)

// editDesk is a desk holding the Arabic story, with the ids a script
// would read from list --json (and the store, for a source's id).
type editDesk struct {
	db                 string
	notice, claim, src int64
	uid                string
}

func newEditDesk(t *testing.T) editDesk {
	t.Helper()
	d := editDesk{db: filepath.Join(t.TempDir(), "desk.db")}
	if r := cli(t, "", "import", "--db", d.db, "testdata/ar-story.txt"); r.code != 0 {
		t.Fatalf("import: %+v", r)
	}
	r := cli(t, "", "list", "--db", d.db, "--json")
	var ns []struct {
		ID     int64
		UID    string
		Claims []struct{ ID int64 }
	}
	if err := json.Unmarshal([]byte(r.stdout), &ns); err != nil || len(ns) != 1 || len(ns[0].Claims) == 0 {
		t.Fatalf("list --json: %v %q", err, r.stdout)
	}
	d.notice, d.uid, d.claim = ns[0].ID, ns[0].UID, ns[0].Claims[0].ID
	st := openEditStore(t, d.db)
	n, err := st.Notice(context.Background(), d.notice)
	if err != nil || len(n.Sources) == 0 {
		t.Fatalf("notice %d: %v, sources %v", d.notice, err, n.Sources)
	}
	d.src = n.Sources[0].Source.ID
	st.Close()
	return d
}

func openEditStore(t *testing.T, path string) *store.DB {
	t.Helper()
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// TestEditCommands runs the edits a script makes, in order, on one desk:
// each either prints what it changed (as JSON) or fails in one line that
// names what it refused.
func TestEditCommands(t *testing.T) {
	d := newEditDesk(t)
	id := fmt.Sprint(d.notice)
	claim, src := fmt.Sprint(d.claim), fmt.Sprint(d.src)
	tests := []struct {
		name    string
		args    []string
		code    int
		changes []changeJSON // --json output wanted (History and At not compared)
		errHas  []string     // words the one-line error must hold
	}{
		{"status by id", []string{"status", id, "verifying"}, 0,
			[]changeJSON{{Entity: "notice", ID: d.notice, Notice: d.notice, Field: "status", Before: "new", After: "verifying", Changed: true}}, nil},
		{"same status again changes nothing", []string{"status", id, "Verifying"}, 0,
			[]changeJSON{{Entity: "notice", ID: d.notice, Notice: d.notice, Field: "status", Before: "verifying", After: "verifying"}}, nil},
		{"status by uid", []string{"status", d.uid, "published"}, 0,
			[]changeJSON{{Entity: "notice", ID: d.notice, Notice: d.notice, Field: "status", Before: "verifying", After: "published", Changed: true}}, nil},
		{"published cannot go back to new", []string{"status", id, "new"}, 1, nil,
			[]string{"status:", "notice " + id, "cannot move from published to new"}},
		{"unknown status", []string{"status", id, "done"}, 1, nil, []string{"status:", `unknown status "done"`}},
		{"unknown notice", []string{"status", "99999", "triaged"}, 1, nil, []string{"status:", "notice 99999", "no notice"}},
		{"unknown uid", []string{"star", "nosuchuid"}, 1, nil, []string{"star:", "notice nosuchuid"}},
		{"status without one", []string{"status", id}, 1, nil, []string{"status:", "give a notice id"}},
		{"star", []string{"star", id}, 0,
			[]changeJSON{{Entity: "notice", ID: d.notice, Notice: d.notice, Field: "starred", Before: "false", After: "true", Changed: true}}, nil},
		{"unstar", []string{"unstar", d.uid}, 0,
			[]changeJSON{{Entity: "notice", ID: d.notice, Notice: d.notice, Field: "starred", Before: "true", After: "false", Changed: true}}, nil},
		{"tag two names", []string{"tag", id, "telegram", "  isis   watch "}, 0, []changeJSON{
			{Entity: "notice", ID: d.notice, Notice: d.notice, Field: "tag", After: "telegram", Changed: true},
			{Entity: "notice", ID: d.notice, Notice: d.notice, Field: "tag", After: "isis watch", Changed: true}}, nil},
		{"tag again changes nothing", []string{"tag", id, "telegram"}, 0,
			[]changeJSON{{Entity: "notice", ID: d.notice, Notice: d.notice, Field: "tag", After: "telegram"}}, nil},
		{"untag", []string{"untag", id, "telegram"}, 0,
			[]changeJSON{{Entity: "notice", ID: d.notice, Notice: d.notice, Field: "tag", Before: "telegram", Changed: true}}, nil},
		{"tag a claim", []string{"tag", "--claim", claim, "وحدات"}, 0,
			[]changeJSON{{Entity: "claim", ID: d.claim, Notice: d.notice, Field: "tag", After: "وحدات", Changed: true}}, nil},
		{"untag a claim", []string{"untag", "وحدات", "--claim", claim}, 0,
			[]changeJSON{{Entity: "claim", ID: d.claim, Notice: d.notice, Field: "tag", Before: "وحدات", Changed: true}}, nil},
		{"tag a source", []string{"tag", "--source", src, "platform"}, 0,
			[]changeJSON{{Entity: "source", ID: d.src, Field: "tag", After: "platform", Changed: true}}, nil},
		{"unknown claim", []string{"tag", "--claim", "99999", "x"}, 1, nil, []string{"tag:", "claim 99999", "not found"}},
		{"unknown source", []string{"untag", "--source", "99999", "x"}, 1, nil, []string{"untag:", "source 99999", "not found"}},
		{"claim and source", []string{"tag", "--claim", claim, "--source", src, "x"}, 1, nil, []string{"not both"}},
		{"empty tag name", []string{"tag", id, "ok", "  "}, 1, nil, []string{"tag:", "empty tag"}},
		{"tag without names", []string{"tag", id}, 1, nil, []string{"tag:", "tag names"}},
		{"note", []string{"note", id, "check", "the", "78"}, 0,
			[]changeJSON{{Entity: "note", Notice: d.notice, Field: "body", After: "check the 78", Changed: true}}, nil},
		{"empty note", []string{"note", id, " "}, 1, nil, []string{"note:", "empty"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{tc.args[0], "--db", d.db, "--json"}, tc.args[1:]...)
			r := cli(t, "", args...)
			if r.code != tc.code {
				t.Fatalf("%v: exit %d, want %d; stderr %q", tc.args, r.code, tc.code, r.stderr)
			}
			if tc.code != 0 {
				line := strings.TrimSuffix(r.stderr, "\n")
				if strings.Contains(line, "\n") || !strings.HasPrefix(line, "takedowndesk: ") {
					t.Errorf("stderr is not one line: %q", r.stderr)
				}
				for _, w := range tc.errHas {
					if !strings.Contains(line, w) {
						t.Errorf("stderr %q lacks %q", line, w)
					}
				}
				return
			}
			var got []changeJSON
			if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
				t.Fatalf("--json: %v\n%s", err, r.stdout)
			}
			if len(got) != len(tc.changes) {
				t.Fatalf("got %d changes %+v, want %+v", len(got), got, tc.changes)
			}
			for i, c := range got {
				if (c.History != 0) != c.Changed || (c.At != "") != c.Changed {
					t.Errorf("change %d: changed %v but history %d at %q", i, c.Changed, c.History, c.At)
				}
				c.History, c.At = 0, ""
				want := tc.changes[i]
				if want.Entity == "note" {
					want.ID = c.ID // the new note's id
				}
				if c != want {
					t.Errorf("change %d = %+v, want %+v", i, c, want)
				}
			}
		})
	}

	// Every change made is in the notice's history, as the window's are.
	st := openEditStore(t, d.db)
	defer st.Close()
	hist, err := st.History(context.Background(), d.notice)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range hist {
		got = append(got, fmt.Sprintf("%s.%s %s>%s", c.Entity, c.Field, c.Before, c.After))
	}
	want := []string{
		"notice.status new>verifying", "notice.status verifying>published",
		"notice.starred false>true", "notice.starred true>false",
		"notice.tag >telegram", "notice.tag >isis watch", "notice.tag telegram>",
		"claim.tag >وحدات", "claim.tag وحدات>", "note.body >check the 78",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("history:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	n, err := st.Notice(context.Background(), d.notice)
	if err != nil {
		t.Fatal(err)
	}
	if n.Status != app.StatusPublished || n.Starred || len(n.Tags) != 1 || n.Tags[0].Name != "isis watch" || len(n.Notes) != 1 {
		t.Errorf("notice after the edits: status %s starred %v tags %v notes %v", n.Status, n.Starred, n.Tags, n.Notes)
	}
}

// Without --json each edit prints one line saying what it did.
func TestEditCommandsText(t *testing.T) {
	d := newEditDesk(t)
	id := fmt.Sprint(d.notice)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"status", "--db", d.db, id, "triaged"}, "notice " + id + ": status new → triaged\n"},
		{[]string{"status", "--db", d.db, id, "triaged"}, "notice " + id + ": status is already triaged\n"},
		{[]string{"tag", "--db", d.db, id, "a", "b"}, "notice " + id + ": tagged \"a\"\nnotice " + id + ": tagged \"b\"\n"},
		{[]string{"untag", "--db", d.db, id, "c"}, "notice " + id + ": had no tag \"c\"\n"},
	} {
		r := cli(t, "", tc.args...)
		if r.code != 0 || r.stdout != tc.want {
			t.Errorf("%v: exit %d, stdout %q, want %q (stderr %q)", tc.args, r.code, r.stdout, tc.want, r.stderr)
		}
	}
	if r := cli(t, "", "help"); !strings.Contains(r.stderr, "takedowndesk status") || !strings.Contains(r.stderr, "--claim ID") {
		t.Errorf("usage lacks the edit commands:\n%s", r.stderr)
	}
}
