package extract

import "testing"

// TestKindRegionalTens: the Belgian and Swiss French tens "septante",
// "huitante", "octante" and "nonante" are numbers as "soixante-dix" and
// "quatre-vingt-dix" are.
func TestKindRegionalTens(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"nonante pour cent", "Nonante pour cent des comptes signalés ont été fermés.", []string{"90 percent"}},
		{"septante chaînes", "Telegram a bloqué septante chaînes en une semaine.", []string{"70 channels"}},
		{"huitante sites", "L'autorité a fait bloquer huitante sites de paris.", []string{"80 sites"}},
		{"octante comptes", "Octante comptes ont été suspendus.", []string{"80 accounts"}},
		// negative: a span of days in words stays no figure
		{"days", "Les contenus sont restés en ligne septante jours.", nil},
	})
}

// TestKindBlocklistSeiten: German "Seiten" in a sentence on blocklists
// ("Sperrliste", "Blockliste") are web sites, whose domains such lists
// hold; "Seiten" a platform deletes stay pages.
func TestKindBlocklistSeiten(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"two counts", "Die Behörde hat 20 Seiten und die Gespa 7 Seiten auf ihre Sperrliste gesetzt.", []string{"20 sites", "7 sites"}},
		{"plural list", "Insgesamt stehen nun 140 Seiten auf den Sperrlisten der Schweiz.", []string{"140 sites"}},
		{"blockliste", "Die Blockliste wurde um 12 Seiten erweitert.", []string{"12 sites"}},
		// negative: a platform's pages
		{"pages", "Facebook löschte 289 Seiten und 75 Accounts.", []string{"289 pages", "75 accounts"}},
	})
}

// TestKindSeriesVerbOthers: a count with "weitere", "others" or "autres"
// after it that opens a clause of its own whose verb continues the
// series ("und jetzt folgen 45 weitere", ", im März kamen 40 weitere
// hinzu") counts what the figure before it counts, as "und 20 weitere"
// right after the conjunction does. A clause with another verb, or with
// no verb, keeps the others out.
func TestKindSeriesVerbOthers(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"de, folgen", "Im April wurden 30 Domains gesperrt und nun folgen 12 weitere.", []string{"30 sites", "12 sites"}},
		{"de, kamen hinzu", "Anfang Mai wurden 80 Kanäle blockiert, im Juni kamen 25 weitere hinzu.", []string{"80 channels", "25 channels"}},
		{"en, follow", "The regulator blocked 60 sites, and now follow 15 others.", []string{"60 sites", "15 sites"}},
		{"fr, s'ajoutent", "L'Arcom a bloqué 90 sites et depuis s'ajoutent 10 autres.", []string{"90 sites", "10 sites"}},
		// negatives: another act, no verb, a unit of its own
		{"en, arrested", "Police blocked 10 sites and then arrested 20 others.", []string{"10 sites"}},
		{"fr, puis", "101 sites ont été bloqués, puis 3 autres.", []string{"101 sites"}},
		{"de, own unit", "Im April wurden 30 Domains gesperrt und nun folgen 12 weitere Kanäle.", []string{"30 sites", "12 channels"}},
	})
}

// TestKindExtendedBy: a bare count after "um" or "by" with a participle
// of extending ("um 40 ergänzt", "um 30 erweitert", "extended by 50")
// adds that many of what the figure before it counts.
func TestKindExtendedBy(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"de, ergänzt", "Im Januar traf es 35 Websites, im März wurde die Liste um 20 ergänzt.", []string{"35 sites", "20 sites"}},
		{"de, erweitert", "Die Liste mit 120 Domains wurde im Juni um 30 erweitert.", []string{"120 sites", "30 sites"}},
		{"de, aufgestockt, qualifier", "Die Sperrliste umfasste 200 Domains und wurde um rund 50 aufgestockt.", []string{"200 sites", "50 sites about"}},
		{"en, extended by", "The regulator blocked 300 sites and the list was extended by 50.", []string{"300 sites", "50 sites"}},
		// negatives: a share, a time, no figure before
		{"de, percent", "Die Zahl der Meldungen stieg auf 300 und wurde um 40 Prozent erweitert.", []string{"300 notices", "40 percent"}},
		{"de, days", "Die Frist von 30 Tagen wurde um 14 Tage verlängert.", nil},
		{"de, nothing before", "Das Team wurde um 12 erweitert.", nil},
	})
}

// TestKindAlsoAside: the German "also" (that is) opening an aside after a
// share ("2 Prozent der Beschwerden – also 62 –", "(also 369)", ", also
// 1.200") restates the share as a count of its noun, as "nämlich" and
// "soit" do. Without the aside's dash, bracket or comma it restates
// nothing.
func TestKindAlsoAside(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"dashes", "Nur 3 Prozent der Meldungen – also 90 – waren berechtigt.", []string{"3 percent", "90 notices"}},
		{"bracket", "Facebook löschte 35 Prozent der gemeldeten Inhalte (also 369).", []string{"35 percent", "369 content_items"}},
		{"comma", "Twitter sperrte 40 Prozent der Konten, also 1.200.", []string{"40 percent", "1200 accounts"}},
		// negatives: no aside, and a number of days
		{"no aside", "Die Plattform hatte also 200 Tage Zeit.", nil},
		{"days aside", "Die Frist betrug 10 Prozent der Zeit – also 3 Tage.", []string{"10 percent"}},
	})
}

// TestKindAuxPartOf: a bare count that opens a clause after a comma,
// right before an auxiliary, is a part of the figure the clause before
// counts ("rund 8500 Meldungen …, 3097 wurden als berechtigt eingestuft",
// "500 accounts, 300 were later restored"). A count larger than the
// figure, a year between, an agent or people arrested keep it out.
func TestKindAuxPartOf(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"de", "Es gingen 9000 Meldungen ein, 2800 wurden als berechtigt eingestuft.", []string{"9000 notices", "2800 notices"}},
		{"en", "Twitter suspended 500 accounts, 300 were later restored.", []string{"500 accounts", "300 accounts"}},
		{"fr", "Twitter a suspendu 500 comptes, 300 ont été rétablis depuis.", []string{"500 accounts", "300 accounts"}},
		{"es, qualifier", "Meta cerró 900 páginas, unas 400 fueron restauradas.", []string{"900 pages", "400 pages about"}},
		// negatives
		{"larger", "Die Polizei sperrte 500 Konten, 800 wurden geprüft.", []string{"500 accounts"}},
		{"arrested", "Die Plattform sperrte 500 Konten, 30 wurden festgenommen.", []string{"500 accounts"}},
		{"agent", "Facebook received 132,613 complaints, 37,620 were checked by lawyers.", []string{"132613 notices"}},
		{"year between", "Of 500 accounts removed in 2019, 120 were restored.", []string{"500 accounts"}},
	})
}

// TestKindLawClassUsers: users counted in a relative clause on services
// that a verb of having ("verfügen", "disposent", "disponen") closes are
// the size a law applies from, even with the users' number in brackets
// after the noun ("… über eine bestimmte Anzahl von registrierten
// Nutzern (100.000 Personen) verfügen"). A service's own users stay a
// figure.
func TestKindLawClassUsers(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"de, bracket", "Betroffen sind Plattformen, die in Österreich über eine bestimmte Zahl von Nutzern (200.000 Personen) verfügen.", nil},
		{"de, verfügen", "Das Gesetz gilt für Netzwerke mit Sitz im Inland, die über mehr als 100.000 registrierte Nutzer verfügen.", nil},
		{"fr, disposent", "Le règlement vise les plateformes qui disposent de plus de 45 millions d’utilisateurs.", nil},
		{"es, disponen", "La norma afecta a las plataformas que disponen de más de 45 millones de usuarios.", nil},
		// negatives: a platform's own user base, and a blocking
		{"own users", "TikTok zählt in Deutschland rund 20 Millionen Nutzer.", []string{"20000000 users about"}},
		{"blocked", "Die Plattformen, die 300 Konten gesperrt haben, melden das.", []string{"300 accounts"}},
	})
}

// TestKindLevelParticiple: a count word's count after "auf" with a German
// participle of change closing the clause ("die Zahl der gesperrten Konten
// ist auf 1200 gestiegen", "… auf mehr als eine Million verdoppelt") is
// the level the count reached, and a rate word before the unit named
// ahead of it ("die Anzahl täglich gesperrter Konten") is its rate. Staff
// and spans of time stay no figure.
func TestKindLevelParticiple(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"gestiegen", "Die Zahl der gesperrten Konten ist auf 1200 gestiegen.", []string{"1200 accounts"}},
		{"gesunken, then clause", "Die Zahl der Beschwerden sei auf 5000 gesunken, hieß es.", []string{"5000 notices"}},
		{"verdoppelt, daily", "Die Plattform habe die Anzahl täglich gelöschter Videos seit Januar auf mehr als 20.000 verdoppelt.", []string{"20000 videos more_than per_day"}},
		{"number word", "Die Zahl der blockierten Seiten ist auf eine Million angewachsen.", []string{"1000000 pages"}},
		// negatives: staff, a span
		{"staff", "Die Zahl der Mitarbeiter ist auf 300 gestiegen.", nil},
		{"hours", "Die Frist wurde auf 24 Stunden verkürzt.", nil},
	})
}

// TestKindArticleNamedGap: a bare count that ends its sentence after a comma and
// a named subject (a definite article and a name in quotes or capitals)
// with the verb left out counts what the figure before it counts: "die
// Seite hatte über 140.000 Fans, die „Blutgruppe HC Negativ“ 68.000", "la
// page comptait 140 000 abonnés, la « B » 68 000". A unit between, a verb
// after the count or a year keep it out.
func TestKindArticleNamedGap(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"de, quoted", "Die eine Seite hatte 90.000 Fans, die „Stoppt Rechtspopulisten“ 45.000.", []string{"90000 followers", "45000 followers"}},
		{"fr, guillemets", "La chaîne A comptait 120 000 abonnés, la « Bonne Info » 30 000.", []string{"120000 followers", "30000 followers"}},
		{"en, quoted", "Its main page had 50,000 subscribers, the \"Daily Truth\" 20,000.", []string{"50000 followers", "20000 followers"}},
		// negatives: a verb after the count, a unit between, a year
		{"verb after", "Facebook löschte 300 Konten, die Polizei nahm 20 fest.", []string{"300 accounts"}},
		{"unit between", "Die Seite hatte 90.000 Fans, die Gruppe „X“ zählte 45.000 Mitglieder.", []string{"90000 followers"}},
		{"year", "Telegram sperrte 64 Kanäle, die meisten 2022.", []string{"64 channels"}},
	})
}

// TestKindVerfuegenUeber: the "über" that "verfügen" (to have) governs
// before a count ("verfügt über 30 Millionen Nutzer") is the verb's
// preposition, not "over"; "über" after another verb, and a qualifier
// after "verfügt über", still qualify.
func TestKindVerfuegenUeber(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"verfügt", "Facebook verfügt über 30 Millionen Nutzer in Deutschland.", []string{"30000000 users"}},
		{"verfügte, subject between", "Damals verfügte das Netzwerk über 2.000 Kanäle.", []string{"2000 channels"}},
		// negatives: a qualifier of its own, another verb
		{"mehr als", "Facebook verfügt über mehr als 30 Millionen Nutzer.", []string{"30000000 users more_than"}},
		{"sperrte über", "Twitter sperrte über 300 Konten.", []string{"300 accounts more_than"}},
	})
}
