package extract

import "testing"

// TestKindPlatformPostNames: a platform's own name for its posts counts
// posts ("Koos"), and an acronym of terrorist-operated websites counts
// sites ("TOWs").
func TestKindPlatformPostNames(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en, koos", "The app removed 4,500 Koos in July.", []string{"4500 posts"}},
		{"en, tows", "Researchers reported 40 TOWs to hosting providers.", []string{"40 sites"}},
		// negatives: the platform's name, the verb "tows"
		{"koo", "Koo said 5 million people joined in 2021.", nil},
		{"tows verb", "The truck tows 3 cars a day.", nil},
	})
}

// TestKindAddedToStock: a bare count after a verb of adding and "to (the)",
// "aux", "a los", with "already" right after it, is the stock the figure
// before was added to, and takes its unit.
func TestKindAddedToStock(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"fr", "Le régulateur a ajouté 25 sites aux 300 déjà bloqués.", []string{"25 sites", "300 sites"}},
		{"fr, passive", "Cette semaine, 9 chaînes ont été ajoutées aux 140 déjà fermées.", []string{"9 channels", "140 channels"}},
		{"en", "The agency added 40 channels to the 900 already blocked.", []string{"40 channels", "900 channels"}},
		{"es", "Otras 15 cuentas fueron sumadas a las 210 ya suspendidas.", []string{"15 accounts", "210 accounts"}},
		// negatives: people, no "already", no verb of adding
		{"staff", "The firm added 40 staff to the 900 already employed.", nil},
		{"no already", "The agency added 40 channels to the 900 in its list.", []string{"40 channels"}},
		{"no verb", "The agency blocked 40 channels next to the 900 already listed.", []string{"40 channels"}},
	})
}

// TestKindEnCountVerb: the French "en" before a verb of counting stands
// for the unit named before, whatever the subject, when the clause ends
// after the count.
func TestKindEnCountVerb(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"fr, dénombre", "La première liste contient 45 sites illégaux, tandis que la seconde en dénombre 70.", []string{"45 sites", "70 sites"}},
		{"fr, recense", "Pharos a bloqué 120 comptes, mais le rapport de la Cnil en recense plus de 300.", []string{"120 accounts", "300 accounts more_than"}},
		// negatives: another noun after the count, "prendre en compte"
		{"visitors", "Le régulateur a bloqué 300 sites et la liste en compte 60 millions de visiteurs.", []string{"300 sites"}},
		{"pris en compte", "Le parquet a pris en compte 300 comptes.", []string{"300 accounts"}},
	})
}

// TestKindShareCountInBrackets: a count in brackets right after a
// percentage, when it is that share of the figure before, counts the
// figure's unit; a second percentage in brackets stays one.
func TestKindShareCountInBrackets(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en", "The platform reviewed 12,000 Koos, of which 3 percent (360) were removed.", []string{"12000 posts", "3 percent", "360 posts"}},
		{"en, sign", "Of the 1,200 accounts reported, 25% (300) were suspended.", []string{"1200 accounts", "25 percent", "300 accounts"}},
		{"fr", "Sur 800 vidéos signalées, 40 % (320) ont été retirées.", []string{"800 videos", "40 percent", "320 videos"}},
		// negatives: a percentage in brackets
		{"second share", "Of 500 accounts, 20% (18%) were removed.", []string{"500 accounts", "20 percent", "18 percent"}},
	})
}
