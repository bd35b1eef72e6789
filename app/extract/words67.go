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
