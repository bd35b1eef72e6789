package extract

import "testing"

// TestKindPastSpanAfterTotal: a total brought to a count may close with the
// span of time it covers, written with "the last" (held-out batch 49:
// "brings the total number of extremist content removed to 7,146,016
// during the past eight months"). The span ends the count's clause as a
// date does, in the languages that write it; a count of months of its own
// ("in eight months") and the span's own number stay no figure.
func TestKindPastSpanAfterTotal(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"en, during the past eight months", "Which brings the total number of extremist content removed to 7,146,016 during the past eight months.", []string{"7146016 content_items"}},
		{"en, over the last two years", "This brought the total of accounts suspended to 636,248 over the last two years.", []string{"636248 accounts"}},
		{"en, during the past months", "The total number of accounts removed rose to 7,146,016 during the past months.", []string{"7146016 accounts"}},
		{"de, in den letzten acht Monaten", "Die Gesamtzahl der gelöschten Konten stieg auf 7.146 in den letzten acht Monaten.", []string{"7146 accounts"}},
		{"fr, au cours des huit derniers mois", "Le nombre total de comptes supprimés est passé à 7 146 au cours des huit derniers mois.", []string{"7146 accounts"}},
		{"es, en los últimos ocho meses", "El número total de cuentas suspendidas subió a 7.146 en los últimos ocho meses.", []string{"7146 accounts"}},
		{"it, negli ultimi otto mesi", "Il numero totale di account rimossi è salito a 7.146 negli ultimi otto mesi.", []string{"7146 accounts"}},
		{"ru, за последние восемь месяцев", "Общее количество удаленных аккаунтов выросло до 7 146 за последние восемь месяцев.", []string{"7146 accounts"}},
		// negatives and unchanged: a count of months of its own, the span's
		// number, a span before the count, a year
		{"en, in eight months", "The total number of accounts removed rose to 7,146 in eight months.", nil},
		{"en, span after a unit", "Facebook removed 300 accounts during the past eight months.", []string{"300 accounts"}},
		{"en, span first", "During the past eight months, Twitter suspended 500 accounts.", []string{"500 accounts"}},
		{"en, as before", "The total number of accounts removed rose to 7,146,016 during 2022.", []string{"7146016 accounts"}},
		{"en, span alone", "The platform was offline during the past eight months.", nil},
	})
}

// TestKindParticipleAdjectiveUnit: a participle and one adjective may
// stand between a count and its unit (held-out batch 49: "and 8,664
// terminated terrorist channels"), as one participle or one adjective
// alone already could; the count keeps its own unit rather than the unit
// of the count before. A participle before a word that is no unit, and a
// participle after another noun, stay as they were.
func TestKindParticipleAdjectiveUnit(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"en, terminated terrorist channels", "They removed 21,026,169 items and 8,664 terminated terrorist channels.", []string{"21026169 content_items", "8664 channels"}},
		{"en, suspended fake accounts", "Facebook removed 300 accounts and 40 suspended fake pages.", []string{"300 accounts", "40 pages"}},
		{"en, after a semicolon", "The total number of items deleted rose to 21,026,169; these included extremist content and 8,664 terminated terrorist channels.", []string{"21026169 content_items", "8664 channels"}},
		// unchanged: one participle, one adjective, people
		{"en, one participle", "They removed 8,664 terminated channels.", []string{"8664 channels"}},
		{"en, one adjective", "They removed 21,026,169 items and 8,664 terrorist channels.", []string{"21026169 content_items", "8664 channels"}},
		{"en, people", "The police arrested 30 suspected terrorist members.", nil},
	})
}

// TestKindVonAufChange: German writes a change "von N auf M" with the unit
// after the second number only ("von drei auf neun Prozent", held-out
// batch 49); both numbers count that unit, as "from 3 to 9 percent" and
// "de 3 à 9 %" already did. "um N auf M" (a change by N) and "auf" without
// "von" stay as they were.
func TestKindVonAufChange(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"de, von drei auf neun Prozent", "Der Anteil kinderpornografischer Inhalte ist von drei auf neun Prozent gestiegen.", []string{"3 percent", "9 percent"}},
		{"de, von 3 auf 9 Prozent", "Der Anteil stieg von 3 auf 9 Prozent.", []string{"3 percent", "9 percent"}},
		{"de, von 300 auf 900 Konten", "Die Zahl stieg von 300 auf 900 Konten.", []string{"300 accounts", "900 accounts"}},
		{"en, as before", "The share rose from 3 to 9 percent.", []string{"3 percent", "9 percent"}},
		{"fr, as before", "La part est passée de 3 à 9 %.", []string{"3 percent", "9 percent"}},
		// unchanged: a change by a number, "auf" alone, a subject's unit
		{"de, um … auf", "Der Anteil stieg um 3 auf 9 Prozent.", []string{"9 percent"}},
		{"de, auf alone", "Die Zahl der Löschersuchen stieg 2024 auf 17.045.", []string{"17045 requests"}},
		{"de, subject unit as before", "Die Zahl der Löschersuchen stieg von 7.240 auf 17.045.", []string{"7240 requests", "17045 requests"}},
	})
}

// TestKindSubdomains: subdomains blocked are sites, as domains are
// (held-out batch 49: "172 dominios y 697 subdominios"), in the languages
// whose word for them the lexicon lacked; IP addresses are a unit of
// their own, never sites, and a domain word with no count stays no figure.
func TestKindSubdomains(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"es, subdominios", "Durante todo el 2021, el bloqueo afirma haber bloqueado 172 dominios y 697 subdominios.", []string{"172 sites", "697 sites"}},
		{"it, sottodomini", "Le autorità hanno oscurato 697 sottodomini.", []string{"697 sites"}},
		{"fr, as before (sous-domaines)", "L'Arcom a bloqué 697 sous-domaines.", []string{"697 sites"}},
		{"ru, поддоменов", "Роскомнадзор заблокировал 697 поддоменов.", []string{"697 sites"}},
		{"en, as before", "The government blocked 172 domains and 697 subdomains.", []string{"172 sites", "697 sites"}},
		// negatives: IP addresses are no sites; no count
		{"es, direcciones IP", "La policía identificó 30 direcciones IP de los sospechosos.", []string{"30 ip_addresses"}},
		{"es, no count", "El bloqueo afecta a subdominios de varios servicios.", nil},
	})
}
