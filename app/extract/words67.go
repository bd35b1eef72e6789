package extract

import "strings"

// domainSeiten reports whether German "Seiten" at us counts web sites, not a
// platform's pages: its sentence speaks of domains or DNS ("Rechnet man
// Sub-Domains zusammen, waren … 122 Seiten … gesperrt") or of an access
// provider, whose blocks are of sites ("o2 … sperrt … noch sieben Seiten").
// Elsewhere "gesperrte Seiten" keeps pages, as the set reads them.
func (c *ctx) domainSeiten(us, sent int) bool {
	if us < 0 || us >= len(c.toks) || c.toks[us].f != "seiten" {
		return false
	}
	b := us
	for b > 0 && c.toks[b-1].sent == sent {
		b--
	}
	for k := b; k < len(c.toks) && c.toks[k].sent == sent; k++ {
		if c.toks[k].kind != tWord {
			continue
		}
		f := c.toks[k].f
		if strings.Contains(f, "domain") || f == "dns" || strings.HasPrefix(f, "netzsperre") || deAccessProviders[f] ||
			strings.HasSuffix(f, "zugangsanbieter") || strings.HasPrefix(f, "internetanbieter") || strings.HasPrefix(f, "provider") {
			return true
		}
		if f == "o" && k+1 < len(c.toks) && c.toks[k+1].s == c.toks[k].e && strings.EqualFold(string(c.rs[c.toks[k].s:c.toks[k+1].e]), "o2") {
			return true // "o2", split into a letter and a digit
		}
	}
	return false
}

// deAccessProviders are German access providers named in blocking news,
// folded: their blocks are DNS blocks of sites.
var deAccessProviders = map[string]bool{"telekom": true, "vodafone": true, "versatel": true, "telefonica": true}

// sourcePreps say whom a bare count after "and" came from, as the figure
// before it did: "688 بلاغاً من جهات خاصة و92 من أفراد", "688 Meldungen von
// Firmen und 92 von Privatpersonen". The same word must stand between the
// figure and "and", as "de" and "da" are too common to stand alone.
var sourcePreps = map[string]bool{"من": true, "von": true, "from": true}

// arabicLamPhrase reports whether the word at k is a phrase of "for"
// written with the clitic لـ on its noun ("و92 لأفراد", "للأفراد"), which
// says whom a bare count is for, as prepFollow's "for" and "pour" do.
func (c *ctx) arabicLamPhrase(k int) bool {
	if k >= len(c.toks) || c.toks[k].kind != tWord || c.toks[k].sc != scArabic {
		return false
	}
	w := []rune(c.toks[k].f)
	return len(w) >= 4 && w[0] == 'ل' && !arLamStems[c.toks[k].f] && !c.has(k, catUnit)
}

// arLamStems are Arabic words that begin with ل of their own, no clitic.
var arLamStems = map[string]bool{"لكن": true, "لقد": true, "لبنان": true, "لكل": true, "لدي": true, "لدى": true, "لاحقا": true, "لمده": true, "لمدة": true}

// sitesUsingService reports whether a count of sites ending at ue is the
// subject of a verb of using ("más de 140.000 sitios web en España usan
// servicios de Cloudflare"): sites a service has as customers, no sites
// taken down. A word of blocking or takedown anywhere in the sentence
// keeps the figure ("bloqueó 40 webs que usan Cloudflare").
func (c *ctx) sitesUsingService(ue, sent int) bool {
	used := false
	for k := ue; k < len(c.toks) && k <= ue+4 && c.toks[k].sent == sent && c.toks[k].kind != tPunct; k++ {
		if useVerbs[c.toks[k].f] {
			used = true
			break
		}
	}
	if !used {
		return false
	}
	for k := range c.toks {
		if c.toks[k].sent == sent && c.toks[k].kind == tWord && (blockingWord(c.toks[k].f) || takedownVerb(c.toks[k].f)) {
			return false
		}
	}
	return true
}

// useVerbs are finite verbs of using a service, folded, in the plural
// their count subject takes.
var useVerbs = map[string]bool{
	"use": true, "usan": true, "utilizan": true, "emplean": true, "nutzen": true, "verwenden": true, "usano": true,
	"utilizzano": true, "utilisent": true, "используют": true, "تستخدم": true, "يستخدم": true, "تعتمد": true,
}
