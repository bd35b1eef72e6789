package extract

import "testing"

// TestKindPluralIPs: the plural "IPs" right after a count is IP addresses
// on its own, with or without a word of blocking in its clause (held-out
// batch 67: "las 123 IPs afectadas", "se bloquean alrededor de 3 000 IPs").
func TestKindPluralIPs(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"es, IPs afectadas", "El auto no detalla las 250 IPs incluidas en la lista de la liga.", []string{"250 ip_addresses"}},
		{"es, bloquean IPs", "Cada jornada se bloquean unas 1.200 IPs en las operadoras.", []string{"1200 ip_addresses about"}},
		{"en, IPs", "The league said 4,000 IPs were cut off during the match.", []string{"4000 ip_addresses"}},
		// unchanged: "IP" without blocking, and "IPs" with no count before it
		{"en, IP cameras", "Police seized 400 IP cameras in the raid.", nil},
		{"es, las IPs", "Las IPs de Cloudflare quedaron bloqueadas el sábado.", nil},
	})
}

// TestKindBareDNSDomains: "DNS" written so right after a count in a clause
// of blocking counts blocked domain names, sites (held-out batch 67:
// "bloccati 65 DNS e 8 indirizzi IP", read as 65 IP addresses).
func TestKindBareDNSDomains(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"it, DNS e IP", "Sabato sono stati bloccati 120 DNS e 14 indirizzi IP dai provider.", []string{"120 sites", "14 ip_addresses"}},
		{"es, DNS bloqueados", "La plataforma ha bloqueado 40 DNS durante el partido.", []string{"40 sites"}},
		// unchanged: DNS servers are no domain names, nor a count with no block
		{"en, DNS servers", "The ISP blocked access through 4 DNS servers in the region.", nil},
		{"it, no block", "Il provider gestisce 3 DNS per i suoi clienti.", nil},
	})
}

// TestKindDomainSeiten: German "Seiten" counts web sites, not a platform's
// pages, in a sentence about domains, DNS or an access provider (held-out
// batch 67: "122 Seiten auf Empfehlung der CUII … gesperrt", "o2 … sperrt
// … noch sieben Seiten").
func TestKindDomainSeiten(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"de, Domains", "Zählt man die Domains mit, sind derzeit 90 Seiten in Deutschland nicht erreichbar.", []string{"90 sites"}},
		{"de, Provider", "Der Provider sperrt weiterhin zwölf Seiten ohne Grund.", []string{"12 sites"}},
		{"de, o2", "Bei o2 sind noch neun Seiten gesperrt.", []string{"9 sites"}},
		{"de, Vodafone", "Bei Vodafone waren am Montag noch 15 Seiten gesperrt.", []string{"15 sites"}},
		// unchanged: a platform's pages, and blocked pages with no domain or provider
		{"de, Facebook sperrte", "Facebook sperrte 30 Seiten und 12 Konten.", []string{"30 pages", "12 accounts"}},
		{"de, gesperrte Seiten", "Insgesamt wurden 800 Seiten gesperrt.", []string{"800 pages"}},
		{"de, gelöscht", "Das Netzwerk hat 45 Seiten gelöscht.", []string{"45 pages"}},
	})
}

// TestKindCoordSourceCount: a bare count after "and" takes the unit of the
// figure before it when a phrase of whom it came from or was for stands in
// place of the unit: the same "from" after both (من, von, from), or Arabic
// "for" written with the clitic لـ, and Arabic و as "and" (held-out batch
// 67: "688 بلاغاً من جهات خاصة و92 لأفراد").
func TestKindCoordSourceCount(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ar, و + لـ", "تلقت الهيئة 410 بلاغات من الوزارات و35 للمواطنين.", []string{"410 notices", "35 notices"}},
		{"ar, و + من", "حجبت الهيئة 300 موقع من الخارج و40 من الداخل.", []string{"300 sites", "40 sites"}},
		{"de, von … und … von", "Die Stelle erhielt 510 Meldungen von Behörden und 64 von Bürgern.", []string{"510 notices", "64 notices"}},
		// unchanged: "and" + a count of people, and "from" only after the count
		{"en, people", "The agency blocked 300 sites from abroad and 40 people were arrested.", []string{"300 sites"}},
		{"de, only after", "Die Stelle sperrte 510 Konten und 64 von ihnen wurden gelöscht.", []string{"510 accounts"}},
	})
}

// TestKindSitesUsingService: a count of sites that is the subject of a
// verb of using a service counts the service's customers, no sites taken
// down, unless the sentence blocks or removes them (held-out batch 67:
// "más de 140.000 sitios web en España usan servicios de Cloudflare").
func TestKindSitesUsingService(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"es, utilizan", "Unos 20.000 sitios web utilizan la misma dirección de la red.", nil},
		{"en, use", "More than 2 million websites in Europe use the provider's network.", nil},
		{"de, nutzen", "Rund 50.000 Webseiten in Deutschland nutzen den Dienst.", nil},
		// unchanged: sites blocked that use the service
		{"es, bloqueó", "La liga bloqueó 40 webs que usan servicios de Cloudflare.", []string{"40 sites"}},
		{"en, blocked", "The court blocked 300 websites that use the same CDN.", []string{"300 sites"}},
	})
}
