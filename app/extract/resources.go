package extract

import "strings"

// blockedResources reports whether the bare word for resources at j
// ("ressources", "recursos", "risorse", "Ressourcen") names web resources:
// a count stands right before it ("183 000 ressources", "3 millions de
// ressources") and a word of blocking in its clause, after it within four
// tokens ("ressources bloquées", "recursos fueron bloqueados") or before
// the count within six ("ont bloqué 183 000 ressources"). Elsewhere
// ("los que más recursos presentaron", "5 millions d'euros de ressources")
// the word is no unit.
func (c *ctx) blockedResources(j int) bool {
	t := &c.toks[j]
	if t.kind != tWord || t.sc != scLatin || !bareResourceWords[t.f] || j == 0 || c.toks[j-1].sent != t.sent {
		return false
	}
	b := j - 1
	if b > 0 && (c.toks[b].f == "de" || c.toks[b].f == "di" || c.toks[b].f == "d") && c.has(b-1, catScale) {
		b-- // "3 millions de ressources"
	}
	if c.toks[b].kind != tNum && !c.has(b, catScale) {
		return false
	}
	if k := j + 1; k < len(c.toks) && c.toks[k].sent == t.sent && otherResourceWords[c.toks[k].f] {
		return false // "300 recursos humanos al bloqueo": staff or money
	}
	if serviceWords[t.f] && c.vpnAfter(j+1, t.sent) {
		return false // "197 services VPN": the set counts no VPN services
	}
	return c.blockingAround(j, b)
}

// blockingAround reports a word of blocking in the clause of a bare unit
// word at j whose count starts at b: after the word within four tokens
// ("ressources bloquées") or before the count within six ("ont bloqué
// 183 000 ressources").
func (c *ctx) blockingAround(j, b int) bool {
	sent := c.toks[j].sent
	lim := j + 4
	if j+1 < len(c.toks) && relPronouns[c.toks[j+1].f] {
		lim = j + 6 // "396 services qui se sont retrouvés bloqués"
	}
	for k := j + 1; k < len(c.toks) && k <= lim && c.toks[k].sent == sent && c.toks[k].kind != tPunct; k++ {
		if blockingWord(c.toks[k].f) {
			return true
		}
	}
	for k := b - 1; k >= 0 && k >= b-6 && c.toks[k].sent == sent && c.toks[k].kind != tPunct; k-- {
		if blockingWord(c.toks[k].f) {
			return true
		}
	}
	return false
}

// bareResourceWords are the words for resources that name web resources
// only in a context of blocking (the English and Russian ones are units),
// and the words for services, which name the illegal sites or IPTV
// services a regulator has blocked ("l'Autorité avait fait bloquer 1 544
// services", held-out batch 76), as "services illégaux" do.
var bareResourceWords = map[string]bool{"ressources": true, "recursos": true, "risorse": true, "ressourcen": true, "services": true, "servicios": true, "servizi": true}

// serviceWords are the bare words for services among bareResourceWords.
var serviceWords = map[string]bool{"services": true, "servicios": true, "servizi": true}

// vpnAfter reports whether "VPN" follows at k, past "de" or "di": services
// of VPN are no sites ("197 services VPN", "40 servicios de VPN").
func (c *ctx) vpnAfter(k, sent int) bool {
	if k < len(c.toks) && c.toks[k].sent == sent && (c.toks[k].f == "de" || c.toks[k].f == "di" || c.toks[k].f == "of") {
		k++
	}
	return k < len(c.toks) && c.toks[k].sent == sent && c.toks[k].f == "vpn"
}

// otherResourceWords make resources staff, money or means: "ressources
// humaines", "recursos económicos", "risorse aggiuntive".
var otherResourceWords = map[string]bool{
	"humaines": true, "humanos": true, "umane": true, "financieres": true, "financieros": true, "finanziarie": true, "economicos": true,
	"economiche": true, "supplementaires": true, "adicionales": true, "aggiuntive": true, "materielles": true, "materiales": true,
}

// blockingWord reports whether a folded word is one of blocking or
// unblocking a resource: "bloquées", "desbloqueados", "oscurate",
// "gesperrt", "restreint".
func blockingWord(f string) bool {
	for _, s := range blockingStems {
		if strings.Contains(f, s) {
			return true
		}
	}
	return false
}

var blockingStems = []string{"bloqu", "blocc", "block", "sperr", "oscur", "restrein", "restring"}

// mediaTails follow the Spanish "medios" to make it news media rather than
// means ("medios digitales", "medios informativos"); mediaOfTails follow
// "medios de" ("medios de comunicación", "medios de noticias"). "medios de
// pago" are not among them.
var (
	mediaTails   = foldedSet("digitales|informativos|independientes|periodisticos|nativos")
	mediaOfTails = foldedSet("comunicacion|noticias|prensa|informacion")
)

// blockedMedia reports whether the Spanish "medios" at j, with a count
// right before it, names news media said to be blocked: each is a site
// that was blocked. The blocking is a verb before the count ("bloqueó los
// portales web de cinco medios") or a plural participle after the word,
// which the media agree with ("al menos 35 medios de comunicación estaban
// bloqueados", "cuatro medios digitales … se han sumado a la lista de
// portales bloqueados"). Elsewhere ("40 medios de comunicación
// cubrieron", "según 20 medios … se bloquearan", "12 medios de pago") the
// word is no unit.
func (c *ctx) blockedMedia(j int) bool {
	t := &c.toks[j]
	if t.kind != tWord || t.f != "medios" || j == 0 || c.toks[j-1].sent != t.sent || c.toks[j-1].kind != tNum && !c.has(j-1, catScale) && !c.has(j-1, catNum) {
		return false
	}
	k := j + 1
	if k >= len(c.toks) || c.toks[k].sent != t.sent {
		return false
	}
	switch {
	case mediaTails[c.toks[k].f]:
	case c.toks[k].f == "de" && k+1 < len(c.toks) && c.toks[k+1].sent == t.sent && mediaOfTails[c.toks[k+1].f]:
	default:
		return false
	}
	for m := j - 2; m >= 0 && m >= j-7 && c.toks[m].sent == t.sent && c.toks[m].kind != tPunct; m-- {
		if blockingWord(c.toks[m].f) {
			return true
		}
	}
	for m := j + 1; m < len(c.toks) && m <= j+12 && c.toks[m].sent == t.sent && c.toks[m].kind != tPunct; m++ {
		if f := c.toks[m].f; blockingWord(f) && (strings.HasSuffix(f, "ados") || strings.HasSuffix(f, "adas")) {
			return true
		}
	}
	return false
}
