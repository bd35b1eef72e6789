package ingest

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

// TestDailyBanSeparatorsAndBoundaries: thousands written with a dot, a
// thin space or an apostrophe, and ban days across month and year ends,
// including a post made just after midnight in the channel's time zone,
// which is still the day before in UTC.
func TestDailyBanSeparatorsAndBoundaries(t *testing.T) {
	utc := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		name         string
		text, posted string
		count, total float64
		day, period  string
	}{
		{"dot thousands", "1.902 groups and channels related to child abuse banned on January, 31.\nTotal this month: 53.791", "2019-02-01T07:00:00Z", 1902, 53791, "2019-01-31", "2019-01"},
		{"thin space", "1\u2009205 terrorist bots and channels banned on March, 1.\nTotal this month: 12\u2009345", "2019-03-02T08:00:00Z", 1205, 12345, "2019-03-01", "2019-03"},
		{"apostrophe", "1'205 terrorist bots and channels banned on March, 1.\nTotal this month: 12'345", "2019-03-02T08:00:00Z", 1205, 12345, "2019-03-01", "2019-03"},
		{"comma", "74 terrorist bots and channels banned on December, 31.\nTotal this month: 3,281", "2018-01-01T09:00:00Z", 74, 3281, "2017-12-31", "2017-12"},
		{"space", "61 ISIS bots and channels banned on December, 26.\nTotal this month: 1 876", "2016-12-27T10:15:00Z", 61, 1876, "2016-12-26", "2016-12"},
		{"january post about december", "74 ISIS bots and channels banned on December, 31.\nTotal this month: 2281", "2017-01-01T06:00:00Z", 74, 2281, "2016-12-31", "2016-12"},
		{"new year's day, still december in UTC", "1 000 groups and channels related to child abuse banned on January, 1.\nTotal this month: 1 000", "2019-12-31T23:00:00Z", 1000, 1000, "2020-01-01", "2020-01"},
		{"first of a month, still the month before in UTC", "90 terrorist bots and channels banned on April, 1.\nTotal this month: 90", "2017-03-31T22:30:00Z", 90, 90, "2017-04-01", "2017-04"},
		{"emoji and extra lines", "🚫 1 205 terrorist bots and channels banned on March, 1.\n\n📊 Total this month: 12 345\n\nMore: https://t.me/isiswatch", "2019-03-02T08:00:00Z", 1205, 12345, "2019-03-01", "2019-03"},
		{"trailing full stop after total", "2097 ISIS bots and channels banned on March, 3.\nTotal this month: 6.204.", "2016-03-04T10:00:00Z", 2097, 6204, "2016-03-03", "2016-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := dailyBanClaims(tt.text, utc(tt.posted))
			if len(cs) != 2 {
				t.Fatalf("got %d claims: %+v", len(cs), cs)
			}
			if cs[0].Value != tt.count || cs[0].EventDate.Format("2006-01-02") != tt.day || cs[0].Period != "" {
				t.Errorf("daily claim %+v, want %v on %s", cs[0], tt.count, tt.day)
			}
			if cs[1].Value != tt.total || cs[1].Period != tt.period || cs[1].Rate != "per_month" || cs[1].EventDate.Format("2006-01-02") != tt.day {
				t.Errorf("total claim %+v, want %v for %s", cs[1], tt.total, tt.period)
			}
		})
	}
}

// tgWant is what one message of a fixture must give.
type tgWant struct {
	published string   // RFC 3339, UTC
	sources   []string // "name/role", in any order
	links     []string
	claims    []string // format claims: "value unit rate period day"
}

func tgCheck(t *testing.T, got app.Imported, want tgWant) {
	t.Helper()
	if p := got.Notice.PublishedAt.UTC().Format(time.RFC3339); p != want.published {
		t.Errorf("%s: published %s, want %s", got.Notice.Origin, p, want.published)
	}
	var srcs []string
	for _, l := range got.Sources {
		srcs = append(srcs, l.Source.Name+"/"+string(l.Role))
	}
	if !sameSet(srcs, want.sources) {
		t.Errorf("%s: sources %q, want %q", got.Notice.Origin, srcs, want.sources)
	}
	if !sameSet(got.Links, want.links) {
		t.Errorf("%s: links %q, want %q", got.Notice.Origin, got.Links, want.links)
	}
	var claims []string
	for _, c := range got.Claims {
		if c.Origin == app.OriginFormat {
			claims = append(claims, strings.Join([]string{strconv.FormatFloat(c.Value, 'f', -1, 64),
				c.Unit, string(c.Rate), c.Period, c.EventDate.Format("2006-01-02")}, " "))
		}
	}
	if strings.Join(claims, "|") != strings.Join(want.claims, "|") {
		t.Errorf("%s: claims %q, want %q", got.Notice.Origin, claims, want.claims)
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	seen := map[string]int{}
	for _, x := range a {
		seen[x]++
	}
	for _, x := range b {
		if seen[x]--; seen[x] < 0 {
			return false
		}
	}
	return true
}

// TestTelegramExports reads exports written the way the exporter writes
// them: a channel with every kind of message, and a full account export
// with its personal sections around the chats. date_unixtime wins over
// the local "date"; a forwarded message speaks for where it came from; a
// nameless group member is nobody; links come from entities.
func TestTelegramExports(t *testing.T) {
	noExtract(t)
	const isis = "ISIS Watch/stated_by"
	tests := []struct {
		file         string
		new, skipped int
		want         map[string]tgWant // by origin
	}{
		{"channel-export.json", 7, 5, map[string]tgWant{
			"telegram:1006503122/2": {"2016-12-27T10:15:00Z", []string{isis}, nil,
				[]string{"61 bots_and_channels   2016-12-26", "1876 bots_and_channels per_month 2016-12 2016-12-26"}},
			// Posted at 02:00 Moscow time on New Year's Day, 23:00 UTC the day before.
			"telegram:1006503122/3": {"2016-12-31T23:00:00Z", []string{isis}, nil,
				[]string{"74 bots_and_channels   2016-12-31", "2281 bots_and_channels per_month 2016-12 2016-12-31"}},
			"telegram:1006503122/4": {"2018-01-01T09:00:00Z", []string{isis}, nil,
				[]string{"74 bots_and_channels   2017-12-31", "3281 bots_and_channels per_month 2017-12 2017-12-31"}},
			"telegram:1006503122/5": {"2017-01-28T09:00:00Z", []string{isis}, nil,
				[]string{"1312 bots_and_channels   2017-01-27", "16050 bots_and_channels per_month 2017-01 2017-01-27"}},
			"telegram:1006503122/6": {"2019-03-02T08:00:00Z", []string{isis}, []string{"https://t.me/isiswatch"},
				[]string{"1205 bots_and_channels   2019-03-01", "12345 bots_and_channels per_month 2019-03 2019-03-01"}},
			"telegram:1006503122/9":  {"2019-03-04T08:00:00Z", []string{isis}, []string{"https://telegram.org/faq"}, nil},
			"telegram:1006503122/11": {"2019-03-06T08:00:00Z", []string{"Somebody Else/stated_by", "ISIS Watch/reported_by"}, nil, nil},
		}},
		{"account-sections.json", 7, 2, map[string]tgWant{
			"telegram:4445551/10":   {"2020-06-01T13:00:00Z", []string{"Source Desk/stated_by"}, nil, nil},
			"telegram:4445551/12":   {"2020-06-01T13:06:00Z", []string{"Desk Reporter/stated_by"}, nil, nil},
			"telegram:5550001/1":    {"2020-07-01T08:00:00Z", []string{"Desk Reporter/stated_by"}, nil, nil},
			"telegram:1500000001/2": {"2020-01-01T10:01:00Z", nil, nil, nil},
			"telegram:1500000001/3": {"2020-01-01T10:02:00Z", []string{"Alice/stated_by"}, []string{"https://example.org/x"}, nil},
			"telegram:1006503122/5": {"2017-01-28T09:00:00Z", []string{isis}, nil, []string{"1312 bots_and_channels   2017-01-27", "16050 bots_and_channels per_month 2017-01 2017-01-27"}},
			"telegram:77001/3":      {"2020-05-05T05:05:05Z", []string{"Somebody/stated_by", "Bob/reported_by"}, nil, nil},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			st := &fakeStore{}
			rep := File(context.Background(), st, filepath.Join("testdata", "telegram", tt.file), Options{})
			if rep.Err != nil {
				t.Fatal(rep.Err)
			}
			if rep.Format != "telegram" || rep.New != tt.new || rep.Skipped != tt.skipped {
				t.Errorf("report %+v, want %d new, %d skipped", rep, tt.new, tt.skipped)
			}
			for _, im := range st.notices {
				want, ok := tt.want[im.Notice.Origin]
				if !ok {
					t.Errorf("unexpected notice %s", im.Notice.Origin)
					continue
				}
				tgCheck(t, im, want)
			}
			again := File(context.Background(), st, filepath.Join("testdata", "telegram", tt.file), Options{})
			if again.Err != nil || again.New != 0 || again.Updated != 0 || again.Duplicate != tt.new {
				t.Errorf("re-import %+v, want %d duplicates only", again, tt.new)
			}
		})
	}
}

// TestTelegramRefused: damaged and foreign files end in one line naming
// the file, and nothing is stored.
func TestTelegramRefused(t *testing.T) {
	noExtract(t)
	good, err := os.ReadFile("testdata/telegram/channel-export.json")
	if err != nil {
		t.Fatal(err)
	}
	msg := func(fields string) []byte {
		return []byte(`{"name": "x", "type": "public_channel", "id": 1, "messages": [{"id": 1, "type": "message", ` + fields + `}]}`)
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"invalid UTF-8 in a text", msg("\"date\": \"2020-01-01T00:00:00\", \"text\": \"hi \xff\xfe there\""), "not UTF-8"},
		{"invalid UTF-8 in a name", []byte("{\"name\": \"x\xc3\", \"id\": 1, \"messages\": [{\"id\": 1, \"type\": \"message\", \"text\": \"a\"}]}"), "not UTF-8"},
		{"a rune cut off by the end", []byte("{\"name\": \"x\", \"id\": 1, \"messages\": [{\"id\": 1, \"type\": \"message\", \"text\": \"ab\xe2\x80"), "not UTF-8"},
		{"data after the export", append(append([]byte{}, good...), "\n{\"junk\": 1}"...), "after the export"},
		{"garbage after the export", append(append([]byte{}, good...), "garbage"...), "after the export"},
		{"message id too large", msg(`"date": "2020-01-01T00:00:00", "text": "a", "id": 123456789012345678901234567890`), "message id"},
		{"message id not whole", []byte(`{"name": "x", "id": 1, "messages": [{"id": 1.5e300, "type": "message", "text": "a"}]}`), "message id"},
		{"no message id", []byte(`{"name": "x", "id": 1, "messages": [{"type": "message", "text": "a"}, {"type": "message", "text": "b"}]}`), "no message id"},
		{"chat id not whole", []byte(`{"name": "x", "id": 1e999, "messages": [{"id": 1, "type": "message", "text": "a"}]}`), "chat id"},
		{"date_unixtime far ahead", msg(`"date": "2020-01-01T00:00:00", "date_unixtime": "99999999999999", "text": "a"`), "date_unixtime"},
		{"date_unixtime at the int64 limit", msg(`"date_unixtime": "9223372036854775807", "text": "a"`), "date_unixtime"},
		{"date_unixtime far back", msg(`"date_unixtime": "-99999999999", "text": "a"`), "date_unixtime"},
		{"date in year 0", msg(`"date": "0000-01-01T00:00:00", "text": "a"`), "date"},
		{"message not an object", []byte(`{"name": "x", "id": 1, "messages": [1, 2, 3]}`), "message 1 is a JSON number"},
		{"text entity of the wrong kind", msg(`"text": "a", "text_entities": [{"type": "plain", "text": 5}]`), "text_entities.text is a JSON number"},
		{"text array with a number", msg(`"text": ["a", 5]`), "neither a string nor an entity"},
		{"truncated mid-message", good[:len(good)/2], "truncated"},
		{"deeply nested", msg(`"text": "a", "reactions": ` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000)), "invalid JSON"},
		{"not an object", []byte(`[{"messages": []}]`), "not a JSON object"},
		{"no messages", []byte(`{"name": "x", "id": 1, "messages": []}`), "no notices"},
		{"account export without chats", []byte(`{"about": "a", "personal_information": {"user_id": 1}, "contacts": {"about": "", "list": []}}`), "without chats"},
		{"a byte order mark then junk", []byte("\ufeff{\"messages\": [\xff]}"), "not UTF-8"},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, "result.json")
			if err := os.WriteFile(path, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			st := &fakeStore{}
			keep := File(context.Background(), st, "testdata/telegram/old-export.json", Options{})
			if keep.Err != nil {
				t.Fatal(keep.Err)
			}
			before := len(st.notices)
			rep := File(context.Background(), st, path, Options{Format: "telegram"})
			if rep.Err == nil {
				t.Fatalf("imported: %+v", rep)
			}
			e := rep.Err.Error()
			if !strings.HasPrefix(e, path+": ") || !strings.Contains(e, tt.want) || strings.Contains(e, "\n") {
				t.Errorf("error %q, want one line naming the file and saying %q", e, tt.want)
			}
			if len(st.notices) != before || rep.New != 0 || rep.Skipped != 0 {
				t.Errorf("store changed: %d notices, report %+v", len(st.notices), rep)
			}
		})
	}
}

// TestTelegramReaderSplits: the exporter's \xHH escapes and multi-byte
// runes come out the same however the file is cut into reads, and an
// escaped backslash before "x41" stays two characters.
func TestTelegramReaderSplits(t *testing.T) {
	tests := []struct{ in, want string }{
		{`"a\x0Bb"`, `"a\u000Bb"`},
		{`"\\x41"`, `"\\x41"`},
		{`"\\\x1F"`, `"\\\u001F"`},
		{`"\\\\x41"`, `"\\\\x41"`},
		{`"\u005cx41"`, `"\u005cx41"`},
		{`"\"\x01"`, `"\"\u0001"`},
		{"\"é€😀\\x00\"", "\"é€😀\\u0000\""},
	}
	for _, tt := range tests {
		readers := map[string]func() io.Reader{
			"one byte": func() io.Reader { return iotest.OneByteReader(strings.NewReader(tt.in)) },
			"half":     func() io.Reader { return iotest.HalfReader(strings.NewReader(tt.in)) },
			"whole":    func() io.Reader { return strings.NewReader(tt.in) },
		}
		for name, r := range readers {
			var out bytes.Buffer
			if _, err := out.ReadFrom(&xEscapeReader{r: &utf8Reader{r: r()}}); err != nil {
				t.Errorf("%s (%s): %v", tt.in, name, err)
			}
			if out.String() != tt.want {
				t.Errorf("%s (%s): got %s want %s", tt.in, name, out.String(), tt.want)
			}
		}
	}
	// A whole export read a byte at a time gives what it gives at once.
	noExtract(t)
	for _, f := range []string{"channel-export.json", "account-sections.json", "isiswatch.json"} {
		b, err := os.ReadFile(filepath.Join("testdata", "telegram", f))
		if err != nil {
			t.Fatal(err)
		}
		var got [2][]app.Imported
		for i, r := range []io.Reader{bytes.NewReader(b), iotest.OneByteReader(bytes.NewReader(b))} {
			st := &fakeStore{}
			rep := run(context.Background(), st, Report{File: f, Format: "telegram"}, &countingReader{r: r}, int64(len(b)), Options{})
			if rep.Err != nil {
				t.Fatal(rep.Err)
			}
			got[i] = st.notices
		}
		if len(got[0]) != len(got[1]) {
			t.Fatalf("%s: %d notices at once, %d a byte at a time", f, len(got[0]), len(got[1]))
		}
		for i := range got[0] {
			if got[0][i].Notice.Body != got[1][i].Notice.Body || got[0][i].Notice.Origin != got[1][i].Notice.Origin {
				t.Errorf("%s: notice %d differs a byte at a time", f, i)
			}
		}
	}
}

// TestUTF8ReaderBadByteAt: the offset named is the bad byte's, whatever
// the reads.
func TestUTF8ReaderBadByteAt(t *testing.T) {
	tests := []struct {
		in string
		at int64
	}{
		{"ab\xffcd", 2},
		{"é\xc3(", 2},
		{"€€\xe2\x82", 6},
		{"😀\xf0\x9f\x98x", 4},
		{"\xed\xa0\x80", 0}, // a surrogate
	}
	for _, tt := range tests {
		for _, one := range []bool{false, true} {
			var r io.Reader = strings.NewReader(tt.in)
			if one {
				r = iotest.OneByteReader(r)
			}
			_, err := io.ReadAll(&utf8Reader{r: r})
			bad, ok := err.(*badUTF8Error)
			if !ok || bad.at != tt.at {
				t.Errorf("%q (byte reads %v): %v, want bad byte at %d", tt.in, one, err, tt.at)
			}
		}
	}
}

// TestParseDateZonesAndYearFirst: RFC 822 zone names are read by their
// own offsets whatever the computer's zone, and a year-first date with
// one-digit parts is read year, month, day.
func TestParseDateZonesAndYearFirst(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Mon, 02 Jan 2006 15:04:05 EST", "2006-01-02T20:04:05Z"},
		{"Mon, 02 Jan 2006 15:04:05 PDT", "2006-01-02T22:04:05Z"},
		{"Mon, 02 Jan 2006 15:04:05 CST", "2006-01-02T21:04:05Z"},
		{"Mon, 02 Jan 2006 15:04:05 GMT", "2006-01-02T15:04:05Z"},
		{"Mon, 02 Jan 2006 15:04:05 +0300", "2006-01-02T12:04:05Z"},
		{"2017/1/27", "2017-01-27T00:00:00Z"},
		{"2017-1-7 10:30", "2017-01-07T10:30:00Z"},
		{"27/01/2017", "2017-01-27T00:00:00Z"},
		{"01/27/2017", "2017-01-27T00:00:00Z"},
	}
	for _, local := range []string{"UTC", "Asia/Shanghai", "America/New_York"} {
		loc, err := time.LoadLocation(local)
		if err != nil {
			t.Logf("no zone data for %s: %v", local, err)
			continue
		}
		old := time.Local
		time.Local = loc
		for _, tt := range tests {
			got, ok := parseDate(tt.in)
			if !ok || got.Format(time.RFC3339) != tt.want {
				t.Errorf("parseDate(%q) in %s = %v %v, want %s", tt.in, local, got, ok, tt.want)
			}
		}
		time.Local = old
	}
}

// TestTelegramByteOrderMark: an export saved again by an editor that adds
// a byte order mark reads as the export itself.
func TestTelegramByteOrderMark(t *testing.T) {
	noExtract(t)
	b, err := os.ReadFile("testdata/telegram/channel-export.json")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"plain", b},
		{"with a byte order mark", append([]byte("\ufeff"), b...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "result.json")
			if err := os.WriteFile(path, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			rep := File(context.Background(), &fakeStore{}, path, Options{})
			if rep.Err != nil || rep.New != 7 || rep.Skipped != 5 {
				t.Errorf("%+v", rep)
			}
		})
	}
}
