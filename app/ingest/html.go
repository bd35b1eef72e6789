package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	nurl "net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/extract"
)

// parseHTML reads a saved article page: the article text without
// navigation and boilerplate (readability), its title, publication date
// and canonical URL. The origin is the canonical URL when the page names
// one, so the same story saved twice is one notice.
func parseHTML(s *sink, r io.Reader) error {
	b, err := readWhole(r)
	if err != nil {
		return err
	}
	if bytes.Contains(b, []byte(`class="message default clearfix`)) || bytes.Contains(b, []byte(`class="message service"`)) {
		// One page of a Telegram HTML export holds hundreds of messages;
		// read as an article it would become one meaningless notice.
		return errors.New("a Telegram HTML export page: export the chat again as Machine-readable JSON and import result.json")
	}
	b, encName, conf := htmlUTF8(b)
	s.setEncoding(encName, conf)
	if templated(trimLead(b)) {
		b = templateTag.ReplaceAll(b, nil) // the template's own tags are no text of the page
	}
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return fmt.Errorf("not a readable HTML page: %w", err)
	}
	meta := pageMeta(doc)
	// What a page runs or never shows as text goes before the article is
	// looked for: readability would keep a <template>'s words.
	stripInert(doc)
	var pageURL *nurl.URL
	if meta.canonical != "" {
		pageURL, _ = nurl.Parse(meta.canonical)
	}
	body, pageByline := "", ""
	title := meta.title
	if art, err := readability.FromDocument(doc, pageURL); err == nil && art.Node != nil {
		var buf bytes.Buffer
		if art.RenderText(&buf) == nil {
			body = tidyText(buf.String())
		}
		if title == "" {
			title = art.Title()
		}
		if meta.published.IsZero() {
			if t, err := art.PublishedTime(); err == nil {
				meta.published = t
			}
		}
		if meta.site == "" {
			meta.site = art.SiteName()
		}
		pageByline = pageBylineLine(doc, art.Byline()) // rel=author, class="byline"
		if meta.author == "" {
			meta.author = pageByline
		}
	}
	if body == "" { // too short for readability: take the page's text
		body = tidyText(nodeText(findTag(doc, atom.Body)))
	}
	if body == "" {
		return errors.New("no article text found in the page")
	}
	if title == "" {
		title = meta.docTitle
	}
	title = withoutSiteName(title, meta.site)
	if meta.published.IsZero() {
		// Arabic pages often carry their date only in the text.
		if t, ok := textDate(title + "\n" + body); ok {
			meta.published = t
		} else if t, ok := dateLineDay(body); ok {
			meta.published = t // "Date created : 2015-05-12" under the story
		}
	}
	n := app.Notice{
		Kind:        app.KindArticle,
		Title:       title,
		Body:        body,
		URL:         meta.canonical,
		Origin:      meta.canonical,
		Lang:        meta.lang,
		PublishedAt: meta.published,
	}
	var sources []app.SourceLink
	if meta.site != "" {
		sources = append(sources, app.SourceLink{Source: app.Source{Name: meta.site, Kind: app.SourceNewsOutlet, URL: siteRoot(meta.canonical)}, Role: app.RoleReportedBy})
	}
	byline := bylineSources(meta.author, meta.site)
	if len(byline) == 0 && pageByline != meta.author {
		// the metadata's author is the outlet itself ("SPIEGEL ONLINE,
		// Hamburg, Germany"): the page's own byline names the writer
		byline = bylineSources(pageByline, meta.site)
	}
	if len(byline) == 0 {
		byline = bylineSources(authorClassLine(doc), meta.site)
	}
	sources = append(sources, byline...)
	sources = app.MergeSources(sources, creditParenSources(body, meta.site))
	return s.emit(app.Imported{Notice: n, Sources: sources})
}

// metaCharset finds the charset a page declares in <meta charset> or
// <meta http-equiv="Content-Type" content="…; charset=…">.
var metaCharset = regexp.MustCompile(`(?i)<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)`)

// htmlUTF8 decodes a saved page to UTF-8: by its byte order mark, else the
// charset its <meta> declares (Arabic sites still save windows-1256), else
// as UTF-8 when it is valid, else as the code page its bytes read best in.
// It says which encoding it used and how sure that is.
func htmlUTF8(b []byte) ([]byte, string, float64) {
	var enc encoding.Encoding
	name, conf := encUTF8, 1.0
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		return b[3:], encUTF8, 1
	case bom16(b) != nil:
		name, enc, conf = sniffEncoding(b[:2])
	default:
		head := b[:min(len(b), sniffSize)]
		if m := metaCharset.FindSubmatch(head); m != nil {
			if e, n := charset.Lookup(string(m[1])); e != nil && n != "utf-8" && !strings.HasPrefix(n, "utf-16") {
				enc, name = e, n
				// A page that declares a code page but is valid UTF-8 with
				// letters above ASCII was converted without its tag.
				if utf8.Valid(b) && hasHighBytes(head) {
					enc, name = nil, encUTF8
				}
			}
		}
		if enc == nil && !utf8.Valid(b) {
			name, enc, conf = sniffEncoding(visibleText(head))
		}
	}
	if enc == nil {
		return b, name, conf
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), b)
	if err != nil {
		return b, encUTF8, 0
	}
	return out, name, conf
}

func hasHighBytes(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// visibleText is a page's bytes without its tags, scripts and styles, so
// the code page is guessed from the words a reader sees.
func visibleText(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for len(b) > 0 {
		i := bytes.IndexByte(b, '<')
		if i < 0 {
			out = append(out, b...)
			break
		}
		out = append(out, b[:i]...)
		out = append(out, ' ')
		b = b[i:]
		skipTo := []byte(">")
		for _, tag := range []string{"<script", "<style"} {
			if len(b) >= len(tag) && strings.EqualFold(string(b[:len(tag)]), tag) {
				skipTo = []byte("</" + tag[1:])
			}
		}
		j := indexFold(b, skipTo)
		if j < 0 {
			break
		}
		b = b[j+len(skipTo):]
	}
	return out
}

func indexFold(b, sub []byte) int {
	if len(sub) == 1 {
		return bytes.IndexByte(b, sub[0])
	}
	// ASCII folding only: bytes.ToLower changes the length of
	// non-ASCII and broken bytes ("İ", 0xff), so its index would not be b's
	low := make([]byte, len(b))
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	return bytes.Index(low, sub)
}

type htmlMeta struct {
	title, docTitle, canonical, site, lang string
	author                                 string // the byline the page's metadata gives
	published                              time.Time
}

// pageMeta collects what the page says about itself. Publication dates are
// taken in order of trust: article:published_time and its kin, JSON-LD
// datePublished, then the first <time datetime>.
func pageMeta(doc *html.Node) htmlMeta {
	var m htmlMeta
	var ogURL, timeAttr, timePub, ldDate, ldAuthor, ldPublisher, ldHeadline string
	var metaDate string
	var walk func(*html.Node)
	var mdAuthors []string
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if name := microdataAuthor(n); name != "" && len(mdAuthors) < 4 && !slices.Contains(mdAuthors, name) {
				mdAuthors = append(mdAuthors, name)
			}
			switch n.DataAtom {
			case atom.Html:
				if l := attr(n, "lang"); l != "" {
					m.lang = primaryLang(l)
				}
			case atom.Title:
				if m.docTitle == "" {
					m.docTitle = strings.TrimSpace(nodeText(n))
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = absURL(attr(n, "href"))
				}
			case atom.Meta:
				val := strings.TrimSpace(attr(n, "content"))
				// one meta often names itself twice (property="article:published"
				// itemprop="datePublished"): each name is looked at alone
				for _, a := range [...]string{"property", "name", "itemprop"} {
					key := strings.ToLower(strings.TrimSpace(attr(n, a)))
					if key == "" {
						continue
					}
					switch key {
					case "og:title":
						m.title = val
					case "og:url":
						ogURL = absURL(val)
					case "og:site_name":
						m.site = val
					case "author", "article:author", "byl", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author", "cxenseparse:author":
						// article:author is often the profile's address, and
						// "author" the site's own domain ("lefigaro.fr"): no
						// byline, which leaves the page's own to be read
						if m.author == "" && !strings.Contains(val, "://") && len(extract.Byline(val)) > 0 {
							m.author = val
						}
					case "article:published_time", "article:published", "og:published_time", "og:article:published_time", "datepublished",
						"pubdate", "publishdate", "date", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date":
						if metaDate == "" {
							metaDate = val
						}
					}
				}
			case atom.Time:
				// a page that stamps its update before its publication
				// (Le Figaro's "Mis à jour …" then "Publié …") names each
				switch ip := strings.ToLower(attr(n, "itemprop")); {
				case ip == "datepublished" || hasAttr(n, "pubdate"):
					if timePub == "" {
						timePub = attr(n, "datetime")
					}
				case ip != "datemodified" && timeAttr == "":
					timeAttr = attr(n, "datetime")
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
					if ldDate == "" {
						ldDate = jsonLDDate(rawText(n))
					}
					if ldAuthor == "" {
						ldAuthor = jsonLDAuthor(rawText(n))
					}
					if ldPublisher == "" {
						ldPublisher = jsonLDPublisher(rawText(n))
					}
					if ldHeadline == "" {
						ldHeadline = jsonLDHeadline(rawText(n))
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if m.canonical == "" {
		m.canonical = ogURL
	}
	if m.author == "" {
		m.author = ldAuthor
	}
	if m.author == "" {
		m.author = strings.Join(mdAuthors, ", ")
	}
	if m.site == "" {
		m.site = ldPublisher
	}
	if m.title == "" {
		// no og:title: the JSON-LD headline is the story's own, where the
		// <title> may add the issue ("Ein Albtraum - DER SPIEGEL 52/2018")
		m.title = ldHeadline
	}
	if m.site == "" {
		m.site = titleOutlet(m.docTitle, m.title)
	}
	for _, d := range []string{metaDate, ldDate, timePub, timeAttr} {
		if t, ok := parseDate(d); ok {
			m.published = t
			break
		}
	}
	return m
}

// titleOutlet is the outlet a page's <title> names after its headline,
// "United States to Lift Sudan Sanctions - The New York Times", when the
// page gives that headline on its own (og:title) and nothing else is left
// but a short name: pages that say no og:site_name still sign their title.
func titleOutlet(docTitle, headline string) string {
	docTitle, headline = strings.TrimSpace(docTitle), strings.TrimSpace(headline)
	rest, ok := strings.CutPrefix(docTitle, headline)
	if headline == "" || !ok {
		return ""
	}
	rest = strings.TrimSpace(rest)
	for _, sep := range titleSeps {
		if name, ok := strings.CutPrefix(rest, sep); ok {
			name = strings.TrimSpace(name)
			if n := len(strings.Fields(name)); n >= 1 && n <= 5 && !strings.ContainsAny(name, "|:") {
				return name
			}
			return ""
		}
	}
	return ""
}

// titleSeps set a site's name off a page's headline in its title.
var titleSeps = []string{"|", "-", "–", "—", "::", "·", "•"}

// withoutSiteName is a page's title without the site's name it closes
// with: "Obama admits US gun laws are his 'biggest frustration' - BBC
// News" is the BBC's headline, signed. A title that is the name alone
// stays.
func withoutSiteName(title, site string) string {
	t, site := strings.TrimSpace(title), strings.TrimSpace(site)
	if site == "" || len(t) <= len(site) || !strings.EqualFold(t[len(t)-len(site):], site) {
		return title
	}
	rest := strings.TrimSpace(t[:len(t)-len(site)])
	for _, sep := range titleSeps {
		if head, ok := strings.CutSuffix(rest, sep); ok && strings.TrimSpace(head) != "" && strings.HasSuffix(head, " ") {
			return strings.TrimSpace(head)
		}
	}
	return title
}

// jsonLDHeadline finds the first headline in a JSON-LD script.
func jsonLDHeadline(src string) string {
	return jsonLDFind(src, func(x map[string]any) string {
		h, _ := x["headline"].(string)
		return strings.TrimSpace(h)
	})
}

// jsonLDDate finds the first datePublished in a JSON-LD script.
func jsonLDDate(src string) string {
	return jsonLDFind(src, func(x map[string]any) string {
		d, _ := x["datePublished"].(string)
		return d
	})
}

// webURL is s trimmed when it is a web address (http, https) or has no
// scheme at all (a table's "example.com/page"), and "" when it names
// another scheme: javascript:, data:, file:, vbscript: and the like run
// or open something else than a page.
func webURL(s string) string {
	s = strings.TrimSpace(s)
	u, err := nurl.Parse(s)
	switch {
	case s == "":
		return ""
	case err != nil:
		// Unparsable: plain text only if nothing before a colon looks
		// like a scheme.
		if i := strings.IndexByte(s, ':'); i > 0 && !strings.ContainsAny(s[:i], "/?#") {
			return ""
		}
		return s
	case u.Scheme == "" || strings.EqualFold(u.Scheme, "http") || strings.EqualFold(u.Scheme, "https"):
		return s
	case strings.Contains(u.Scheme, "."):
		// "example.com:8080/x" reads as the scheme "example.com": a host
		// and its port. No scheme that runs code has a dot.
		return s
	}
	return ""
}

// absURL keeps only absolute http(s) URLs: a relative canonical link in a
// saved page has lost the site it was relative to.
func absURL(s string) string {
	s = strings.TrimSpace(s)
	switch {
	case strings.HasPrefix(s, "//"):
		s = "https:" + s // protocol-relative
	case strings.HasPrefix(strings.ToLower(s), "www."):
		s = "http://" + s // El Mundo's og:url "www.elmundo.es/…": a host without its scheme
	}
	u, err := nurl.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

func siteRoot(s string) string {
	u, err := nurl.Parse(s)
	if err != nil || u.Host == "" {
		return ""
	}
	return u.Scheme + "://" + u.Host
}

// microdataAuthor is the name an element marked itemprop="author" gives
// (schema.org's Person, as Le Figaro marks each of its journalists): the
// text of its own "name", else its text when short enough to be a byline.
func microdataAuthor(n *html.Node) string {
	if !slices.Contains(strings.Fields(strings.ToLower(attr(n, "itemprop"))), "author") {
		return ""
	}
	var name string
	var find func(*html.Node)
	find = func(c *html.Node) {
		for d := c.FirstChild; d != nil && name == ""; d = d.NextSibling {
			if d.Type == html.ElementNode && slices.Contains(strings.Fields(strings.ToLower(attr(d, "itemprop"))), "name") {
				name = strings.Join(strings.Fields(nodeText(d)), " ")
				return
			}
			find(d)
		}
	}
	find(n)
	if name == "" {
		name = strings.Join(strings.Fields(nodeText(n)), " ")
	}
	if utf8.RuneCountInString(name) > 80 || len(extract.Byline(name)) == 0 {
		return ""
	}
	return name
}

// hasAttr reports an attribute of n, with or without a value.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func findTag(n *html.Node, a atom.Atom) *html.Node {
	if n == nil {
		return nil
	}
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findTag(c, a); f != nil {
			return f
		}
	}
	return nil
}

// pageBylineLine is the line of the page's byline element that credits its
// author: readability gives the element's text with its parts run
// together ("Por Juan GaonaSeguir", a follow button's word glued to the
// name), so the element is found again and read line by line. The byline
// as given when no element holds it or no line names anyone.
func pageBylineLine(doc *html.Node, byline string) string {
	squeeze := func(s string) string {
		return strings.Join(strings.Fields(s), "")
	}
	want := squeeze(byline)
	if want == "" {
		return byline
	}
	var at *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if bylineCandidate(c) && squeeze(nodeText(c)) == want {
				at = c // the deepest element holding the byline
			}
			walk(c)
		}
	}
	walk(doc)
	if at == nil {
		return byline
	}
	for _, l := range strings.Split(nodeText(at), "\n") {
		if len(extract.Byline(l)) > 0 {
			return strings.TrimSpace(l)
		}
	}
	return byline
}

// bylineMark is how readability knows a byline's element: its class or
// id, rel="author", itemprop="author".
var bylineMark = regexp.MustCompile(`(?i)byline|author|dateline|writtenby`)

// bylineCandidate reports an element readability may have taken its
// byline from (only those are read again: the text of every element of a
// deep page would cost its size times its depth).
func bylineCandidate(n *html.Node) bool {
	return bylineMark.MatchString(attr(n, "class")) || bylineMark.MatchString(attr(n, "id")) ||
		bylineMark.MatchString(attr(n, "rel")) || bylineMark.MatchString(attr(n, "itemprop"))
}

// authorClass names an element that holds a story's byline in the
// languages readability's own pattern (byline, author) misses: Der
// Spiegel's "dig-autoren", "autore", "autor".
var authorClass = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:autor(?:e|en|es|i|a)?|firma)(?:$|[\s_-])`)

// placeClass names the part of a byline that gives the writer's city
// ("<span class="localizacion">Madrid</span>"), no one who wrote.
var placeClass = regexp.MustCompile(`(?i)locali[sz]|location|lugar|ciudad|dateline|(?:^|[\s_-])(?:city|place|ort)(?:$|[\s_-])`)

// authorClassLine is the text of the first short element so named that
// credits someone ("Von Clemens Höges"), else "".
func authorClassLine(doc *html.Node) string {
	var found string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && found == ""; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			// the innermost element first: El País's "firma" holds its
			// "autor" with the place and the time beside it
			if walk(c); found != "" {
				return
			}
			if authorClass.MatchString(attr(c, "class")) || authorClass.MatchString(attr(c, "id")) {
				l := strings.Join(strings.Fields(textWithoutPlace(c)), " ")
				l = strings.TrimSpace(strings.TrimRight(l, " |/·-–—,"))
				if utf8.RuneCountInString(l) <= 80 && len(extract.Byline(l)) > 0 {
					found = l
					return
				}
			}
		}
	}
	walk(doc)
	return found
}

// textWithoutPlace is n's text without the parts named for a place.
func textWithoutPlace(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type == html.ElementNode && !placeClass.MatchString(attr(c, "class")) && !inertTags[c.DataAtom]:
				walk(c)
				b.WriteByte(' ')
			}
		}
	}
	walk(n)
	return b.String()
}

// blockTags end a line of text.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Tr: true, atom.Blockquote: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true, atom.Pre: true,
	atom.Table: true, atom.Ul: true, atom.Ol: true, atom.Figcaption: true, atom.Hr: true,
}

// inertTags hold no text a reader sees: code, styles, inert templates,
// frames (their content is a fallback no browser shows) and what stands in
// for plugins and frames.
var inertTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Frame: true, atom.Frameset: true, atom.Noframes: true, atom.Noembed: true,
	atom.Embed: true,
}

// stripInert removes the inertTags' elements from the document (after
// pageMeta has read its JSON-LD scripts).
func stripInert(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && (inertTags[c.DataAtom] || c.Namespace != "" && c.Data == "script") {
			n.RemoveChild(c)
		} else {
			stripInert(c)
		}
		c = next
	}
}

// nodeText is the text of a node with block elements on their own lines
// and scripts, styles and forms left out.
func nodeText(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			if inertTags[n.DataAtom] || n.Namespace != "" && n.Data == "script" {
				return
			}
			switch n.DataAtom {
			case atom.Nav, atom.Form, atom.Button, atom.Select:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && blockTags[n.DataAtom] {
			b.WriteByte('\n')
		}
	}
	walk(n)
	return b.String()
}

// rawText is the unparsed text inside an element such as <script>.
func rawText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// htmlText strips markup from an HTML fragment (a feed item's content).
func htmlText(frag string) string {
	if !strings.ContainsAny(frag, "<&") {
		return tidyText(frag)
	}
	ctx := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := html.ParseFragment(strings.NewReader(frag), ctx)
	if err != nil {
		return tidyText(frag)
	}
	var b strings.Builder
	for _, n := range nodes {
		b.WriteString(nodeText(n))
	}
	return tidyText(b.String())
}

// tidyText trims each line, collapses runs of spaces inside lines and
// keeps at most one blank line between paragraphs.
func tidyText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var out []string
	blank := false
	for _, l := range strings.Split(s, "\n") {
		l = strings.Join(strings.Fields(l), " ")
		if l == "" {
			blank = len(out) > 0
			continue
		}
		if blank {
			out = append(out, "")
			blank = false
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}
