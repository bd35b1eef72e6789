package ingest_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/takedowndesk/takedowndesk/app/ingest"
)

// TestFeedItemAllAuthors: an RSS item that names several authors (an
// aggregator's <author> for each organisation behind a report, as
// ReliefWeb writes them, or several <dc:creator>) has each as a source,
// not the last alone; "mail (Name)" gives the name, an address alone
// none; an item with one author or none is as before. An author who is
// a person is a journalist of the feed's outlet, which reported it too.
func TestFeedItemAllAuthors(t *testing.T) {
	const feed = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Desk wire</title>
<item><title>Legal alert</title><guid>a</guid><description>Alert.</description><author>Danish Refugee Council</author><author>Danish Demining Group</author></item>
<item><title>Two reporters</title><guid>b</guid><description>Story.</description><dc:creator>Anna Petrova</dc:creator><dc:creator>Omar Khalil</dc:creator></item>
<item><title>Mail form</title><guid>c</guid><description>Story.</description><author>desk@example.org (Jane Roe)</author><author>news@example.org</author><author>Ivan Ivanov</author></item>
<item><title>One</title><guid>d</guid><description>Story.</description><author>Mark Twain</author></item>
<item><title>None</title><guid>e</guid><description>Story.</description></item>
</channel></rss>`
	// people are the journalists of the feed's outlet, organisations
	// only the authors of their reports
	want := map[string][]string{
		"Legal alert":   {"Danish Demining Group/unknown", "Danish Refugee Council/unknown"},
		"Two reporters": {"Anna Petrova/researcher", "Desk wire/news_outlet", "Omar Khalil/researcher"},
		"Mail form":     {"Desk wire/news_outlet", "Ivan Ivanov/researcher", "Jane Roe/researcher"},
		"One":           {"Desk wire/news_outlet", "Mark Twain/researcher"},
		"None":          {"Desk wire/news_outlet"},
	}
	db := openDB(t)
	importOK(t, db, writeFile(t, "wire.xml", feed), ingest.Options{})
	ns := allNotices(t, db)
	if len(ns) != len(want) {
		t.Fatalf("%d notices, want %d", len(ns), len(want))
	}
	for _, n := range ns {
		var got []string
		for _, s := range n.Sources {
			got = append(got, s.Source.Name+"/"+string(s.Source.Kind))
		}
		slices.Sort(got)
		if !slices.Equal(got, want[n.Title]) {
			t.Errorf("%q: sources %q, want %q", n.Title, got, want[n.Title])
		}
	}
	// a feed that XML's own reader refuses still imports, one author each
	broken := strings.Replace(feed, "<item><title>None</title>", "<item><title>None & more</title>", 1)
	db = openDB(t)
	if rep := ingest.File(t.Context(), db, writeFile(t, "broken.xml", broken), ingest.Options{}); rep.Err != nil && !strings.Contains(rep.Err.Error(), "broken.xml") {
		t.Errorf("error %v names no file", rep.Err)
	}
}
