package ingest

import (
	"regexp"
	"strings"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

// articleMeta is what a saved article's text says about itself: the
// front matter web clippers and static sites write above the text
// ("title:", "url:", "author:", "source:", "date:"), and a Markdown link to
// the author's page ("[Andy Maxwell](https://…/author/andy/)").
type articleMeta struct {
	title, url, outlet string
	authors            []string
	published          time.Time
}

// frontMatter reads a YAML front matter block that opens the text
// ("---" lines around "key: value" lines). Only plain keys are read; a
// block that is not one (a Markdown rule above a paragraph) gives nothing.
func frontMatter(body string) articleMeta {
	var m articleMeta
	if !strings.HasPrefix(body, "---\n") {
		return m
	}
	end := strings.Index(body[4:], "\n---")
	if end < 0 || end > 8000 {
		return m
	}
	lines := strings.Split(body[4:4+end], "\n")
	key := ""
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if item, ok := strings.CutPrefix(strings.TrimSpace(l), "- "); ok && key != "" {
			if key == "author" || key == "authors" {
				m.authors = append(m.authors, cleanYAML(item))
			}
			continue
		}
		k, v, ok := strings.Cut(l, ":")
		if !ok || strings.ContainsAny(k, " \t") {
			return articleMeta{} // not key: value lines
		}
		key = strings.ToLower(k)
		v = cleanYAML(v)
		switch key {
		case "title":
			m.title = v
		case "url", "link", "canonical", "canonical_url", "permalink", "source_url", "original_url":
			if w := webURL(v); w != "" && m.url == "" {
				m.url = w
			}
		case "source", "site", "site_name", "publisher", "outlet", "publication":
			if strings.Contains(v, "://") {
				if m.url == "" {
					m.url = webURL(v)
				}
			} else if v != "" {
				m.outlet = v
			}
		case "author", "authors", "byline", "by", "creator":
			if v != "" {
				m.authors = append(m.authors, v)
			}
		case "date", "published", "pubdate", "published_at", "date_published", "created":
			if t, ok := parseDate(v); ok && m.published.IsZero() {
				m.published = t
			}
		}
	}
	return m
}

// cleanYAML unquotes a front matter scalar and drops wiki-link brackets
// ("[[Andy Maxwell]]") and a list's brackets.
func cleanYAML(v string) string {
	v = strings.TrimSpace(v)
	v = strings.Trim(v, `"'`)
	v = strings.TrimPrefix(strings.TrimSuffix(v, "]]"), "[[")
	if strings.HasPrefix(v, "[") && strings.HasSuffix(v, "]") && !strings.Contains(v, "](") {
		v = strings.Trim(v, "[]")
	}
	return strings.TrimSpace(v)
}

// authorLink is a Markdown link to an author's page, as clipped articles
// keep their byline.
var authorLink = regexp.MustCompile(`\[([^\]\[]{2,60})\]\((https?://[^)\s]*/(?:author|authors|profile|profiles|people|staff|journalists?|reporters?)/[^)\s]*)\)`)

// articleSources are the sources a saved article's own metadata names:
// its outlet (a news outlet) and its authors (journalists), all as having
// reported the story.
func articleSources(m articleMeta, body string) []app.SourceLink {
	var out []app.SourceLink
	if m.outlet != "" {
		out = append(out, app.SourceLink{Source: app.Source{Name: m.outlet, Kind: app.SourceNewsOutlet, URL: siteRoot(m.url)}, Role: app.RoleReportedBy})
	}
	authors := m.authors
	head := body[:min(len(body), 6000)]
	for _, l := range authorLink.FindAllStringSubmatch(head, 4) {
		authors = append(authors, l[1])
	}
	seen := map[string]bool{strings.ToLower(m.outlet): true}
	for _, a := range authors {
		for _, s := range bylineSources(a, m.outlet) {
			if k := strings.ToLower(s.Source.Name); !seen[k] {
				seen[k] = true
				out = append(out, s)
			}
		}
	}
	if m.outlet == "" && len(m.authors) == 0 {
		for _, s := range append(append(append(reporterLineSources(body), nameLineSources(body, pageTitle(body))...), signoffSources(body)...), creditParenSources(body, "")...) {
			if k := strings.ToLower(s.Source.Name); !seen[k] {
				seen[k] = true
				out = append(out, s)
			}
		}
	}
	return out
}
