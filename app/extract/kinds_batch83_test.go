package extract

import "testing"

// TestKindBareAddresses: the bare plural for addresses ("direcciones",
// "adresses", "indirizzi") counts web addresses when a removal and "of"
// or a verb of removing stands before its number; addresses a firm has
// or changes count nothing.
func TestKindBareAddresses(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"es, el bloqueo de", "La fiscalía pidió el bloqueo de 2.500 direcciones que difundían partidos.", []string{"2500 urls"}},
		{"es, verb", "La plataforma eliminó 800 direcciones tras la denuncia.", []string{"800 urls"}},
		{"fr, le retrait de", "Le régulateur a demandé le retrait de 1 200 adresses.", []string{"1200 urls"}},
		{"it, la rimozione di", "La polizia ha chiesto la rimozione di 300 indirizzi.", []string{"300 urls"}},
		// negatives: postal addresses
		{"es, offices", "La empresa tiene 12 direcciones en Madrid.", nil},
		{"es, changed", "La empresa cambió 12 direcciones en Madrid.", nil},
	})
}

// TestKindEsAvisos: "avisos" counts notices sent or received, after a verb
// of making, sending or receiving them; the warnings a weather service
// issues count nothing.
func TestKindEsAvisos(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"made", "Los revisores realizaron más de 40.000 avisos sobre vídeos.", []string{"40000 notices more_than"}},
		{"received", "La plataforma recibió 12.500 avisos de contenido ilegal.", []string{"12500 notices"}},
		{"scaled", "Los usuarios enviaron 2 millones de avisos.", []string{"2000000 notices"}},
		// negative: weather warnings
		{"weather", "La agencia activó 12 avisos amarillos por lluvias.", nil},
	})
}

// TestKindScaleDeSpecialUnit: "de" after a scale word joins the count to a
// unit noun the extractor reads from its context, as it joins lexicon
// units: "1,5 millones de elementos" after a removal counts content items.
func TestKindScaleDeSpecialUnit(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"es, elementos", "La empresa eliminó más de 1,5 millones de elementos.", []string{"1500000 content_items more_than"}},
		{"fr, matériaux", "Le régulateur a bloqué 1,2 million de matériaux.", []string{"1200000 content_items"}},
		{"es, direcciones", "La empresa eliminó 2 millones de direcciones.", []string{"2000000 urls"}},
		// negative: no removal, no unit
		{"es, warnings", "La agencia activó 2 millones de avisos amarillos.", nil},
	})
}

// TestKindAuthorisedPastComplement: the word for licensed may follow the
// unit's complement ("sitios de apuestas por internet autorizados"): such
// a count tells what may operate, not what was taken down; "no
// autorizados" stays a takedown.
func TestKindAuthorisedPastComplement(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"es", "En el país hay 16 sitios de apuestas autorizados.", nil},
		{"es, two words", "En el país hay 16 sitios de apuestas por internet autorizados.", nil},
		{"it", "In Italia ci sono 80 siti di scommesse online autorizzati.", nil},
		// negatives: unlicensed or illegal sites blocked
		{"es, no autorizados", "Coljuegos bloqueó 300 sitios de apuestas no autorizados.", []string{"300 sites"}},
		{"es, ilegales", "Coljuegos bloqueó 300 sitios de apuestas ilegales.", []string{"300 sites"}},
	})
}

// TestKindPartitiveHeadBe: a clause opening with "de los <unit> …," names
// the unit of the count after its comma when a past form of "be" follows
// it, as "were" does in English; a second count with the same
// preposition of linking after it ("… vinculados al comercio y 39 al
// phishing", "linked to the party and 40 to the campaign") counts the
// same unit.
func TestKindPartitiveHeadBe(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"es", "De los portales revisados, 83 estaban vinculados al fraude y 39 al phishing.", []string{"83 sites", "39 sites"}},
		{"it", "Dei siti segnalati, 40 erano legati alla mafia e 12 alla camorra.", []string{"40 sites", "12 sites"}},
		{"en", "Of the accounts removed, 120 were linked to the party and 40 to the campaign.", []string{"120 accounts", "40 accounts"}},
		{"en, figure", "Twitter suspended 300 accounts linked to Iran and 20 to Russia.", []string{"300 accounts", "20 accounts"}},
		// negatives: a change of level, no second count
		{"en, from to", "The views rose from 300 to 400.", nil},
	})
}

// TestKindEsGenderCarry: a bare count followed by a Spanish participle
// carries the unit of the earlier figure whose noun agrees with it in
// gender, past a nearer noun that does not ("… cuentas, … usuarios falsos
// y unas 300 creadas" counts accounts); when the nearer noun agrees, it
// keeps that noun's unit.
func TestKindEsGenderCarry(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"feminine past masculine", "Se eliminaron cerca de 1.000 cuentas, casi 200 usuarios falsos y unas 300 creadas desde Irán.", []string{"1000 accounts about", "200 users about", "300 accounts about"}},
		{"masculine past feminine", "Se cerraron 400 grupos, 120 páginas y 30 creados ayer.", []string{"400 groups", "120 pages", "30 groups"}},
		// negatives: the nearer noun agrees
		{"nearer agrees", "Facebook borró 900 cuentas, 300 usuarios falsos y otros 50 vinculados al ejército.", []string{"900 accounts", "300 users", "50 users"}},
		{"one noun", "Se cerraron 400 cuentas y 30 creadas ayer.", []string{"400 accounts", "30 accounts"}},
	})
}

// TestKindCopulaSubjectRelative: the subject of a verb of amounting may
// carry a relative clause between its unit noun and the verb ("the
// counter of domain names that have now come into the hands of Microsoft
// stood at seventy"); the count is still of that unit. A subject with no
// unit noun gives the count none.
func TestKindCopulaSubjectRelative(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en, words", "Last spring the tally of domain names that have since passed into the hands of the company stood at seventy.", []string{"70 sites"}},
		{"en, digits", "The number of accounts that the platform has taken down in the country since January stood at 4,500.", []string{"4500 accounts"}},
		// negative: people are no unit
		{"en, people", "The people that were hired over the whole of the last two years stood at 300.", nil},
	})
}

// TestKindPossessiveCompare: a bare count after another owner's
// possessive that the clause compares with the figure before ("far fewer
// than Facebook's 2 million", "lower than that of Facebook’s 5.4
// billion") counts that figure's unit; a count with a unit of its own or
// money after it keeps that.
func TestKindPossessiveCompare(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"than", "Twitter suspended 500 accounts, far fewer than Facebook's 2 million.", []string{"500 accounts", "2000000 accounts"}},
		{"than that of", "The service removed about 3 million fake profiles, far below that of Meta’s 1.2 billion.", []string{"3000000 accounts about", "1200000000 accounts"}},
		{"more than", "TikTok removed 10 million videos, more than YouTube's 8 million.", []string{"10000000 videos", "8000000 videos"}},
		// negatives: money, a unit of its own
		{"money", "TikTok removed 10 million videos, more than YouTube's 8 million dollars.", []string{"10000000 videos"}},
		{"own unit", "Twitter suspended 500 accounts while the company's 2 million users complained.", []string{"500 accounts", "2000000 users"}},
	})
}
