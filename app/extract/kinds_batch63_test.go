package extract

import "testing"

// TestKindCategoryList: bare counts after a comma or "y"/"e"/"et", each
// with "de"/"di" and a category, list categories of the figure before
// them, also when its complement is written otherwise (held-out batch 63:
// "15 publicaciones relacionada con …, 41 de posible fraude, 9 de
// pornografía …"). A part, a date, a ratio or people after "de" are left
// alone.
func TestKindCategoryList(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"es, three categories", "La unidad eliminó 20 perfiles vinculados a estafas, 12 de extorsión, 5 de acoso y 3 de suplantación.", []string{"20 accounts", "12 accounts", "5 accounts", "3 accounts"}},
		{"it, two categories", "La Postale ha rimosso 30 post con insulti razzisti, 14 di minacce e 6 di truffe.", []string{"30 posts", "14 posts", "6 posts"}},
		{"fr, de", "La plateforme a fermé 40 comptes liés à la fraude, 12 de harcèlement et 7 de chantage.", []string{"40 accounts", "12 accounts", "7 accounts"}},
		// unchanged: a part, a date, a ratio, people
		{"es, de ellas", "La policía eliminó 300 cuentas falsas, 20 de ellas en Facebook.", []string{"300 accounts", "20 accounts"}},
		{"es, a date", "Se bloquearon 15 sitios ilegales, 12 de junio.", []string{"15 sites"}},
		{"es, a ratio", "Se bloquearon 15 sitios ilegales, 3 de cada 10 en México.", []string{"15 sites"}},
	})
}

// TestKindAdjectiveBracket: a bracket that breaks a figure down may open
// after one adjective or participle written after the unit (batch 63:
// "493 istanze valide (209 nel periodo … e 284 …)").
func TestKindAdjectiveBracket(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"it, valide", "Sono arrivate 400 richieste valide (250 nel primo anno e 150 nel secondo).", []string{"400 requests", "250 requests", "150 requests"}},
		{"es, falsas", "La empresa borró 500 cuentas falsas (300 en 2019 y 200 en 2020).", []string{"500 accounts", "300 accounts", "200 accounts"}},
		{"fr, inauthentiques", "Meta a fermé 420 comptes inauthentiques (250 en 2020 et 170 en 2021).", []string{"420 accounts", "250 accounts", "170 accounts"}},
		// unchanged: no adjective, and a bracket holding only a year
		{"es, no adjective", "La empresa borró 500 cuentas (300 en 2019 y 200 en 2020).", []string{"500 accounts", "300 accounts", "200 accounts"}},
		{"es, a year", "La empresa borró 500 cuentas falsas (2019).", []string{"500 accounts"}},
	})
}

// TestKindNeBeforeVerb: the Italian clitic "ne" right before the count's
// verb stands for the unit named before it (batch 63: "261 portali …,
// mentre oggi ne detiene 10.466"), as "ne" before an auxiliary already did.
func TestKindNeBeforeVerb(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"it, conta", "Nel 2021 la lista aveva 300 siti bloccati, oggi ne conta 1.200.", []string{"300 sites", "1200 sites"}},
		{"it, elenca", "L'elenco iniziale comprendeva 80 canali Telegram, ma la Procura ne elenca ora 140.", []string{"80 channels", "140 channels"}},
		{"fr, et en", "Meta a fermé 500 comptes et en a supprimé 300 autres.", []string{"500 accounts", "300 accounts"}},
		// unchanged: "ne" before an auxiliary, and no unit before it
		{"it, aux", "Dei 500 siti segnalati ne sono stati chiusi 300.", []string{"500 sites", "300 sites"}},
		{"it, no unit", "Oggi ne conta 1.200.", nil},
	})
}

// TestKindWords63: unit words batch 63 showed missing: Spanish citizens'
// reports as notices ("mil 393 reportes ciudadanos"), Italian
// applications to a regulator as requests ("493 istanze"), and readers of
// blocked channels or sites as users ("Oltre 500mila lettori").
func TestKindWords63(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"es, reportes", "La unidad ha atendido mil 240 reportes ciudadanos.", []string{"1240 notices"}},
		{"it, istanze", "L'Autorità ha ricevuto 120 istanze di rimozione.", []string{"120 requests"}},
		{"it, lettori", "Oltre 20mila lettori sono rimasti senza i canali pirata.", []string{"20000 users more_than"}},
		{"es, lectores", "Los canales bloqueados tenían más de 10.000 lectores.", []string{"10000 users more_than"}},
		{"fr, lecteurs", "Les chaînes fermées comptaient plus de 30 000 lecteurs.", []string{"30000 users more_than"}},
		{"ru, читателей", "У заблокированных каналов было более 50 тысяч читателей.", []string{"50000 users more_than"}},
	})
}

// TestKindReachBack: a count noun with the definite article refers back
// to the figure before it also when it reaches the count rather than
// changes to it (batch 63: "la cifra llega a 442", its figure in the
// sentence before).
func TestKindReachBack(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"es, llega", "Desde 2015 se han bloqueado 5.100 sitios. En lo que va del año la cifra llega a 310.", []string{"5100 sites", "310 sites"}},
		{"fr, atteint", "Depuis 2018, 2 400 comptes ont été fermés. Cette année, le chiffre atteint 380.", []string{"2400 accounts", "380 accounts"}},
		{"en, reached", "Since 2019 the agency has blocked 900 websites. This year the number reached 120.", []string{"900 sites", "120 sites"}},
		// unchanged: no figure before the count noun
		{"es, no figure", "En lo que va del año la cifra llega a 310.", nil},
	})
}

// TestKindNamedGap: after a semicolon or a comma, a person's or a place's
// name set off by a comma before a bare count is the subject of a clause
// with its verb left out, as a platform's name already was (batch 63:
// "al menos cinco publicaciones …; Jorge Luis Preciado, 12 y …").
func TestKindNamedGap(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"es, person", "El diputado debe borrar ocho publicaciones; Ana María López, 15.", []string{"8 posts", "15 posts"}},
		{"en, place", "The regulator blocked 300 sites in Spain; Portugal, 120 and Italy, 90.", []string{"300 sites", "120 sites", "90 sites"}},
		{"it, person", "Il senatore deve rimuovere 6 post; Mario Rossi, 4.", []string{"6 posts", "4 posts"}},
		// unchanged: no comma after the name, no name
		{"en, no comma", "The regulator blocked 300 sites; Portugal 120.", []string{"300 sites"}},
		{"es, no name", "El diputado debe borrar ocho publicaciones; la policía, 15.", []string{"8 posts"}},
	})
}

// TestKindPostsWritten: a count of posts right after a verb of making or
// publishing them is what was written, not taken down (batch 63: "se
// realizaron 78 publicaciones de advertencia"); posts removed, and posts
// removed that someone published, keep their count.
func TestKindPostsWritten(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"es, publicaron", "Las autoridades publicaron 35 publicaciones de alerta en sus redes.", nil},
		{"it, pubblicato", "La Questura ha pubblicato 40 post di prevenzione.", nil},
		{"en, posted", "The accounts posted more than 500 tweets about the vote.", nil},
		// unchanged: posts taken down
		{"en, removed", "Facebook removed 300 posts published by the network.", []string{"300 posts"}},
		{"es, eliminó", "La policía eliminó 78 publicaciones.", []string{"78 posts"}},
	})
}

// TestKindNetworksAsAccounts: a count of "social networks" in the
// thousands, after accounts named in its sentence, counts accounts on
// them (batch 63: "les comptes réseaux sociaux récupérés …, il y a eu 3607
// et 1583 réseaux sociaux supprimés"); a count of networks a country
// blocks stays platforms.
func TestKindNetworksAsAccounts(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"fr, thousands", "Pour les comptes piratés, la plateforme a fait supprimer 2500 réseaux sociaux.", []string{"2500 accounts"}},
		{"es, thousands", "Entre las cuentas denunciadas, la policía dio de baja 4.200 redes sociales.", []string{"4200 accounts"}},
		// unchanged: networks a country blocks, and thousands with no accounts named
		{"fr, a country", "Le Népal a bloqué 26 réseaux sociaux.", []string{"26 platforms"}},
		{"fr, accounts of networks", "Les comptes de 26 réseaux sociaux ont été bloqués.", []string{"26 platforms"}},
	})
}
