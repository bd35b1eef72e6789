package extract

import "testing"

// TestKindBracketBreakdown: bare counts in brackets that break a figure
// down by platform or country take its unit when the clause goes on for a
// few words before the bracket ("100 cuentas más (65 de Facebook y 35 de
// Instagram)", "4 300 messages de harcèlement (1 000 en Allemagne …)",
// "100 Konten gelöscht (65 auf Facebook …)"), as they do right after it.
func TestKindBracketBreakdown(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"es, más", "Facebook ha cerrado 100 cuentas más (65 de Facebook y 35 de Instagram).", []string{"100 accounts", "65 accounts", "35 accounts"}},
		{"fr, complement", "On compte en France 4 300 messages de harcèlement (1 000 en Allemagne et 1 200 en Espagne).", []string{"4300 posts", "1000 posts", "1200 posts"}},
		{"de, participle", "Facebook hat 100 Konten gelöscht (65 auf Facebook und 35 auf Instagram).", []string{"100 accounts", "65 accounts", "35 accounts"}},
		{"en, time words", "Twitter suspended 300 accounts last week (120 on Twitter and 180 on Periscope).", []string{"300 accounts", "120 accounts", "180 accounts"}},
		{"it, participle", "Meta ha rimosso 500 account falsi (300 su Facebook e 200 su Instagram).", []string{"500 accounts", "300 accounts", "200 accounts"}},
		{"en, hedged", "TikTok removed 2,000 videos last month (about 1,500 in Germany).", []string{"2000 videos", "1500 videos about"}},
		// negatives: a date, a duration and a pointed-back part stay as
		// they were; another unit in the bracket keeps its own
		{"date", "Twitter suspended 300 accounts on Monday (2 June).", []string{"300 accounts"}},
		{"duration", "Le ministère a bloqué 40 sites cette semaine (20 heures en France).", []string{"40 sites"}},
		{"own unit", "YouTube removed 5 million videos in the quarter (3,000 channels in India).", []string{"5000000 videos", "3000 channels"}},
	})
}

// TestKindGermanAgentAttribute: a German attribute with an agent between
// the count and its unit ("70 von der BPjM (…) beanstandete Videos", "500
// von Nutzern gemeldete Beiträge") leaves the unit the count's, as a time
// phrase in the attribute does.
func TestKindGermanAgentAttribute(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"bracketed name", "Google hat den Zugriff auf 70 von der BPjM (Bundesprüfstelle für jugendgefährdende Medien) beanstandete Videos eingeschränkt.", []string{"70 videos"}},
		{"von users", "Facebook löschte 500 von Nutzern gemeldete Beiträge.", []string{"500 posts"}},
		{"vom", "YouTube sperrte 1.200 vom BKA gemeldete Inhalte.", []string{"1200 content_items"}},
		{"durch", "Telegram hat 300 durch das BKA gemeldete Kanäle gesperrt.", []string{"300 channels"}},
		{"hedged", "Rund 4.000 von Jugendschützern beanstandete Angebote wurden gelöscht.", []string{"4000 sites about"}},
		// negatives: a part of a whole, no participle before a unit
		{"part of a whole", "Wir haben 70 von 100 Videos gesperrt.", []string{"70 videos", "100 videos"}},
		{"no unit", "Es waren 70 von der Polizei, die beanstandete Videos sahen.", nil},
		{"year", "Das Gesetz gilt seit 2017 von der Regierung verabschiedete Regeln.", nil},
	})
}

// TestKindUnitListPlatformNames: a list of unit nouns with a platform's
// name after or before each ("100 pages Facebook, profils et comptes
// Instagram", "120 Facebook pages, profiles and Instagram accounts")
// counts the compound of its units, two words for one unit counted once.
func TestKindUnitListPlatformNames(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"fr", "Meta a supprimé plus de 100 pages Facebook, profils et comptes Instagram liés à ce réseau.", []string{"100 pages_and_accounts more_than"}},
		{"fr, no names", "Meta a supprimé 120 pages, profils et comptes.", []string{"120 pages_and_accounts"}},
		{"it", "Meta ha rimosso 120 pagine Facebook, profili e account Instagram.", []string{"120 pages_and_accounts"}},
		{"es, de", "Meta eliminó 120 páginas de Facebook, perfiles y cuentas de Instagram.", []string{"120 pages_and_accounts"}},
		{"en, names before", "Meta removed 120 Facebook pages, profiles and Instagram accounts.", []string{"120 pages_and_accounts"}},
		{"fr, two units", "Meta a supprimé 120 pages Facebook et comptes Instagram.", []string{"120 pages_and_accounts"}},
		{"es, three units", "Facebook eliminó 1.464 cuentas, páginas y grupos.", []string{"1464 accounts_and_pages_and_groups"}},
		// negatives: a second count has its own unit, two platforms for one unit
		{"second count", "Meta a supprimé 120 pages Facebook et 30 comptes Instagram.", []string{"120 pages", "30 accounts"}},
		{"two platforms", "Meta ha eliminado 120 cuentas de Facebook e Instagram.", []string{"120 accounts"}},
		{"list of counts", "Meta removed 120 accounts on Facebook, 30 pages and 5 groups.", []string{"120 accounts", "30 pages", "5 groups"}},
	})
}

// TestKindUnitWords46: "filmati" are videos, "streaming" right after a
// count is streams ("oltre mille streaming"), "propos" are posts ("6 000
// propos violents").
func TestKindUnitWords46(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"it, filmati", "Si parla di oltre 81 milioni di filmati rimossi.", []string{"81000000 videos more_than"}},
		{"it, filmato", "È stato rimosso un solo filmato, su 20 filmati segnalati.", []string{"1 videos", "20 videos"}}, // "un solo" counts one (batch 48)
		{"it, mille streaming", "Il blocco ha riguardato oltre mille streaming.", []string{"1000 streams more_than"}},
		{"it, streaming illegali", "Bloccati 300 streaming illegali.", []string{"300 streams"}},
		{"it, scale", "Bloccati 3 milioni di streaming.", []string{"3000000 streams"}},
		{"fr, propos", "On compte plus de 6 000 propos violents.", []string{"6000 posts more_than"}},
		// negatives: "streaming" as a modifier, "à propos de"
		{"streaming sites", "Arcom a bloqué 40 streaming sites.", []string{"40 sites"}},
		{"piattaforme streaming", "Oscurati 150 siti di streaming e 12 piattaforme streaming.", []string{"150 sites", "12 platforms"}},
		{"streaming services", "The regulator blocked 12 streaming platforms and 300 streaming services.", []string{"12 platforms"}},
		{"à propos", "À propos de 300 comptes supprimés, Meta a répondu.", []string{"300 accounts"}},
	})
}

// TestKindStockMove: how much a share price moved is no share of
// takedowns: a market phrase after it ("il titolo ha perso il 9 per cento
// in borsa") or a word for the stock and a verb of moving before it.
func TestKindStockMove(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"it, in borsa", "Il titolo ha perso il 9 per cento in borsa a seguito della pubblicazione del rapporto.", nil},
		{"fr, en bourse", "Twitter a chuté de 9 % en Bourse.", nil},
		{"de, an der Börse", "Twitter verlor 9 Prozent an der Börse, nachdem es 70 Millionen Konten gesperrt hatte.", []string{"70000000 accounts"}},
		{"en, stock fell", "Meta stock fell 9% after the report.", nil},
		{"de, Aktie", "Die Aktie verlor 9 Prozent.", nil},
		{"es, en bolsa", "Twitter cayó un 9% en bolsa.", nil},
		// negatives: shares of takedowns and of users stay
		{"share of users", "Twitter ha perso il 9 per cento degli utenti.", []string{"9 percent"}},
		{"share of posts", "Facebook löschte 9 Prozent der Beiträge.", []string{"9 percent"}},
		{"stock of uploads", "YouTube removed 9% of the videos on the stock of old uploads.", []string{"9 percent"}},
	})
}

// TestKindRelativeUserSize: a number of users in a relative clause after
// a noun for platforms or networks ("las plataformas … que tienen menos
// de 45 millones de usuarios") is the size a law applies from, no count,
// as it is after "with".
func TestKindRelativeUserSize(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"es", "Para las plataformas más pequeñas que tienen menos de 45 millones de usuarios activos al mes, los reguladores son el punto de contacto.", nil},
		{"en", "The rules apply to platforms that have more than 45 million users in the EU.", nil},
		{"de, verb after", "Die Regeln gelten für Plattformen, die mehr als 45 Millionen Nutzer haben.", nil},
		{"fr", "Les règles visent les plateformes qui ont plus de 45 millions d’utilisateurs.", nil},
		{"it", "Le regole valgono per le piattaforme che hanno oltre 45 milioni di utenti.", nil},
		{"es, cuentan con", "Las redes que cuentan con más de 45 millones de usuarios deben informar.", nil},
		// negatives: users suspended, a platform's own users, platforms that removed users
		{"suspended users", "TikTok suspended 45 million users that have broken the rules.", []string{"45000000 users"}},
		{"removed", "Platforms that have removed 45 million users were fined.", []string{"45000000 users"}},
		{"de, blocked", "Die Plattformen, die 45 Millionen Nutzer gesperrt haben, wurden bestraft.", []string{"45000000 users"}},
	})
}
