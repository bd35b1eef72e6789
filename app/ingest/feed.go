package ingest

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"maps"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/extract"
)

// parseFeed reads a saved RSS 2.0 or Atom feed, one notice per item. The
// text is the item's content, else its description, with markup removed.
// The origin is the item's guid (Atom id), else its link; an item with
// neither is deduplicated by its text only.
func parseFeed(s *sink, r io.Reader) error {
	b, err := readWhole(r)
	if err != nil {
		return err
	}
	if bytes.Contains(b[:min(len(b), sniffSize)], []byte("<!ENTITY")) {
		// Real feeds declare no entities; entity bombs do.
		return errors.New("not a feed: the XML declares its own entities")
	}
	if m := xmlEncoding.FindSubmatch(b[:min(len(b), 256)]); m != nil {
		s.setEncoding(strings.ToLower(string(m[1])), 1)
	} else if !utf8.Valid(b) {
		// No declaration and not UTF-8: XML says that is an error, but
		// feeds saved by old tools are in their machine's code page.
		name, enc, conf := sniffEncoding(visibleText(b[:min(len(b), sniffSize)]))
		if enc == nil || conf == 0 {
			return errors.New("not a readable feed: neither UTF-8 nor a declared encoding")
		}
		if b, err = enc.NewDecoder().Bytes(b); err != nil {
			return fmt.Errorf("not a readable feed: %w", err)
		}
		s.setEncoding(name, conf)
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(b))
	if err != nil {
		return fmt.Errorf("not a readable RSS or Atom feed: %w", err)
	}
	if len(feed.Items) == 0 {
		return errors.New("feed has no items")
	}
	outlet := strings.TrimSpace(htmlText(feed.Title))
	var authors [][]string
	if feed.FeedType == "rss" {
		authors = rssItemAuthors(b, len(feed.Items))
	}
	for i, it := range feed.Items {
		im := feedItem(it, outlet, feed.Language)
		if i < len(authors) && len(authors[i]) > 1 {
			im.Sources = authorSources(authors[i], outlet)
		}
		if strings.TrimSpace(im.Notice.Body) == "" {
			s.skip()
			continue
		}
		if err := s.emit(im); err != nil {
			return fmt.Errorf("item %d: %w", i+1, err)
		}
	}
	return nil
}

func feedItem(it *gofeed.Item, outlet, lang string) app.Imported {
	text := it.Content
	if strings.TrimSpace(htmlText(text)) == "" {
		text = it.Description
	}
	body := htmlText(text)
	title := strings.TrimSpace(htmlText(it.Title))
	if strings.TrimSpace(body) == "" {
		body = title
	}
	n := app.Notice{
		Kind:  app.KindFeedItem,
		Title: title,
		Body:  body,
		URL:   webURL(it.Link),
		Lang:  lang,
	}
	n.PublishedAt = itemDate(it.Published, it.PublishedParsed)
	if n.PublishedAt.IsZero() {
		n.PublishedAt = itemDate(it.Updated, it.UpdatedParsed)
	}
	if id := strings.TrimSpace(it.GUID); id != "" {
		n.Origin = "feed:" + id
	} else if n.URL != "" {
		n.Origin = "feed:" + n.URL
	}
	var names []string
	for _, a := range it.Authors {
		if a != nil && strings.TrimSpace(a.Name) != "" {
			names = append(names, strings.TrimSpace(a.Name))
		}
	}
	return app.Imported{Notice: n, Sources: authorSources(names, outlet)}
}

// rssItemAuthors lists, for each item of an RSS feed, every author it
// names: the feed parser keeps one, but an aggregator names each
// organisation behind a report in an <author> of its own (ReliefWeb's
// "Danish Refugee Council" and "Danish Demining Group"), and feeds give
// co-authors as several <dc:creator>. Nil when the feed does not read
// as XML item by item as the parser read it.
func rssItemAuthors(b []byte, items int) [][]string {
	if !utf8.Valid(b) {
		return nil
	}
	var doc struct {
		Items []struct {
			Authors  []string `xml:"author"`
			Creators []string `xml:"http://purl.org/dc/elements/1.1/ creator"`
		} `xml:"channel>item"`
	}
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = false
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil } // valid UTF-8 whatever it declares
	if err := d.Decode(&doc); err != nil || len(doc.Items) != items {
		return nil
	}
	out := make([][]string, items)
	for i, it := range doc.Items {
		seen := map[string]bool{}
		for _, a := range append(it.Authors, it.Creators...) {
			if name := personName(a); name != "" && !seen[strings.ToLower(name)] {
				seen[strings.ToLower(name)] = true
				out[i] = append(out[i], name)
			}
		}
	}
	return out
}

// mailName is RSS's author form "lawyer@example.com (Lawyer Boyer)".
var mailName = regexp.MustCompile(`^\S+@\S+\s*\((.+)\)$`)

// personName is the name an author element gives: the name in brackets
// after an e-mail address, none for an address alone.
func personName(a string) string {
	a = strings.TrimSpace(htmlText(a))
	if m := mailName.FindStringSubmatch(a); m != nil {
		return strings.TrimSpace(m[1])
	}
	if strings.Contains(a, "@") && !strings.Contains(a, " ") || utf8.RuneCountInString(a) > 120 {
		return ""
	}
	return a
}

// authorSources are an item's authors as the sources that reported it,
// and the feed's outlet when it names none or they are its journalists.
func authorSources(names []string, outlet string) []app.SourceLink {
	out := make([]app.SourceLink, 0, len(names)+1)
	for _, n := range names {
		out = append(out, app.SourceLink{Source: app.Source{Name: n, Kind: extract.AuthorKind(n)}, Role: app.RoleReportedBy})
	}
	if outlet != "" && (len(out) == 0 || allJournalists(out)) {
		out = append(out, app.SourceLink{Source: app.Source{Name: outlet, Kind: app.SourceNewsOutlet}, Role: app.RoleReportedBy})
	}
	return out
}

// allJournalists: every author a feed's item names is a person who
// reports, so the feed that publishes them is their outlet (an
// aggregator's items name the organisations behind each report instead).
func allJournalists(ss []app.SourceLink) bool {
	for _, s := range ss {
		if s.Source.Kind != app.SourceResearcher {
			return false
		}
	}
	return len(ss) > 0
}

// itemDate is an item's date in UTC: an RFC 822 date read with the zone
// names feeds write, else the feed parser's reading, else any date shape
// the desk knows.
func itemDate(raw string, parsed *time.Time) time.Time {
	if t, ok := rfc822Date(raw); ok {
		return t
	}
	if parsed != nil {
		return parsed.UTC()
	}
	if t, ok := parseDate(raw); ok {
		return t
	}
	return time.Time{}
}

// xmlEncoding finds the encoding an XML declaration names.
var xmlEncoding = regexp.MustCompile(`^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']`)

// feedZones are the offsets, in minutes, of the zone names found in feeds:
// RFC 822's own (rfc822Offsets), then the common ones a generic date parser
// reads as UTC. AST is Arabia Standard Time, as Arabic feeds use it.
var feedZones = withZones(rfc822Offsets, map[string]int{
	"UTC": 0, "Z": 0,
	"WET": 0, "WEST": 60, "BST": 60, "CET": 60, "CEST": 2 * 60, "EET": 2 * 60, "EEST": 3 * 60,
	"MSK": 3 * 60, "TRT": 3 * 60, "AST": 3 * 60, "GST": 4 * 60, "PKT": 5 * 60, "IST": 5*60 + 30,
	"SGT": 8 * 60, "HKT": 8 * 60, "JST": 9 * 60, "KST": 9 * 60, "AEST": 10 * 60, "AEDT": 11 * 60,
})

// withZones is base with more zone offsets added.
func withZones(base, more map[string]int) map[string]int {
	out := make(map[string]int, len(base)+len(more))
	maps.Copy(out, base)
	maps.Copy(out, more)
	return out
}

// rfc822Date reads "Wed, 18 Nov 2015 19:43:00 EST" and its variants (no
// weekday, no seconds, two-digit year, numeric zone with or without a
// colon). An unknown zone name is refused rather than taken as UTC.
func rfc822Date(s string) (time.Time, bool) {
	f := strings.Fields(s)
	if len(f) > 0 && (strings.HasSuffix(f[0], ",") || len(f) == 5 && len(f[0]) == 3 && f[0][0] > '9') {
		f = f[1:]
	}
	if len(f) != 4 && len(f) != 5 {
		return time.Time{}, false
	}
	if len(f[2]) == 2 {
		f[2] = "20" + f[2]
	}
	clock := f[3]
	if strings.Count(clock, ":") == 1 {
		clock += ":00"
	}
	t, err := time.Parse("2 Jan 2006 15:04:05", f[0]+" "+f[1]+" "+f[2]+" "+clock)
	if err != nil {
		return time.Time{}, false
	}
	offset := 0
	if len(f) == 5 {
		z := strings.ToUpper(f[4])
		if m, ok := feedZones[z]; ok {
			offset = m
		} else if len(z) == 5 || (len(z) == 6 && z[3] == ':') {
			z = strings.Replace(z, ":", "", 1)
			h, err1 := strconv.Atoi(z[1:3])
			m, err2 := strconv.Atoi(z[3:5])
			if err1 != nil || err2 != nil || (z[0] != '+' && z[0] != '-') || h > 14 || m > 59 {
				return time.Time{}, false
			}
			offset = h*60 + m
			if z[0] == '-' {
				offset = -offset
			}
		} else {
			return time.Time{}, false
		}
	}
	return t.Add(-time.Duration(offset) * time.Minute).UTC(), true
}
