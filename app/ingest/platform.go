package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/takedowndesk/takedowndesk/app/extract"
)

// canonPlatform spells a platform a table cell names the way the desk
// does, by the one canonicaliser the whole desk uses: the reporter's own
// aliases first, then the extractor's platform names (which know the
// Arabic and French spellings). A name neither knows is kept as written.
// Cells repeat, so each is looked up once per file.
func (s *sink) canonPlatform(p string) string {
	p = strings.TrimSpace(p)
	if p == "" {
		return ""
	}
	if v, ok := s.platforms[p]; ok {
		return v
	}
	v := canonicalPlatform(p, s.opt.Aliases)
	if s.platforms == nil {
		s.platforms = map[string]string{}
	}
	s.platforms[p] = v
	return v
}

// platformIn finds the platform a file name or a table's title names, "".
func (s *sink) platformIn(text string) string {
	text = strings.NewReplacer("_", " ", "-", " ", ".", " ").Replace(text)
	if strings.TrimSpace(text) == "" || utf8.RuneCountInString(text) > 400 {
		return ""
	}
	r := extract.Text(text, extract.Options{Aliases: s.opt.Aliases})
	if len(r.Platforms) == 0 {
		return companyIn(text)
	}
	return r.Platforms[0]
}

// reportCompanies are companies that publish transparency reports under
// their own name and that the extractor, which reads news, does not list
// among platforms: "apple-us-national-security-requests", "LinkedIn
// member data requests". Keys are lower-case words.
var reportCompanies = map[string]string{
	"apple": "Apple", "linkedin": "LinkedIn", "github": "GitHub", "pinterest": "Pinterest", "amazon": "Amazon",
	"twitch": "Twitch", "wikimedia": "Wikimedia", "mozilla": "Mozilla", "cloudflare": "Cloudflare", "dropbox": "Dropbox",
	"yahoo": "Yahoo", "tumblr": "Tumblr", "automattic": "Automattic", "quora": "Quora", "yandex": "Yandex",
	"vimeo": "Vimeo", "dailymotion": "Dailymotion", "spotify": "Spotify", "bluesky": "Bluesky", "mastodon": "Mastodon",
}

// companyIn is the company of reportCompanies a file name or a table's
// title names as a word of its own, "".
func companyIn(text string) string {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if c, ok := reportCompanies[w]; ok {
			return c
		}
	}
	return ""
}

// canonicalPlatform is canonPlatform without the cache.
func canonicalPlatform(p string, aliases []extract.Alias) string {
	p = strings.TrimSpace(p)
	for _, a := range aliases {
		if a.Kind == extract.AliasPlatform && strings.EqualFold(strings.TrimSpace(a.Name), p) {
			return a.Canonical
		}
	}
	if utf8.RuneCountInString(p) > 60 {
		return p
	}
	if r := extract.Text(p, extract.Options{Aliases: aliases}); len(r.Platforms) == 1 {
		return r.Platforms[0]
	}
	return p
}
