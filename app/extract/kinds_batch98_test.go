package extract

import "testing"

// TestKindOthersPastNameDigit: "et N autres" takes the unit of the figure
// before it even when a name's small number ("Ligue 1", "Formule 1")
// stands between them.
func TestKindOthersPastNameDigit(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"Ligue 1 autres", "L'Arcom a fait bloquer 57 sites avant le match de Ligue 1 et 6 autres lundi.", []string{"57 sites", "6 sites"}},
		{"Formule 1 others", "Canal+ had 40 channels blocked before the Formula 1 race and 12 others on Sunday.", []string{"40 channels", "12 channels"}},
		{"Top 14 autres", "Le juge a ordonné le blocage de 22 sites diffusant le Top 14 et 5 autres mardi.", []string{"22 sites", "5 sites"}},
		// a count between that is no name's number still stops the carry
		{"count between", "Google a retiré 80 vidéos, signalées par 30 ONG, et 4 autres vendredi.", []string{"80 videos"}},
	})
}

// TestKindSamePeriodFor: "pour la même période" (and its kin) is a time
// phrase after a bare count compared with a figure before it.
func TestKindSamePeriodFor(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"pour la même période", "Google a reçu 2 400 demandes de retrait contre 1 100 pour la même période de 2019.", []string{"2400 requests", "1100 requests"}},
		{"durant la même période", "La plateforme a supprimé 9 300 comptes, contre 4 200 durant la même période l'an passé.", []string{"9300 accounts", "4200 accounts"}},
		{"durante el mismo periodo", "Se bloquearon 620 sitios, frente a 310 durante el mismo periodo del año anterior.", []string{"620 sites", "310 sites"}},
		// money compared stays no figure
		{"euros", "Le site a été bloqué, contre 5 000 euros pour la même période.", nil},
	})
}

// TestKindJoinedCountRelative: a bare count joined by "and" or a comma and
// followed by a subject relative pronoun counts the unit of the figure
// before it.
func TestKindJoinedCountRelative(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"et N qui", "Twitter a reçu 45 demandes venant de tribunaux, et 12 qui émanaient de la police.", []string{"45 requests", "12 requests"}},
		{"and N that", "The ministry listed 300 sites serving pirated films and 40 that sold counterfeit goods.", []string{"300 sites", "40 sites"}},
		{"e N che", "Sono stati chiusi 70 canali di propaganda e 15 che vendevano armi.", []string{"70 channels", "15 channels"}},
		// a time unit after the count is no count
		{"hours", "Le site a bloqué 30 comptes et 24 heures qui ont suivi.", []string{"30 accounts"}},
		// no join before the count
		{"no join", "Il y a 30 comptes dont 5 qui sont faux.", []string{"30 accounts", "5 accounts"}},
	})
}
