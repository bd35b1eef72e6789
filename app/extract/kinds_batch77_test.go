package extract

import "testing"

// TestKindSiblingChangedPrep: in a list of bare counts sharing the unit of
// the figure that opens it, each with its own category after a
// preposition, a later count keeps the unit when its preposition differs
// from the one before it ("… 300 under spam, 120 on impersonation").
func TestKindSiblingChangedPrep(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en", "We suspended 9,000 accounts under spam rules, 4,100 under abuse, 700 on impersonation and about 90 on private data.",
			[]string{"9000 accounts", "4100 accounts", "700 accounts", "90 accounts about"}},
		{"en, for", "The service closed 5,000 channels for spam, 1,200 for fraud and 300 on copyright grounds.",
			[]string{"5000 channels", "1200 channels", "300 channels"}},
		// negatives: people counted after the list
		{"people", "We suspended 9,000 accounts under spam rules, 4,100 under abuse, and 70 people on the team reviewed them.", []string{"9000 accounts", "4100 accounts"}},
	})
}

// TestKindReachVerbLongSubject: a verb of reaching ("hit", "reached") after a subject that names the unit and a takedown
// participle gives the count that unit, past a time phrase.
func TestKindReachVerbLongSubject(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en, hit", "Accounts suspended during the second half hit 4.2 million, the company said.", []string{"4200000 accounts"}},
		{"en, reached", "Fake accounts disabled during the first quarter reached 583 million.", []string{"583000000 accounts"}},
		// negatives: people reached, money, no takedown participle
		{"people", "Posts removed last year hit 3 million people.", nil},
		{"money", "Fines issued in the quarter hit 4 million euros.", nil},
	})
}

// TestKindBareRemovedWithOnly: "with (only) N removed / banned / blocked"
// after a clause that names one takedown unit gives N that unit.
func TestKindBareRemovedWithOnly(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en", "Most of these channels were closed for spam, with only 42,310 removed for other reasons.", []string{"42310 channels"}},
		{"en, no only", "The videos were flagged by users, with 12,000 removed within a day.", []string{"12000 videos"}},
		{"en, reasons", "Most of these accounts were banned for spam, with just 9,400 removed for reasons such as harmful content.", []string{"9400 accounts"}},
		{"es", "La mayoría de las cuentas fueron bloqueadas por spam, con solo 3.200 eliminadas por otros motivos.", []string{"3200 accounts"}},
		// negatives: people, no unit before
		{"people", "The company laid off staff, with 1,200 removed from the team.", nil},
	})
}

// TestKindItDomande: the Italian "domande" (applications) counts requests
// when named as removal applications or as applications sent or received;
// alone it may count questions and stays no unit.
func TestKindItDomande(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"it", "Google ha ricevuto 12mila domande di rimozione dall'Italia.", []string{"12000 requests"}},
		{"it, sent", "La Germania segue con 9mila domande inviate.", []string{"9000 requests"}},
		{"it, received", "Bing ha esaminato oltre 3.000 domande ricevute nel primo mese.", []string{"3000 requests more_than"}},
		// negatives: questions
		{"questions", "Il questionario contiene 20 domande sul diritto all'oblio.", nil},
		{"questions asked", "Il giornalista ha posto 10 domande al portavoce di Google.", nil},
	})
}
