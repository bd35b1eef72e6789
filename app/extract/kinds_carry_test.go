package extract

import "testing"

// TestKindCarriedCount: a bare count after a comma, a conjunction or
// "then" carries over the unit of the dated figure before it when a range
// of months or a day word dates it ("luego 2,1 millones entre abril y
// junio, y finalmente 7,4 millones más entre julio y septiembre", "700
// signalements … hier et 1 247 aujourd'hui"), or a year or a day word
// stands right before it ("2022 1.200 Kanäle, 2023 900 und 2024 nur 300").
func TestKindCarriedCount(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"es, month ranges", "Entre enero y marzo se eliminaron 2,9 millones de canales, luego 2,1 millones entre abril y junio, y finalmente 7,4 millones más entre julio y septiembre.", []string{"2900000 channels", "2100000 channels", "7400000 channels"}},
		{"es, day words", "La policía recibió ayer 700 denuncias y 1.247 hoy.", []string{"700 notices", "1247 notices"}},
		{"fr, day words", "Pharos a ainsi reçu 700 signalements de ce type hier et 1 247 aujourd'hui.", []string{"700 notices", "1247 notices"}},
		{"fr, month ranges", "Entre janvier et mars, YouTube a supprimé 2,9 millions de chaînes, puis 2,1 millions entre avril et juin, et enfin 7,4 millions de plus entre juillet et septembre.", []string{"2900000 channels", "2100000 channels", "7400000 channels"}},
		{"en, finally and more", "YouTube removed 2.9 million channels in January, then 2.1 million between April and June, and finally 7.4 million more between July and September.", []string{"2900000 channels", "2100000 channels", "7400000 channels"}},
		{"en, day words", "Pharos received 700 reports yesterday and 1,247 today.", []string{"700 notices", "1247 notices"}},
		{"en, year before", "Telegram blocked 1,200 channels in 2022, in 2023 900 and in 2024 only 300.", []string{"1200 channels", "900 channels", "300 channels"}},
		{"de, year before", "Telegram sperrte 2022 1.200 Kanäle, 2023 900 und 2024 nur 300.", []string{"1200 channels", "900 channels", "300 channels"}},
		{"de, day word before", "Jugendschutz.net erhielt gestern 700 Meldungen und heute 1.247.", []string{"700 notices", "1247 notices"}},
		{"de, schließlich mehr", "Zwischen Januar und März wurden 2,9 Millionen Kanäle gelöscht, dann 2,1 Millionen zwischen April und Juni und schließlich 7,4 Millionen mehr zwischen Juli und September.", []string{"2900000 channels", "2100000 channels", "7400000 channels"}},
		{"it, month ranges", "Tra gennaio e marzo YouTube ha rimosso 2,9 milioni di canali, poi 2,1 milioni tra aprile e giugno e infine 7,4 milioni in più tra luglio e settembre.", []string{"2900000 channels", "2100000 channels", "7400000 channels"}},
		{"it, day words", "La Polizia Postale ha ricevuto ieri 700 segnalazioni e 1.247 oggi.", []string{"700 notices", "1247 notices"}},
		{"ru, month ranges", "С января по март YouTube удалил 2,9 млн каналов, затем 2,1 млн с апреля по июнь и наконец ещё 7,4 млн с июля по сентябрь.", []string{"2900000 channels", "2100000 channels", "7400000 channels"}},
		{"ru, а сегодня", "Вчера Роскомнадзор получил 700 жалоб, а сегодня 1247.", []string{"700 notices", "1247 notices"}},
		{"ar, day words", "تلقت الهيئة أمس 700 بلاغ و1247 اليوم.", []string{"700 notices", "1247 notices"}},
		{"hi, month range before", "यूट्यूब ने जनवरी से मार्च के बीच 29 लाख चैनल हटाए, फिर अप्रैल से जून के बीच 21 लाख।", []string{"2900000 channels", "2100000 channels"}},
		{"hi, day words", "कल 700 शिकायतें मिलीं और आज 1,247।", []string{"700 notices", "1247 notices"}},
		{"es, periods", "Facebook eliminó 12.000 cuentas en el primer trimestre, luego 9.000 en el segundo trimestre y finalmente 7.000 más en el tercer trimestre.", []string{"12000 accounts", "9000 accounts", "7000 accounts"}},
		{"en, periods", "Facebook removed 12,000 accounts in the first quarter, then 9,000 in the second quarter and finally 7,000 more in the third quarter.", []string{"12000 accounts", "9000 accounts", "7000 accounts"}},
		{"it, periods", "Facebook ha rimosso 12.000 account nel primo trimestre, poi 9.000 nel secondo trimestre e infine altri 7.000 nel terzo trimestre.", []string{"12000 accounts", "9000 accounts", "7000 accounts"}},
		// negatives: a year, a day of the month, a percentage, money,
		// people, a count with a verb of its own, an undated figure
		{"year", "Pharos received 700 reports yesterday and 2023 today.", []string{"700 notices"}},
		{"day of the month", "Pharos a reçu 700 signalements hier et le 3 juin aujourd'hui.", []string{"700 notices"}},
		{"date", "Pharos received 700 reports yesterday and 12 March today.", []string{"700 notices"}},
		{"percentage keeps its unit", "Pharos received 700 reports yesterday and 30% today.", []string{"700 notices", "30 percent"}},
		{"money", "Pharos received 700 reports yesterday and 5,000 euros today.", []string{"700 notices"}},
		{"people", "Pharos received 700 reports yesterday and 12 people today.", []string{"700 notices"}},
		{"de, money and people", "Telegram sperrte 2022 1.200 Kanäle, 2023 900 Euro und 2024 nur 300 Personen.", []string{"1200 channels"}},
		{"verb of its own", "Pharos received 700 reports yesterday and 1,247 were processed today.", []string{"700 notices"}},
		{"undated figure", "Telegram blocked 1,200 channels, and 300 today.", []string{"1200 channels"}},
		{"more alone", "Telegram blocked 1,200 channels, and 300 more.", []string{"1200 channels"}},
	})
}

// TestKindBlockedResources: the bare French "ressources", Spanish
// "recursos", Italian "risorse" and German "Ressourcen" right after a
// count name web resources when a word of blocking or unblocking stands
// in their clause ("183 000 ressources bloquées"), as the English and
// Russian words do; resources for staff or money stay no unit.
func TestKindBlockedResources(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"fr, participle after", "183 000 ressources bloquées.", []string{"183000 sites"}},
		{"fr, verb before", "Roskomnadzor a bloqué 183 000 ressources en 2022.", []string{"183000 sites"}},
		{"fr, unblocked", "En 2022, 183 000 ressources ont été débloquées.", []string{"183000 sites"}},
		{"es", "Se bloquearon 183.000 recursos.", []string{"183000 sites"}},
		{"es, unblocked", "En 2022 fueron desbloqueados 183.000 recursos.", []string{"183000 sites"}},
		{"it, oscurate", "Nel 2022 sono state oscurate 183.000 risorse.", []string{"183000 sites"}},
		{"it, bloccato", "Roskomnadzor ha bloccato 183.000 risorse nel 2022.", []string{"183000 sites"}},
		{"de, gesperrt", "2022 wurden 183.000 Ressourcen gesperrt.", []string{"183000 sites"}},
		{"de, sperrte", "Roskomnadzor sperrte 183.000 Ressourcen.", []string{"183000 sites"}},
		{"ru, as before", "В 2022 году были разблокированы 183 тыс. ресурсов.", []string{"183000 sites"}},
		{"en, as before", "Roskomnadzor unblocked 183,000 resources in 2022.", []string{"183000 sites"}},
		// negatives: money, no count before the word, staff, no blocking
		{"money", "L'État a consacré 5 millions d'euros de ressources au blocage.", nil},
		{"no count", "En total el documento recoge información sobre 87 países, destacando Turquía y la India como los que más recursos presentaron.", []string{"87 countries"}},
		{"staff", "Se destinaron 300 recursos humanos al bloqueo de webs.", nil},
		{"no blocking", "Le ministère a alloué 300 ressources supplémentaires.", nil},
		{"no blocking, it", "Il progetto mette a disposizione 40 risorse per le scuole.", nil},
	})
}

// TestKindCasesOfCount: a word for cases after a count, with more of the
// clause after it, restates the unit of a count word's subject ("die
// Anzahl der berechtigten Beschwerden … bewegt sich jedoch mit 10.922
// Fällen auf einem … Niveau"); cases after "in" are occasions, and cases
// "of" something else are their own thing.
func TestKindCasesOfCount(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"de, Anzahl", "Im Vergleich zum Vorjahr ist die Anzahl der berechtigten Beschwerden zwar deutlich zurückgegangen, bewegt sich jedoch mit 10.922 Fällen auf einem zu erwartenden Niveau der Vorjahre.", []string{"10922 notices"}},
		{"de, Zahl", "Die Zahl der Meldungen ist gesunken, liegt aber mit 10.922 Fällen auf dem Niveau der Vorjahre.", []string{"10922 notices"}},
		{"en", "The number of valid complaints fell sharply, but with 10,922 cases it remains at the level of earlier years.", []string{"10922 notices"}},
		{"fr", "Le nombre de signalements a nettement baissé, mais avec 10 922 cas il reste au niveau des années précédentes.", []string{"10922 notices"}},
		{"es", "El número de denuncias bajó, pero con 10.922 casos se mantiene en el nivel de años anteriores.", []string{"10922 notices"}},
		{"it", "Il numero delle segnalazioni è calato, ma con 10.922 casi resta al livello degli anni precedenti.", []string{"10922 notices"}},
		{"ru", "Количество жалоб снизилось, но с 10 922 случаями осталось на уровне прошлых лет.", []string{"10922 notices"}},
		// negatives: occasions after "in", cases of something else, no count word
		{"de, in Fällen", "Die Anzahl der Beschwerden stieg, in 20 Fällen wurde ein Inhalt gelöscht.", nil},
		{"fr, dans cas", "Le nombre de signalements a augmenté, et dans 20 cas le contenu a été retiré.", nil},
		{"en, cases of", "The number of complaints fell, with 300 cases of fraud among them.", nil},
		{"de, no count word", "Im Jahr 2024 hat das Bundeskriminalamt in 482 Fällen die Entfernung von terroristischen Inhalten angeordnet.", nil},
	})
}
