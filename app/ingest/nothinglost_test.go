package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/ingest"
	"github.com/takedowndesk/takedowndesk/store"
)

// These tests import into a real store: what is lost or kept is decided by
// the pipeline and the store together.

func openDB(t testing.TB) *store.DB {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "desk.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func writeFile(t *testing.T, name, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func importOK(t *testing.T, db *store.DB, path string, opt ingest.Options) ingest.Report {
	t.Helper()
	rep := ingest.File(context.Background(), db, path, opt)
	if rep.Err != nil {
		t.Fatalf("import %s: %v", filepath.Base(path), rep.Err)
	}
	return rep
}

func allNotices(t *testing.T, db *store.DB) []app.Notice {
	t.Helper()
	ns, err := db.NoticesFull(context.Background(), app.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	return ns
}

func counts(r ingest.Report) [4]int { return [4]int{r.New, r.Duplicate, r.Updated, r.Skipped} }

const reusedGUIDFeed = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Desk wire</title>
<item><title>First story</title><guid>tag:wire,2024:1</guid><description>Platform removed 120 accounts.</description></item>
<item><title>Second story</title><guid>tag:wire,2024:1</guid><description>Another platform suspended 45 channels.</description></item>
<item><title>Third story</title><link>https://wire.example/3</link><description>A court ordered 3 sites blocked.</description></item>
<item><title>First story</title><guid>tag:wire,2024:1</guid><description>Platform removed 120 accounts.</description></item>
</channel></rss>`

func TestFeedReusedGUIDKeepsEveryItem(t *testing.T) {
	db := openDB(t)
	path := writeFile(t, "wire.xml", reusedGUIDFeed)
	rep := importOK(t, db, path, ingest.Options{})
	if got, want := counts(rep), [4]int{3, 1, 0, 0}; got != want {
		t.Errorf("first import: new, duplicate, updated, skipped = %v, want %v", got, want)
	}
	if rep.Repeated != 1 || len(rep.Notes) == 0 {
		t.Errorf("repeated keys = %d, notes %q; want 1 and a note", rep.Repeated, rep.Notes)
	}
	titles := map[string]bool{}
	for _, n := range allNotices(t, db) {
		titles[n.Title] = true
	}
	if len(titles) != 3 {
		t.Errorf("stored titles %v, want the three stories", titles)
	}
	again := importOK(t, db, path, ingest.Options{})
	if got, want := counts(again), [4]int{0, 4, 0, 0}; got != want {
		t.Errorf("second import: %v, want %v", got, want)
	}
	// The first item under the shared guid is edited: it updates in place.
	edited := strings.Replace(reusedGUIDFeed, "removed 120 accounts.</description></item>\n<item><title>Second", "removed 130 accounts.</description></item>\n<item><title>Second", 1)
	third := importOK(t, db, writeFile(t, "wire.xml", edited), ingest.Options{})
	if third.Updated != 1 || third.New != 1 {
		t.Errorf("edited feed: %+v, want the first item updated (and its old text, still last, new again)", counts(third))
	}
}

const groupChat = `{"name": "Newsroom", "type": "private_group", "id": 77,
 "messages": [
  {"id": 1, "type": "message", "date": "2023-05-01T10:00:00", "date_unixtime": "1682935200", "from": "Amal", "from_id": "user1", "text": "ok"},
  {"id": 2, "type": "message", "date": "2023-05-01T10:05:00", "date_unixtime": "1682935500", "from": "Boris", "from_id": "user2", "text": "ok"},
  {"id": 3, "type": "message", "date": "2023-05-01T10:06:00", "date_unixtime": "1682935560", "from": "Amal", "from_id": "user1", "text": "+1"},
  {"id": 4, "type": "message", "date": "2023-05-01T11:00:00", "date_unixtime": "1682938800", "from": "Boris", "from_id": "user2", "text": "",
   "poll": {"question": "Run the story today?", "closed": true, "total_voters": 7,
            "answers": [{"text": "Yes", "voters": 5, "chosen": true}, {"text": "No", "voters": 2, "chosen": false}]}},
  {"id": 5, "type": "message", "date": "2023-05-01T11:10:00", "date_unixtime": "1682939400", "from": "Amal", "from_id": "user1", "text": "",
   "todo_list": {"title": "Before filing", "items": [{"text": "Call the press office", "id": 1}, {"text": "Check the 78 figure", "id": 2}]}},
  {"id": 6, "type": "message", "date": "2023-05-01T11:20:00", "date_unixtime": "1682940000", "from": "Boris", "from_id": "user2", "text": "",
   "place_name": "Press centre", "address": "1 Main St", "location_information": {"latitude": 55.75, "longitude": 37.61}},
  {"id": 7, "type": "message", "date": "2023-05-01T11:30:00", "date_unixtime": "1682940600", "from": "Amal", "from_id": "user1", "text": "",
   "contact_information": {"first_name": "Press", "last_name": "Office", "phone_number": "+100000000"}}
 ]}`

func TestGroupChatKeepsIdenticalShortMessagesAndContent(t *testing.T) {
	db := openDB(t)
	path := writeFile(t, "result.json", groupChat)
	rep := importOK(t, db, path, ingest.Options{})
	if got, want := counts(rep), [4]int{7, 0, 0, 0}; got != want {
		t.Errorf("first import: %v, want %v", got, want)
	}
	bodies := map[string]int{}
	for _, n := range allNotices(t, db) {
		bodies[n.Body]++
	}
	if bodies["ok"] != 2 {
		t.Errorf("%d notices say ok, want 2 (one per sender)", bodies["ok"])
	}
	for _, want := range []string{
		"Poll: Run the story today?\n- Yes — 5 votes (chosen)\n- No — 2 votes\n7 voters, closed",
		"To-do list: Before filing\n- Call the press office\n- Check the 78 figure",
		"Place: Press centre\nAddress: 1 Main St\nLocation: 55.75, 37.61",
		"Contact: Press Office +100000000",
	} {
		if bodies[want] != 1 {
			t.Errorf("no notice with body %q; bodies: %v", want, bodies)
		}
	}
	if got, want := counts(importOK(t, db, path, ingest.Options{})), [4]int{0, 7, 0, 0}; got != want {
		t.Errorf("second import: %v, want %v", got, want)
	}
}

const oldExportWithBoth = `{"name": "Desk", "type": "public_channel", "id": 5, "messages": [
 {"id": 1, "type": "message", "date": "2021-02-01T13:00:00", "date_unixtime": "1612173600", "text": "first"},
 {"id": 2, "type": "message", "date": "2020-12-01T13:00:00", "text": "second"}]}`

const oldExport = `{"name": "Desk", "type": "public_channel", "id": 6, "messages": [
 {"id": 1, "type": "message", "date": "2020-12-01T13:00:00", "text": "only local"}]}`

func TestOldExportLocalTimes(t *testing.T) {
	moscow, err := ingest.ParseZone("UTC+3")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, body string
		zone       *time.Location
		want       string // the local-time message's UTC time
		note       string
	}{
		{"no zone: UTC, said", oldExport, nil, "2020-12-01T13:00:00Z", "--tz"},
		{"zone given", oldExport, moscow, "2020-12-01T10:00:00Z", "read in UTC+03:00"},
		{"offset from the export", oldExportWithBoth, nil, "2020-12-01T10:00:00Z", "UTC+03:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := openDB(t)
			rep := importOK(t, db, writeFile(t, "result.json", tt.body), ingest.Options{Zone: tt.zone})
			if len(rep.Notes) != 1 || !strings.Contains(rep.Notes[0], tt.note) {
				t.Errorf("notes %q, want one saying %q", rep.Notes, tt.note)
			}
			for _, n := range allNotices(t, db) {
				if n.Body != "first" && n.PublishedAt.Format(time.RFC3339) != tt.want {
					t.Errorf("%q published %s, want %s", n.Body, n.PublishedAt.Format(time.RFC3339), tt.want)
				}
			}
		})
	}
}

func TestParseZone(t *testing.T) {
	tests := []struct {
		in     string
		offset int // seconds east of UTC on 2020-12-01
		ok     bool
	}{
		{"", 0, true}, {"UTC", 0, true}, {"UTC+3", 3 * 3600, true}, {"+03:00", 3 * 3600, true},
		{"-0430", -(4*3600 + 30*60), true}, {"GMT+5:30", 5*3600 + 30*60, true}, {"Europe/Moscow", 3 * 3600, true},
		{"UTC+25", 0, false}, {"Mars/Olympus", 0, false}, {"+3:7", 0, false},
	}
	for _, tt := range tests {
		loc, err := ingest.ParseZone(tt.in)
		if (err == nil) != tt.ok {
			t.Errorf("ParseZone(%q) error %v, want ok=%v", tt.in, err, tt.ok)
			continue
		}
		if err != nil || loc == nil {
			continue
		}
		if _, off := time.Date(2020, 12, 1, 0, 0, 0, 0, loc).Zone(); off != tt.offset {
			t.Errorf("ParseZone(%q) offset %d, want %d", tt.in, off, tt.offset)
		}
	}
}

// TestLumenReusedIDKeepsEveryNotice: a search page holding two different
// notices under one id (a hand-merged file) keeps both, and a second
// import finds both again.
func TestLumenReusedIDKeepsEveryNotice(t *testing.T) {
	page := `{"notices": [
 {"id": 7001, "type": "DMCA", "title": "Complaint to Telegram", "body": "Footage reposted in 3 channels.", "date_received": "2019-03-03T10:00:00.000Z", "sender_name": "A", "recipient_name": "Telegram"},
 {"id": 7001, "type": "Court Order", "title": "Order to Google", "body": "Remove 12 links.", "date_received": "2019-04-03T10:00:00.000Z", "sender_name": "B", "recipient_name": "Google"},
 {"id": 7002, "type": "DMCA", "title": "Complaint to Telegram", "body": "Footage reposted in 3 channels.", "date_received": "2019-03-03T10:00:00.000Z", "sender_name": "A", "recipient_name": "Telegram"}
]}`
	db := openDB(t)
	path := writeFile(t, "search.json", page)
	rep := importOK(t, db, path, ingest.Options{})
	if got, want := counts(rep), [4]int{3, 0, 0, 0}; got != want || rep.Repeated != 1 {
		t.Errorf("first import: %v, %d repeated; want %v, 1 repeated", got, rep.Repeated, want)
	}
	if got, want := counts(importOK(t, db, path, ingest.Options{})), [4]int{0, 3, 0, 0}; got != want {
		t.Errorf("second import: %v, want %v", got, want)
	}
}

// TestCSVRepeatedIDKeepsEveryRow: an id column that repeats keeps every row.
func TestCSVRepeatedIDKeepsEveryRow(t *testing.T) {
	db := openDB(t)
	path := writeFile(t, "requests.csv", "id,country,requests\n1,Germany,120\n1,France,98\n2,Turkey,4500\n")
	if got, want := counts(importOK(t, db, path, ingest.Options{})), [4]int{3, 0, 0, 0}; got != want {
		t.Errorf("first import: %v, want %v", got, want)
	}
	if got, want := counts(importOK(t, db, path, ingest.Options{})), [4]int{0, 3, 0, 0}; got != want {
		t.Errorf("second import: %v, want %v", got, want)
	}
}

// TestOldExportAgainWithZone: importing an old export again with --tz
// corrects the times the first import read as UTC.
func TestOldExportAgainWithZone(t *testing.T) {
	db := openDB(t)
	path := writeFile(t, "result.json", oldExport)
	importOK(t, db, path, ingest.Options{})
	zone, _ := ingest.ParseZone("UTC+3")
	rep := importOK(t, db, path, ingest.Options{Zone: zone})
	if got, want := counts(rep), [4]int{0, 0, 1, 0}; got != want {
		t.Errorf("with the zone: %v, want %v", got, want)
	}
	if ns := allNotices(t, db); len(ns) != 1 || ns[0].PublishedAt.Format(time.RFC3339) != "2020-12-01T10:00:00Z" {
		t.Errorf("after the zone: %+v, want one notice at 10:00 UTC", ns)
	}
	if got, want := counts(importOK(t, db, path, ingest.Options{Zone: zone})), [4]int{0, 1, 0, 0}; got != want {
		t.Errorf("the same zone again: %v, want %v", got, want)
	}
}

// TestPlatformFromMainSubjectOnly: a story that names a platform once in
// passing is not filed under it; one about the platform is.
func TestPlatformFromMainSubjectOnly(t *testing.T) {
	match := strings.Repeat("The home side pressed high and the visitors struggled to keep the ball in midfield. ", 8)
	tests := []struct{ name, text, want string }{
		{"passing mention", "Derby report\n\n" + match + "Follow our live coverage on Twitter.", ""},
		{"the subject", "Twitter suspends accounts\n\n" + match + "Twitter said it had suspended the accounts.", "Twitter"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := openDB(t)
			importOK(t, db, writeFile(t, "story.txt", tt.text), ingest.Options{})
			if ns := allNotices(t, db); len(ns) != 1 || ns[0].Platform != tt.want {
				t.Errorf("platform %q, want %q", ns[0].Platform, tt.want)
			}
		})
	}
}

// TestChineseChannelLanguage: a channel's posts in Chinese are tagged zh
// by their text, whatever the export is called.
func TestChineseChannelLanguage(t *testing.T) {
	export := `{"name": "English News Digest", "type": "public_channel", "id": 9, "messages": [
 {"id": 1, "type": "message", "date": "2023-01-01T10:00:00", "date_unixtime": "1672567200", "text": "电报今天封禁了78个频道，详情见 https://t.me/example"},
 {"id": 2, "type": "message", "date": "2023-01-02T10:00:00", "date_unixtime": "1672653600", "text": [{"type": "bold", "text": "更新"}, "：又有12个账号被关闭 #news"]}]}`
	db := openDB(t)
	importOK(t, db, writeFile(t, "english-news.json", export), ingest.Options{})
	for _, n := range allNotices(t, db) {
		if n.Lang != "zh" {
			t.Errorf("%q tagged %q, want zh", n.Body, n.Lang)
		}
	}
}
