package merge

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

func TestWinnerIsLastByTimeAuthorUID(t *testing.T) {
	t0 := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	c := func(at time.Time, author, uid, after string) app.Change {
		return app.Change{At: at, Author: author, UID: uid, Field: app.FieldStatus, After: after}
	}
	cases := []struct {
		name string
		cs   []app.Change
		want string
	}{
		{"later time", []app.Change{c(t0.Add(time.Second), "a", "1", "late"), c(t0, "z", "9", "early")}, "late"},
		{"same time, author", []app.Change{c(t0, "alice", "9", "a"), c(t0, "bob", "1", "b")}, "b"},
		{"same time and author, uid", []app.Change{c(t0, "bob", "2", "x"), c(t0, "bob", "1", "y")}, "x"},
		{"nanoseconds count", []app.Change{c(t0, "b", "1", "first"), c(t0.Add(time.Nanosecond), "a", "0", "second")}, "second"},
	}
	for _, tc := range cases {
		for _, order := range [][]int{{0, 1}, {1, 0}} {
			cs := []app.Change{tc.cs[order[0]], tc.cs[order[1]]}
			if got := Winner(cs).After; got != tc.want {
				t.Errorf("%s, order %v: winner %q, want %q", tc.name, order, got, tc.want)
			}
		}
	}
}

func TestKeyAndValueOfTags(t *testing.T) {
	add := app.Change{Field: app.FieldTag, After: "isis"}
	remove := app.Change{Field: app.FieldTag, Before: "isis"}
	if Key(add) != Key(remove) || Key(add) != "tag:isis" {
		t.Errorf("keys %q %q: adding and removing one tag set one field", Key(add), Key(remove))
	}
	if Value(add) != "1" || Value(remove) != "" {
		t.Errorf("values %q %q", Value(add), Value(remove))
	}
	if Key(app.Change{Field: app.FieldStatus}) != "status" {
		t.Error("a plain field is its own key")
	}
}

type collect struct {
	notices []app.Imported
	changes []app.Change
	sources []app.Source
	tags    []app.Tag
}

func (c *collect) Notice(im app.Imported) error { c.notices = append(c.notices, im); return nil }
func (c *collect) Source(s app.Source) error    { c.sources = append(c.sources, s); return nil }
func (c *collect) Tag(t app.Tag) error          { c.tags = append(c.tags, t); return nil }
func (c *collect) Change(ch app.Change) error   { c.changes = append(c.changes, ch); return nil }

func TestReadDumpKeepsWhatWasWritten(t *testing.T) {
	dump := `{"format":"takedowndesk","version":2,"exported_at":"2026-12-02T00:00:00Z","notices":[
	  {"uid":"n1","title":"T","body":"78 channels","status":"triaged","content_hash":"h","summary":"78 channels",
	   "imported_at":"2026-12-01T00:00:00Z","published_at":null,"tags":["isis"],
	   "claims":[{"uid":"c1","kind":"figure","value":78,"high":80,"unit":"channels","start":0,"end":11,"quote":"78 channels","verification":"verified","origin":"auto","category":"x","tags":["t"]}],
	   "notes":[{"uid":"o1","body":"b","start":0,"end":0,"created_at":"2026-12-01T01:00:00Z","updated_at":"2026-12-01T02:00:00Z"}],
	   "sources":[{"name":"Telegram","kind":"platform_statement","role":"stated_by","uid":"s1","credibility":4}],
	   "links":["https://t.me/x"]}],
	 "sources":[{"uid":"s1","name":"Telegram","kind":"platform_statement","url":"","credibility":4,"tags":["official"]}],
	 "tags":[{"uid":"g1","name":"isis","colour":"#ff0000"}],
	 "history":[{"uid":"h1","at":"2026-12-01T03:00:00.123456789Z","author":"alice","entity":"notice","entity_uid":"n1","notice_uid":"n1","field":"status","before":"new","after":"triaged"}]}`
	var c collect
	if err := ReadDump(context.Background(), strings.NewReader(dump), &c); err != nil {
		t.Fatal(err)
	}
	if len(c.notices) != 1 || len(c.changes) != 1 || len(c.sources) != 1 || len(c.tags) != 1 {
		t.Fatalf("read %+v", c)
	}
	n := c.notices[0]
	if n.Notice.UID != "n1" || n.Notice.ContentHash != "h" || n.Notice.Status != app.StatusTriaged || n.Notice.Summary != "78 channels" {
		t.Errorf("notice %+v", n.Notice)
	}
	cl := n.Claims[0]
	if cl.UID != "c1" || cl.High != 80 || cl.Category != "x" || cl.Verification != app.Verified || len(cl.Tags) != 1 {
		t.Errorf("claim %+v", cl)
	}
	note := n.Notice.Notes[0]
	if note.UID != "o1" || note.UpdatedAt.Hour() != 2 {
		t.Errorf("note %+v", note)
	}
	if n.Sources[0].Source.Credibility != 4 || n.Links[0] != "https://t.me/x" {
		t.Errorf("sources %+v links %v", n.Sources, n.Links)
	}
	ch := c.changes[0]
	if ch.UID != "h1" || ch.Author != "alice" || ch.At.Nanosecond() != 123456789 {
		t.Errorf("change %+v", ch)
	}
	if c.tags[0].Colour != "#ff0000" || c.sources[0].Tags[0].Name != "official" {
		t.Errorf("tags %+v sources %+v", c.tags, c.sources)
	}
}

func FuzzReadDump(f *testing.F) {
	f.Add(`{"format":"takedowndesk","notices":[{"uid":"n","title":"t","body":"b"}],"history":[]}`)
	f.Add(`{"format":"takedowndesk","notices":[{"claims":[{"start":-1}]}]}`)
	f.Add(`{"notices":[`)
	f.Fuzz(func(t *testing.T, s string) {
		var c collect
		_ = ReadDump(context.Background(), strings.NewReader(s), &c) // must not panic
	})
}
