package ingest

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/takedowndesk/takedowndesk/app"
)

// parseText reads a plain-text or Markdown file as one notice. The body is
// kept exactly as written (only line endings are unified). A text file has
// no origin: it is deduplicated by its content hash, so a renamed copy is a
// duplicate. Its kind is always "text": telling a story from notes by its
// shape guesses wrong too often to be worth it, and the reporter can see.
func parseText(s *sink, r io.Reader) error {
	b, err := readWhole(r)
	if err != nil {
		return err
	}
	if isBinary(b) {
		return errors.New("not a text file (binary data)")
	}
	b, name, conf, err := decodeWhole(b)
	if err != nil {
		return err
	}
	s.setEncoding(name, conf)
	b = []byte(strings.TrimPrefix(string(b), "\ufeff"))
	if !utf8.Valid(b) {
		return errors.New("not a text file (not valid UTF-8)")
	}
	body := strings.ReplaceAll(string(b), "\r\n", "\n")
	if strings.TrimSpace(body) == "" {
		return errors.New("empty file (only white space)")
	}
	meta := frontMatter(body)
	n := app.Notice{
		Kind:        app.KindText,
		Title:       meta.title,
		Body:        body,
		URL:         meta.url,
		PublishedAt: meta.published,
	}
	if n.Title == "" {
		n.Title = app.TitleFromText(body, 120)
	}
	if n.PublishedAt.IsZero() {
		n.PublishedAt = leadingDate(body)
	}
	if err := s.emit(app.Imported{Notice: n, Sources: articleSources(meta, body)}); err != nil {
		return fmt.Errorf("text: %w", err)
	}
	return nil
}

// dateLine matches a date line near the top of a saved article, as
// reporters and crawlers write it: "Date: 2026-02-17", "date 2026-02-17",
// "Published: 2015-11-18T19:43:00Z".
var dateLine = regexp.MustCompile(`(?i)^\s*(?:date|published|publié le|publication|التاريخ)\s*:?\s*(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)\s*$`)

// leadingDate finds a publication date in the first lines of a text.
func leadingDate(body string) time.Time {
	for i, l := range strings.SplitN(body, "\n", 8) {
		if i == 7 {
			break
		}
		if m := dateLine.FindStringSubmatch(l); m != nil {
			if t, ok := parseDate(m[1]); ok {
				return t
			}
		}
	}
	if t, ok := textDate(body); ok {
		return t
	}
	return time.Time{}
}
