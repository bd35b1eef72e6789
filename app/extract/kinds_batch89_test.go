package extract

import "testing"

// TestKindCommaInsideMil: a figure written out with words for its
// millions and thousands, a comma after the millions ("3 millones, 136
// mil 897 videos"), is one figure; a comma between two full figures
// still parts them.
func TestKindCommaInsideMil(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"es", "La plataforma retiró un total de 2 millones, 418 mil 305 cuentas durante el año.", []string{"2418305 accounts"}},
		{"es, tras número de", "Subió el número de contenidos borrados, con 4 millones, 27 mil 110 videos.", []string{"4027110 videos"}},
		// negatives: two figures in a list, a thousand with no rest
		{"list", "Se eliminaron 3 millones de cuentas, 136 mil videos y 20 canales.", []string{"3000000 accounts", "136000 videos", "20 channels"}},
	})
}

// TestKindAuNombreDe: "au nombre de" before a count, after a verb of
// being, gives the count the noun of its subject ("ces sites seraient au
// nombre de 21").
func TestKindAuNombreDe(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"sont", "Les comptes suspendus sont au nombre de 340 selon la plateforme.", []string{"340 accounts"}},
		{"seraient", "D'après l'Arcom, ces chaînes seraient au nombre de 57.", []string{"57 channels"}},
		{"étaient, environ", "Les sites bloqués étaient au nombre d'environ 1 200 fin 2023.", []string{"1200 sites about"}},
		// negative: no unit in the subject
		{"no unit", "Les victimes sont au nombre de 12 selon la police.", nil},
	})
}

// TestKindBracketForPlace: a bare count in brackets with "pour", "for",
// "para" and a place after it ("près de 2000 plaintes de ce type
// (environ 250 pour la France)") counts the unit of the figure before.
func TestKindBracketForPlace(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"fr", "La Cnil a reçu 1 200 plaintes de ce type (environ 300 pour la Belgique).", []string{"1200 notices", "300 notices about"}},
		{"en", "The regulator received 5,000 complaints last year (about 700 for Germany).", []string{"5000 notices", "700 notices about"}},
		{"es", "Google recibió 9.000 solicitudes de retirada (unas 1.500 para España).", []string{"9000 requests", "1500 requests about"}},
		// a count in the bracket with a noun of its own keeps it
		{"own noun", "La Cnil a reçu 1 200 plaintes (environ 300 comptes pour la Belgique).", []string{"1200 notices", "300 accounts about"}},
	})
}

// TestKindAuthorisedAfterComplement: a unit qualified as allowed after a
// short complement ("16 sitios de apuestas por internet autorizados",
// "17 sites de paris sportifs agréés") tells what may operate, as "16
// portales autorizados" does; "no autorizados" stays a takedown.
func TestKindAuthorisedAfterComplement(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"es", "En el país hay 20 sitios de juego en línea autorizados por el regulador.", nil},
		{"fr", "Il existe 17 sites de paris sportifs agréés en France.", nil},
		{"en", "The country has 14 websites for online betting licensed by the state.", nil},
		// negatives: a negation, or no such word
		{"no autorizados", "Coljuegos bloqueó 300 sitios de apuestas no autorizados.", []string{"300 sites"}},
		{"sin", "Se bloquearon 40 sitios de apuestas por operar sin estar autorizados.", []string{"40 sites"}},
	})
}

// TestKindVideoFormatHead: a noun for a format right after the count,
// with "vidéo" or "video" after it as its modifier ("2.873 reportages
// vidéos", "300 appels vidéo", "40 reportajes en video"), counts reports
// or calls, no videos.
func TestKindVideoFormatHead(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"fr", "La police a produit 2.873 reportages vidéos avec des chaînes de télévision.", nil},
		{"fr appels", "Le service a traité 300 appels vidéo en un mois.", nil},
		{"es", "La policía difundió 40 reportajes en video sobre sus operativos.", nil},
		// negatives: videos counted as such, an adjective before them
		{"fr vidéos", "YouTube a supprimé 2.873 vidéos de propagande.", []string{"2873 videos"}},
		{"fr nouvelles", "TikTok a retiré 500 nouvelles vidéos.", []string{"500 videos"}},
	})
}

// TestKindWhereEndsUnit: a relative "donde", "where" or "dove" between a
// count and a unit noun opens a clause of its own: "dentro de las 50
// naciones en donde más videos se eliminaron" counts no videos.
func TestKindWhereEndsUnit(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"es", "México quedó entre las 20 naciones donde más cuentas se cerraron.", nil},
		{"en", "India is among the 10 countries where most videos were removed.", []string{"10 countries"}},
		{"it", "L'Italia è tra i 15 paesi dove più account sono stati sospesi.", []string{"15 countries"}},
		// negative: no relative, the unit is the count's
		{"es plain", "México cerró 20 cuentas de bots.", []string{"20 accounts"}},
	})
}
