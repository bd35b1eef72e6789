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
func (c *ctx) bareIPs(j int) bool {
	t := &c.toks[j]
	if t.kind != tWord || t.f != "ip" || j == 0 || c.toks[j-1].kind != tNum && !c.has(j-1, catScale) || c.toks[j-1].sent != t.sent || string(c.rs[t.s:t.e]) != "IP" {
		return false
	}
	if k := j + 1; k < len(c.toks) && c.toks[k].sent == t.sent && c.toks[k].kind == tWord && c.toks[k].sc == scLatin &&
		!c.has(k, catJoin) && !c.isBlockWord(k) && !blockingWord(c.toks[k].f) {
		return false
	}
	return c.blockingAround(j, j-1)
}
