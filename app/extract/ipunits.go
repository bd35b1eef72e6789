package extract

// IP addresses blocked are a unit of their own ("19,4 millions d'adresses
// IP", "IP-адресов"): an address of a server is neither a web address
// (urls) nor a site, and many sites share one.
func init() {
	lex.add(entry{cat: catUnit, s: "ip_addresses"}, "adresses ip|adresse ip|ip addresses|ip address|ip adressen|ip adresse|direcciones ip|direccion ip|indirizzi ip|indirizzo ip|"+
		"ip адресов|ip адреса|ip адрес|ip адресам|ip адресами|ip адресах|عناوين ip|عنوان ip|عنوانا ip|عناوين الـ ip|आईपी पते|आईपी पतों|आईपी एड्रेस|ip पते|"+
		"عنوان بروتوكول إنترنت|عناوين بروتوكول إنترنت|عنوان بروتوكول الإنترنت|عناوين بروتوكول الإنترنت|عنوانا بروتوكول إنترنت|عنوان آي بي|عناوين آي بي")
}

// bareIPs reports whether "IP" at j, written so, counts IP addresses on
// its own: right after a count, in a clause of blocking ("il blocco di
// circa 1300 IP e 450 nomi di dominio"), and not a modifier of the word
// after it ("400 IP cameras"). Elsewhere ("The IP was blocked") it is no
// unit.
//
// The plural "IPs" right after a count is a noun of its own ("las 123 IPs
// afectadas", "3 000 IPs"): no modifier is written so, and no blocking
// word is needed.
func (c *ctx) bareIPs(j int) bool {
	t := &c.toks[j]
	if t.kind != tWord || j == 0 || c.toks[j-1].kind != tNum && !c.has(j-1, catScale) || c.toks[j-1].sent != t.sent {
		return false
	}
	if t.f == "ips" && string(c.rs[t.s:t.e]) == "IPs" {
		return true
	}
	if t.f != "ip" || string(c.rs[t.s:t.e]) != "IP" {
		return false
	}
	if k := j + 1; k < len(c.toks) && c.toks[k].sent == t.sent && c.toks[k].kind == tWord && c.toks[k].sc == scLatin &&
		!c.has(k, catJoin) && !c.isBlockWord(k) && !blockingWord(c.toks[k].f) {
		return false
	}
	return c.blockingAround(j, j-1)
}

// bareDNS reports whether "DNS" at j, written so, counts blocked domain
// names: right after a count and in a clause of blocking ("bloccati 65 DNS
// e 8 indirizzi IP"). A count of DNS servers or resolvers names its noun
// after it ("4 DNS servers") and is no such figure.
func (c *ctx) bareDNS(j int) bool {
	t := &c.toks[j]
	if t.kind != tWord || t.f != "dns" || string(c.rs[t.s:t.e]) != "DNS" || j == 0 || c.toks[j-1].kind != tNum || c.toks[j-1].sent != t.sent {
		return false
	}
	if k := j + 1; k < len(c.toks) && c.toks[k].sent == t.sent && dnsHeads[c.toks[k].f] {
		return false
	}
	return c.blockingAround(j, j-1)
}

// dnsHeads are the nouns "DNS" modifies when it names no domain: servers,
// resolvers, queries, records, providers, folded.
var dnsHeads = map[string]bool{
	"server": true, "servers": true, "resolver": true, "resolvers": true, "queries": true, "query": true, "records": true,
	"record": true, "lookups": true, "requests": true, "providers": true, "provider": true, "servidores": true,
	"servidor": true, "serveurs": true, "serveur": true, "resolutori": true, "richieste": true, "consultas": true, "requetes": true,
	"anfragen": true, "eintrage": true, "pubblici": true, "publicos": true, "publics": true, "public": true,
}
