package ingest

import (
	"strings"
	"unicode"
)

// headerUnits maps word stems found in table headers (English, French,
// Arabic) to the desk's canonical units. A header word matches a stem when
// it starts with it, so plurals and French accents need no extra entries.
var headerUnits = []struct{ stem, unit string }{
	// English
	{"account", "accounts"}, {"channel", "channels"}, {"group", "groups"}, {"bot", "bots"},
	{"website", "sites"}, {"site", "sites"}, {"domain", "sites"}, {"page", "pages"},
	{"post", "posts"}, {"tweet", "posts"}, {"video", "videos"}, {"item", "content_items"}, {"content", "content_items"},
	{"url", "urls"}, {"link", "links"}, {"alert", "alerts"}, {"referral", "alerts"},
	{"notice", "notices"}, {"request", "requests"}, {"language", "languages"},
	{"platform", "platforms"}, {"compan", "companies"}, {"countr", "countries"},
	{"user", "users"}, {"follower", "followers"}, {"percent", "percent"},
	// French
	{"compte", "accounts"}, {"chaîne", "channels"}, {"chaine", "channels"}, {"canal", "channels"},
	{"canaux", "channels"}, {"groupe", "groups"}, {"publication", "posts"}, {"vidéo", "videos"},
	{"contenu", "content_items"}, {"lien", "links"}, {"signalement", "alerts"}, {"demande", "requests"},
	{"langue", "languages"}, {"plateforme", "platforms"}, {"entreprise", "companies"},
	{"société", "companies"}, {"pays", "countries"}, {"utilisateur", "users"}, {"abonné", "followers"},
	{"pourcentage", "percent"}, {"pourcent", "percent"},
	// Arabic (after the article ال and the conjunction و are removed)
	{"حساب", "accounts"}, {"قناة", "channels"}, {"قنوات", "channels"}, {"مجموعة", "groups"},
	{"مجموعات", "groups"}, {"بوت", "bots"}, {"موقع", "sites"}, {"مواقع", "sites"}, {"صفحة", "pages"},
	{"صفحات", "pages"}, {"منشور", "posts"}, {"فيديو", "videos"}, {"مقاطع", "videos"},
	{"محتوى", "content_items"}, {"رابط", "links"}, {"روابط", "links"}, {"بلاغ", "alerts"},
	{"طلب", "requests"}, {"لغة", "languages"}, {"لغات", "languages"}, {"منصة", "platforms"},
	{"منصات", "platforms"}, {"شركة", "companies"}, {"شركات", "companies"}, {"دولة", "countries"},
	{"دول", "countries"}, {"مستخدم", "users"}, {"متابع", "followers"}, {"نسبة", "percent"},
}

// connectors join two units into a compound ("bots and channels").
var connectors = map[string]bool{"and": true, "et": true, "&": true, "و": true}

// unitFromHeader finds the canonical unit a column header counts in, or "".
// Two units joined by "and" make a compound in the order written, as the
// extractor does: "Bots and channels banned" → bots_and_channels.
func unitFromHeader(h string) string {
	words := headerWords(h)
	var units []string
	joined := false
	for i, w := range words {
		if connectors[w] || (strings.HasPrefix(w, "و") && i > 0 && len(units) > 0 && matchUnit(w[len("و"):]) != "") {
			joined = joined || len(units) > 0
		}
		if u := matchUnit(w); u != "" {
			if len(units) == 0 || units[len(units)-1] != u {
				units = append(units, u)
			}
		}
	}
	if strings.Contains(h, "%") && len(units) == 0 {
		return "percent"
	}
	switch {
	case len(units) == 0:
		return ""
	case len(units) >= 2 && joined:
		return units[0] + "_and_" + units[1]
	}
	return units[0]
}

func matchUnit(w string) string {
	for _, cand := range arabicForms(w) {
		for _, hu := range headerUnits {
			if strings.HasPrefix(cand, hu.stem) {
				return hu.unit
			}
		}
	}
	return ""
}

// arabicForms lists a word with its conjunction و and article ال removed.
func arabicForms(w string) []string {
	out := []string{w}
	if strings.HasPrefix(w, "و") && len([]rune(w)) > 3 {
		w = strings.TrimPrefix(w, "و")
		out = append(out, w)
	}
	for _, p := range []string{"ال", "بال", "لل"} {
		if strings.HasPrefix(w, p) {
			out = append(out, strings.TrimPrefix(w, p))
		}
	}
	return out
}

// headerWords splits a header into lower-case words.
func headerWords(h string) []string {
	return strings.FieldsFunc(strings.ToLower(h), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '&' && !unicode.Is(unicode.Mn, r)
	})
}

// normHeader is a header reduced for matching role names.
func normHeader(h string) string {
	return strings.Join(headerWords(strings.TrimPrefix(h, "\ufeff")), " ")
}
