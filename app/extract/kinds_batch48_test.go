package extract

import "testing"

// TestKindUnitWords48: unit words of official reports the lexicon lacked
// (held-out batch 48): web addresses written "direcciones en Internet",
// jugendschutz.net's "Internetfundstellen", removal orders written
// "órdenes de supresión", "Entfernungen angeordnet" or "injonctions de
// retrait", digital files and "dénonciations" (reports). A bare
// "Anordnungen" (court orders, a difference of orders) and other orders
// stay no unit.
func TestKindUnitWords48(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"es, direcciones en Internet", "España promovió en 2023 el cierre de 3.000 direcciones en Internet.", []string{"3000 urls"}},
		{"es, órdenes de supresión", "España emitió durante 2023 más de 60 órdenes de supresión de materiales.", []string{"60 requests more_than"}},
		{"de, Entfernungen angeordnet", "Es seien 482 Entfernungen angeordnet worden, teilte das BKA mit.", []string{"482 requests"}},
		{"de, Internetfundstellen", "Die Zentralstelle beanstandete im vergangenen Jahr mehr als 10 000 Internetfundstellen.", []string{"10000 urls more_than"}},
		{"fr, injonctions de retrait", "L'OFAC a émis 300 injonctions de retrait en 2023.", []string{"300 requests"}},
		{"es, archivos digitales", "El CITCO ha conseguido la retirada de dos archivos digitales alojados en Internet.", []string{"2 content_items"}},
		{"en, digital files", "CITCO has succeeded in removing two digital files located on the Internet.", []string{"2 content_items"}},
		{"fr, dénonciations", "La plateforme a reçu 300 dénonciations en 2013.", []string{"300 notices"}},
		{"it, file digitali", "La Polizia Postale ha rimosso 40 file digitali di propaganda.", []string{"40 content_items"}},
		// negatives: court orders, a difference of orders and arrest
		// warrants are no unit of a takedown; IP addresses are their own
		// unit, not web addresses
		{"de, richterliche Anordnungen", "Es habe sich um 42 richterliche Anordnungen aus Deutschland gehandelt, auf die 1256 Websites aus dem Suchindex genommen werden mussten.", []string{"1256 sites"}},
		{"de, difference", "Dies waren neun Anordnungen mehr als im Vorjahr.", nil},
		{"es, direcciones IP", "La policía identificó 30 direcciones IP de los sospechosos.", []string{"30 ip_addresses"}},
		{"es, órdenes de detención", "El juez dictó 3 órdenes de detención.", nil},
		{"es, as before", "Europol avisó a una docena de plataformas de 872 direcciones web.", []string{"12 platforms about", "872 urls"}},
	})
}

// TestKindFusedArticleQualifier: Spanish fuses "de" with the article
// before a share ("cerca del 21%", "alrededor del 40%"): the hedge is
// "about" as "cerca de" is.
func TestKindFusedArticleQualifier(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"es, cerca del", "España ha sido responsable de cerca del 21% de los contenidos eliminados.", []string{"21 percent about"}},
		{"es, alrededor del", "TikTok retiró alrededor del 40% de los vídeos denunciados.", []string{"40 percent about"}},
		{"es, cerca de los (as before)", "La policía cerró cerca de los 300 sitios en un año.", []string{"300 sites about"}},
		{"es, as before", "Twitter suspendió cerca de 300 cuentas.", []string{"300 accounts about"}},
		// negatives: "del" alone, a place "cerca de"
		{"es, del alone", "El 21% del total de los contenidos fue retirado.", []string{"21 percent"}},
		{"es, place", "Cerca de Madrid la policía bloqueó 20 sitios.", []string{"20 sites"}},
	})
}

// TestKindSingleCount: "a single" and its forms before a unit count one
// ("una sola richiesta di rimozione", "a single account"); after a
// negation or "before" they count none, and before a time unit they are a
// duration.
func TestKindSingleCount(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"it, una sola", "Per l’Italia vi è una sola richiesta di rimozione.", []string{"1 requests"}},
		{"en, a single", "Twitter suspended a single account in Germany.", []string{"1 accounts"}},
		{"fr, une seule", "La France n'a envoyé qu'une seule demande de retrait.", []string{"1 requests"}},
		{"es, un solo", "Las autoridades bloquearon un solo sitio web.", []string{"1 sites"}},
		{"de, ein einziger", "Gesperrt wurde ein einziger Kanal.", []string{"1 channels"}},
		// negatives: none after a negation or "before", a day, other words
		{"it, negated", "Google non ha ricevuto un solo ordine di rimozione.", nil},
		{"en, negated", "Google did not receive a single request.", nil},
		{"es, ni", "Ni un solo sitio fue bloqueado.", nil},
		{"en, before", "Twitter said about 75% of the blocked accounts this year were spotted before a single tweet was sent.", []string{"75 percent about"}},
		{"en, a single day", "Telegram blocked 3,276 accounts in a single day.", []string{"3276 accounts"}},
		{"es, una sola jornada", "En una sola jornada bloqueó 348.631 canales.", []string{"348631 channels"}},
		{"en, a day stays a rate", "Telegram has 60 million active users and delivers more than ten billion messages a day", []string{"60000000 users", "10000000000 posts more_than per_day"}},
	})
}

// TestKindTypicalDay: a count done "in a typical day" (and its forms) is
// an average a day; the day said of another count of the sentence is not
// this one's.
func TestKindTypicalDay(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"en, after", "While 200-300 accounts are taken down in a typical day, 2,076 accounts were removed on 22 November.", []string{"200-300 accounts average per_day", "2076 accounts"}},
		{"en, before", "On a typical day, 300 accounts are removed.", []string{"300 accounts average per_day"}},
		{"es", "En un día normal se bloquean 300 canales.", []string{"300 channels average per_day"}},
		{"fr", "Telegram bloque 300 chaînes un jour normal.", []string{"300 channels average per_day"}},
		{"de", "An einem normalen Tag werden 300 Konten gesperrt.", []string{"300 accounts average per_day"}},
		{"it", "In una giornata tipo vengono rimossi 300 video.", []string{"300 videos average per_day"}},
		// negatives: a single day and a date are no rate
		{"en, single day", "Telegram blocked 3,276 accounts in a single day.", []string{"3276 accounts"}},
		{"en, date", "Telegram blocked 300 channels on 6 December.", []string{"300 channels"}},
	})
}

// TestKindItalianVerblessTally: an Italian yearly tally may write no verb
// between its counts: a count, an article, the unit and a participle
// ("circa 36.000 gli spazi web monitorati …, e 250 i contenuti
// informatici rimossi"), the copula "sono" understood.
func TestKindItalianVerblessTally(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"it, gli", "È tempo di bilanci: circa 36.000 gli spazi web monitorati, e 250 i contenuti informatici rimossi nel 2018.", []string{"36000 sites about", "250 content_items"}},
		{"it, gli alone", "Nel 2020 oltre 500 gli account cancellati.", []string{"500 accounts more_than"}},
		{"it, le", "Nel 2021 circa 300 le pagine oscurate.", []string{"300 pages about"}},
		// as before: a copula before the count
		{"it, sono", "Sono 443 gli account Facebook cancellati.", []string{"443 accounts"}},
		// negatives: a year before the article, no participle after the unit
		{"it, year", "Nel 2019 gli account rimossi sono stati 500.", []string{"500 accounts"}},
		{"it, no participle", "Furono arrestati 20 gli uomini del gruppo.", nil},
	})
}

// TestKindPourWhole: French opens a whole with "pour" as with "sur"
// ("Pour 250 000 signalements reçus, 150 000 relèvent …, et 33 000
// concernent …"): the bare counts after it are parts counting the same.
func TestKindPourWhole(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"fr, pour", "Pour 250 000 signalements reçus, 150 000 relèvent du domaine des escroqueries et extorsions, et 33 000 concernent des mineurs.", []string{"250000 notices", "150000 notices", "33000 notices"}},
		{"fr, pour, one part (as before)", "Pour 500 comptes signalés, 120 ont été supprimés.", []string{"500 accounts", "120 accounts"}},
		// as before: sur, of
		{"fr, sur", "Sur 250 000 signalements reçus, 150 000 concernent des escroqueries.", []string{"250000 notices", "150000 notices"}},
		{"en, of", "Of 250,000 reports received, 150,000 concern scams.", []string{"250000 notices", "150000 notices"}},
		// negatives: a year, a first time, per cent
		{"fr, year", "Pour 2023, 300 comptes ont été supprimés.", []string{"300 accounts"}},
		{"fr, première fois", "Pour la première fois, 300 sites ont été bloqués.", []string{"300 sites"}},
		{"fr, pour cent", "Près de 20 pour cent des comptes ont été supprimés.", []string{"20 percent about"}},
	})
}
