package extract

import "testing"

// TestKindBesidesPlus: the French "en plus de" opening a clause is
// "besides", not "more than" (held-out batch 61: ", en plus de 162
// comptes sur Instagram"); after a verb "en" is "in" and "plus de" stays
// "more than".
func TestKindBesidesPlus(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"fr, after a comma", "Meta a fermé 40 pages, en plus de 25 comptes Instagram.", []string{"40 pages", "25 accounts"}},
		{"fr, opening", "En plus de 300 chaînes, Telegram a fermé 20 groupes.", []string{"300 channels", "20 groups"}},
		{"fr, after et", "TikTok a supprimé 12 vidéos et en plus de 30 comptes.", []string{"12 videos", "30 accounts"}},
		// unchanged: "in more than", and "plus de" alone
		{"fr, in more than", "Le réseau était présent en plus de 20 pays.", []string{"20 countries more_than"}},
		{"fr, plus de", "Meta a fermé plus de 25 comptes.", []string{"25 accounts more_than"}},
	})
}

// TestKindDocumentLengthQualified: the length of a document is no count of
// web pages also when a qualifier stands before it (batch 61: "le rapport
// de plus d'une centaine de pages"); pages removed keep their qualifier.
func TestKindDocumentLengthQualified(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"fr, plus d'une centaine", "Le document de plus d'une centaine de pages a été publié.", nil},
		{"en, more than", "The company filed a report of more than 80 pages.", nil},
		{"es, casi", "Publicó un informe de casi 90 páginas.", nil},
		{"it, oltre", "Ha pubblicato un rapporto di oltre 60 pagine.", nil},
		// unchanged: pages taken down
		{"fr, pages removed", "Meta a supprimé plus d'une centaine de pages liées au réseau.", []string{"100 pages more_than"}},
		{"en, pages removed", "Facebook removed more than 80 pages.", []string{"80 pages more_than"}},
	})
}

// TestKindDefiniteApprox: an approximate noun after the definite article
// counts as after "une" when its unit follows (batch 61: "la dizaine de
// pages Facebook"); with no unit after it, the noun is no count ("la
// quarantaine" is a quarantine).
func TestKindDefiniteApprox(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"fr, la dizaine", "Meta a supprimé la dizaine de comptes liés à ces sites.", []string{"10 accounts about"}},
		{"fr, la centaine", "La centaine de chaînes Telegram visées a été fermée.", []string{"100 channels about"}},
		{"it, il centinaio", "Il centinaio di siti pirata è stato oscurato.", []string{"100 sites about"}},
		{"es, el centenar", "El centenar de cuentas fue suspendido.", []string{"100 accounts about"}},
		// unchanged: no unit after the noun
		{"fr, quarantaine", "La quarantaine de 14 jours a été levée.", nil},
	})
}

// TestKindThousandsLow: in a range whose high end is written grouped by
// thousands, a bare small low end leaves the thousands out (batch 61: "De
// 4 à 6 500 signalements" is 4,000 to 6,500).
func TestKindThousandsLow(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"fr, de … à", "De 3 à 5 000 comptes ont été supprimés chaque mois.", []string{"3000-5000 accounts per_month"}},
		{"fr, entre … et", "Entre 2 et 3 500 sites ont été bloqués.", []string{"2000-3500 sites"}},
		{"en, between", "Between 4 and 6,500 accounts were suspended.", []string{"4000-6500 accounts"}},
		{"es, entre", "Entre 8 y 9.500 cuentas fueron eliminadas.", []string{"8000-9500 accounts"}},
		// unchanged: both ends written, no grouping, a far high end
		{"en, both written", "Between 4,000 and 6,500 accounts were suspended.", []string{"4000-6500 accounts"}},
		{"en, ungrouped", "Between 4 and 6500 accounts were suspended.", []string{"4-6500 accounts"}},
		{"en, far", "From 2 to 100,000 accounts were suspended.", []string{"2-100000 accounts"}},
		{"en, small", "Between 10 and 20 accounts were removed.", []string{"10-20 accounts"}},
	})
}

// TestKindAppositionTotal: a count set off by commas and closed by "in
// total" totals the noun before it (batch 61: "three sets of accounts
// from Iran, 4,779 in total, that Twitter believes …").
func TestKindAppositionTotal(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"en", "Twitter released three sets of accounts from Iran, 4,779 in total, on Thursday.", []string{"4779 accounts"}},
		{"en, sentence end", "Telegram banned the channels of the group, 1,200 in total.", []string{"1200 channels"}},
		{"fr", "Meta a supprimé des comptes liés à l'Iran, 783 au total, selon le rapport.", []string{"783 accounts"}},
		{"es", "TikTok eliminó cuentas falsas, 1.500 en total, en mayo.", []string{"1500 accounts"}},
		// unchanged: no unit before, no comma before the count
		{"en, no unit", "The campaign ran for many weeks, 12 in total, before it ended.", nil},
		{"en, no comma", "Telegram said that 1,200 in total were banned.", nil},
	})
}
