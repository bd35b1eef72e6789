package extract

import "testing"

// TestKindFilmAndCommentNouns: German "Filme" and "Kurzfilme" count videos,
// removed comments in five languages count posts, and "gemeldete Fälle"
// (reported cases) count notices (held-out batch 59: "3,8 Millionen Filme
// wurden … gelöscht", "100 Millionen Kommentare … entfernt", "7500
// gemeldete Fälle … geprüft"). The French "comment" ("how") stays no unit.
func TestKindFilmAndCommentNouns(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"de, Filme", "Insgesamt 2,5 Millionen Filme wurden entfernt.", []string{"2500000 videos"}},
		{"de, Kurzfilme", "Die Plattform löschte 45.000 Kurzfilme.", []string{"45000 videos"}},
		{"de, Kommentare", "Facebook entfernte 300.000 Kommentare wegen Hassrede.", []string{"300000 posts"}},
		{"it, commenti", "YouTube ha cancellato 2 milioni di commenti.", []string{"2000000 posts"}},
		{"fr, commentaires", "La plateforme a supprimé 12 000 commentaires haineux.", []string{"12000 posts"}},
		{"en, comments", "YouTube removed 50 million comments.", []string{"50000000 posts"}},
		{"es, comentarios", "Twitch borró 8.000 comentarios racistas.", []string{"8000 posts"}},
		{"ar, تعليق", "حذف يوتيوب 50 مليون تعليق خلال الربع الأول.", []string{"50000000 posts"}},
		{"ar, تعليقات", "حذفت المنصة 7 تعليقات مسيئة.", []string{"7 posts"}},
		{"hi, टिप्पणियां", "यूट्यूब ने 20 लाख टिप्पणियां हटाईं।", []string{"2000000 posts"}},
		// unchanged: تعليق before a noun is a suspension, not a comment
		{"ar, suspension", "أعلنت المنصة تعليق 300 حساب مرتبط بالتنظيم.", []string{"300 accounts"}},
		{"de, gemeldete Fälle", "Die Meldestelle hatte 4200 gemeldete Fälle von Hetze geprüft.", []string{"4200 notices"}},
		// unchanged: "comment" is "how" in French
		{"fr, comment", "Voici comment 300 comptes ont été fermés.", []string{"300 accounts"}},
	})
}

// TestKindStressedLaterCount: a hedge that stresses a count ("sogar",
// "addirittura", "even") between a time phrase and a bare second count
// leaves it the unit of the count before, as "lediglich" did (held-out
// batch 59: "rund 1,2 Milliarden Accounts gelöscht, im ersten Quartal 2019
// sogar 2,19 Milliarden").
func TestKindStressedLaterCount(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"de, sogar", "Der Konzern hat im dritten Quartal rund 800 Millionen Konten gesperrt, im vierten Quartal sogar 1,1 Milliarden.", []string{"800000000 accounts about", "1100000000 accounts"}},
		{"de, sogar, Jahr", "2022 wurden 300 Kanäle gesperrt, 2023 sogar 1.200.", []string{"300 channels", "1200 channels"}},
		{"it, addirittura", "Nel 2022 sono stati chiusi 300 canali, nel 2023 addirittura 1.200.", []string{"300 channels", "1200 channels"}},
		// unchanged: the stressed count has a noun of its own
		{"de, sogar, eigenes Nomen", "Sie sperrte 500 Konten, im Mai sogar 20 Gruppen.", []string{"500 accounts", "20 groups"}},
	})
}

// TestKindMonthAgainstMonth: "al mes" and "al mese" are "a month" only
// when no adjective places the month against another ("respecto al mes
// anterior", "rispetto al mese precedente": the month before), held-out
// batch 59's "10.076 comentarios menos detectados respecto al mes
// anterior".
func TestKindMonthAgainstMonth(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"es, mes anterior", "Se detectaron 5.000 comentarios menos respecto al mes anterior.", []string{"5000 posts"}},
		{"it, mese precedente", "Sono stati rimossi 300 video in più rispetto al mese precedente.", []string{"300 videos"}},
		{"de, Monat zuvor", "Es wurden 300 Videos mehr gelöscht als im Monat zuvor.", []string{"300 videos"}},
		// unchanged: a rate
		{"es, al mes", "La red elimina 5.000 cuentas al mes.", []string{"5000 accounts per_month"}},
		{"it, al mese", "La piattaforma chiude 300 canali al mese.", []string{"300 channels per_month"}},
	})
}

// TestKindGermanLevelWithMit: German gives a level with "mit" after a
// noun (held-out batch 59: "lagen … die Hassrede-Beschwerden mit 80.824
// etwas unter dem Vorjahreszeitraum mit 83.784", "71.907 Inhalte
// gelöscht, ein deutlicher Anstieg zum Vorjahreszeitraum mit 54.644"): a
// bare count after "mit" counts a noun of reports or content before it,
// and after a noun for the period before it is that period's level of
// the count before. "zu" sets a second count against a first ("nämlich
// 24.692 zu 19.935"), "nach" a series ("nach 15.678 im
// Vorjahreszeitraum").
func TestKindGermanLevelWithMit(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"de, Nomen mit, Vorjahr mit", "Im Berichtszeitraum lagen die Terror-Beschwerden mit 4.512 deutlich über dem Vorjahr mit 3.210.", []string{"4512 notices", "3210 notices"}},
		{"de, Vorjahreszeitraum mit", "Im ersten Halbjahr wurden 12.345 Videos entfernt, ein Rückgang zum Vorjahreszeitraum mit 15.678.", []string{"12345 videos", "15678 videos"}},
		{"de, Nomen mit, zweiter Satzteil", "Im Vorjahr waren es 3.210 Beschwerden, in diesem Jahr lagen die Beschwerden mit 4.512 höher.", []string{"3210 notices", "4512 notices"}},
		{"de, nämlich … zu", "Es wurden mehr Hetze-Inhalte gelöscht, nämlich 1.234 zu 987 im Vorjahr.", []string{"1234 content_items", "987 content_items"}},
		{"de, nach … im Vorjahreszeitraum", "Im ersten Halbjahr wurden 12.345 Videos entfernt, nach 15.678 im Vorjahreszeitraum.", []string{"12345 videos", "15678 videos"}},
		// unchanged: a channel "mit" a count counts followers, not channels;
		// a count with a noun of its own keeps it
		{"de, Kanal mit", "Telegram sperrte den Kanal mit 63.000 Abonnenten.", []string{"63000 followers"}},
		{"de, Kanäle mit, kein Nomen", "Gesperrt wurden auch Kanäle mit 63.000.", nil},
		{"de, Meldungen mit Inhalten", "Es gingen 500 Meldungen mit 1048 Inhalten ein.", []string{"500 notices", "1048 content_items"}},
	})
}

// TestKindRateInRelativeClause: a rate word in a relative clause after a
// comma tells what the things counted did, not how often they were taken
// down (held-out batch 59: "chiudere 19 canali Telegram, che ogni giorno
// mettevano … a disposizione i pdf"). A rate right after the count stays
// its rate.
func TestKindRateInRelativeClause(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"it, che ogni giorno", "La procura ha chiuso 12 canali Telegram, che ogni giorno diffondevano i pdf dei giornali.", []string{"12 channels"}},
		{"en, which every day", "Police shut 40 sites, which every day streamed football matches.", []string{"40 sites"}},
		{"es, que cada día", "La policía cerró 30 webs, que cada día ofrecían partidos.", []string{"30 sites"}},
		{"de, die jeden Tag", "Die Polizei sperrte 25 Webseiten, die jeden Tag Spiele zeigten.", []string{"25 sites"}},
		// unchanged: the rate of the count itself
		{"it, al giorno", "Telegram chiude 300 canali al giorno, che diffondono propaganda.", []string{"300 channels per_day"}},
		{"en, every day", "Telegram bans 2,000 channels every day.", []string{"2000 channels per_day"}},
	})
}

// TestKindPlatformsAfterPrepArticle: "sulle due piattaforme", "aux deux
// plateformes" point back to platforms already named, as "le due
// piattaforme" and "the two platforms" did (held-out batch 59: "contenuti
// illeciti individuati sulle due piattaforme"). A count in digits after
// such an article, or a number word with no article, still counts.
func TestKindPlatformsAfterPrepArticle(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"it, sulle due", "Facebook e Instagram pubblicano i contenuti illeciti individuati sulle due piattaforme.", nil},
		{"it, dalle due", "I contenuti rimossi dalle due piattaforme sono molti.", nil},
		{"fr, aux deux", "Le régulateur a écrit aux deux plateformes, Facebook et YouTube.", nil},
		// unchanged: counts of platforms
		{"it, cifre", "La chiusura delle 12 piattaforme pirata è stata disposta.", []string{"12 platforms"}},
		{"it, senza articolo", "AGCOM ha oscurato due piattaforme pirata.", []string{"2 platforms"}},
	})
}

// TestKindNetworkOfBareCount: "and a network of N" with no noun after the
// number counts what the figure before it counts (held-out batch 59:
// "eliminó 1.152 cuentas vinculadas a … y una red de 7,340 comprometidas
// en …"). A noun after the number keeps its own unit, and people stay no
// unit.
func TestKindNetworkOfBareCount(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"es, una red de", "Twitter eliminó 900 cuentas chinas y una red de 4,210 comprometidas con el partido.", []string{"900 accounts", "4210 accounts"}},
		{"en, a network of", "Twitter removed 900 accounts tied to Russia and a network of 4,210 promoting the ruling party.", []string{"900 accounts", "4210 accounts"}},
		{"fr, un réseau de", "Twitter a supprimé 900 comptes et un réseau de 4 210 liés au parti.", []string{"900 accounts", "4210 accounts"}},
		{"it, una rete di", "Meta ha rimosso 120 pagine e una rete di 350 collegate al governo.", []string{"120 pages", "350 pages"}},
		// unchanged: a noun of its own, people
		{"es, sustantivo propio", "Twitter eliminó 900 cuentas y una red de 4.210 bots.", []string{"900 accounts", "4210 bots"}},
		{"es, personas", "Twitter eliminó 900 cuentas y una red de 40 personas fue detenida.", []string{"900 accounts"}},
	})
}

// TestKindSubjectLevelWithMit: the subject of a German clause may take its
// level with "mit" past its verb, and a second "und mit N" shares it
// (held-out batch 57: "Die meisten Inhalte wurden mit elf Millionen in den
// Vereinigten Staaten und mit acht Millionen in Pakistan entfernt"); the
// same preposition before two counts joined by "and" shares the unit in
// other languages too. A channel's level stays none of a channel count.
func TestKindSubjectLevelWithMit(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"de, Subjekt wurden mit … und mit", "Die meisten Videos wurden mit neun Millionen in Indien und mit zwei Millionen in Brasilien gelöscht.", []string{"9000000 videos", "2000000 videos"}},
		{"de, Subjekt wurden mit", "Die meisten Beschwerden gingen mit 4.100 im März ein.", []string{"4100 notices"}},
		{"es, con … y con", "España encabeza la lista con 300 cuentas suspendidas en marzo y con 200 en abril.", []string{"300 accounts", "200 accounts"}},
		{"en, with … and with", "India led with 300 accounts blocked in May and with 200 in June.", []string{"300 accounts", "200 accounts"}},
		// unchanged: a noun of its own after "mit"; channels have no level
		{"de, eigenes Nomen", "Die meisten Konten wurden mit 500 Bots erstellt.", []string{"500 bots"}},
		{"de, Kanäle", "Die meisten Kanäle wurden mit 63.000 in Deutschland gesperrt.", nil},
	})
}
