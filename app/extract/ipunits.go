package extract

// IP addresses blocked are a unit of their own ("19,4 millions d'adresses
// IP", "IP-адресов"): an address of a server is neither a web address
// (urls) nor a site, and many sites share one.
func init() {
	lex.add(entry{cat: catUnit, s: "ip_addresses"}, "adresses ip|adresse ip|ip addresses|ip address|ip adressen|ip adresse|direcciones ip|direccion ip|indirizzi ip|indirizzo ip|"+
		"ip адресов|ip адреса|ip адрес|ip адресам|ip адресами|ip адресах|عناوين ip|عنوان ip|عنوانا ip|عناوين الـ ip|आईपी पते|आईपी पतों|आईपी एड्रेस|ip पते|"+
		"عنوان بروتوكول إنترنت|عناوين بروتوكول إنترنت|عنوان بروتوكول الإنترنت|عناوين بروتوكول الإنترنت|عنوانا بروتوكول إنترنت|عنوان آي بي|عناوين آي بي")
}
