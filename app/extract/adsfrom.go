package extract

// adsRemovedFrom reports whether the count at i names where ads were
// removed from: "from" (из, من, da, aus, de) stands right before it, past
// its qualifier, and a word for ads or advertising at most six words
// before that ("удалено незаконной рекламы из 17 известных каналов",
// "removed illegal ads from 17 channels", "إزالة إعلانات مخالفة من 17
// قناة"). The channels the ads ran in were not taken down, and ads are no
// figure of the desk's (batch 44), so the count is none.
func (c *ctx) adsRemovedFrom(i, sent int) bool {
	k := c.beforeQualifier(i)
	if k < 2 || c.toks[k-1].sent != sent || !adsFromWords[c.toks[k-1].f] {
		return false
	}
	for m := k - 2; m >= 0 && m >= k-7 && c.toks[m].sent == sent; m-- {
		t := &c.toks[m]
		if t.kind == tNum || t.kind == tPunct && t.f != "," && t.f != "«" && t.f != "»" && t.f != "\"" {
			return false
		}
		if t.kind == tWord && hasAnyPrefix(t.f, adStems) {
			return true
		}
	}
	return false
}

// adsFromWords are the prepositions "from" (folded); adStems begin the
// words for ads and advertising.
var (
	adsFromWords = map[string]bool{"from": true, "из": true, "من": true, "da": true, "aus": true, "de": true, "des": true}
	adStems      = []string{"ads", "advert", "реклам", "اعلان", "الاعلان", "واعلان", "pubblicit", "publicit", "werbung", "werbeanzeig"}
)
