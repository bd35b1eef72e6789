package extract

import (
	"strings"
	"unicode/utf8"
)

// German compounds whose last part is an act of takedown carry their unit
// in the stem before it (unitAt reads them).

// deActionStems are the unit stems of German compounds whose last part is
// an act of takedown, folded: "64 Kanalsperrungen" counts channels, "120
// Kontosperrungen" accounts, "300 Videolöschungen" videos. The act alone
// ("64 Sperrungen") names no unit.
var deActionStems = []struct{ stem, unit string }{
	{"kanal", "channels"}, {"konto", "accounts"}, {"konten", "accounts"}, {"account", "accounts"},
	{"profil", "accounts"}, {"video", "videos"}, {"gruppen", "groups"}, {"webseiten", "sites"},
	{"seiten", "sites"}, {"domain", "sites"},
}

// deActionTails are the acts of takedown ending such a compound, folded.
var deActionTails = []string{"sperrungen", "sperrung", "loschungen", "loschung", "entfernungen", "entfernung"}

// ruUnitPrefixes are the short stems Russian glues before a unit noun to
// say what the sites or channels carry, folded: "17 наркосайтов" (drug
// sites), "порносайтов", "к двум информресурсам" (information resources),
// "фейкаккаунтов". The rest of the word must be a unit on its own.
var ruUnitPrefixes = []string{"нарко", "порно", "информ", "фейк", "спам"}

// ruPrefixedUnit returns the unit of a Russian compound made of one of
// ruUnitPrefixes and a one-word unit ("наркосайтов" → sites), or "".
// Words where the prefix runs on into a stem ("наркотиков", "информации")
// leave no unit behind it and give nothing.
func ruPrefixedUnit(f string) string {
	for _, p := range ruUnitPrefixes {
		rest, ok := strings.CutPrefix(f, p)
		if !ok || utf8.RuneCountInString(rest) < 4 {
			continue
		}
		for _, e := range lex.idx[rest] {
			if e.cat == catUnit && len(e.toks) == 1 {
				return e.s
			}
		}
	}
	return ""
}

// bracketPrefixEnd returns the index of the noun after a first part of a
// German compound written in brackets right after a count, "65
// (Sport-)Wettportale", "40 (Online-)Casinos", or -1. The bracket, the
// part and its hyphen are written with no space between them and the noun.
func (c *ctx) bracketPrefixEnd(j int) int {
	n := len(c.toks)
	if j < 1 || j+4 >= n || c.toks[j-1].kind != tNum || !c.isPunct(j, "(") {
		return -1
	}
	w, e := &c.toks[j+1], &c.toks[j+4]
	if w.kind != tWord || w.sc != scLatin || w.sp || !c.isPunct(j+2, "-") || !c.isPunct(j+3, ")") ||
		e.kind != tWord || e.sp || e.sent != c.toks[j].sent {
		return -1
	}
	return j + 4
}
