package extract

import "testing"

// TestKindOrJoinedUnits: two unit nouns joined by "or" after a count are
// one compound unit in the order written, as with "and"; content, a mass
// noun, joins nothing.
func TestKindOrJoinedUnits(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en", "The regulator blocked 1,250 gambling sites or pages last year.", []string{"1250 sites_and_pages"}},
		{"en, order", "Of the 9,400 pages or sites blocked, 2,100 were pages on Facebook.", []string{"9400 pages_and_sites", "2100 pages"}},
		{"en, web pages", "It blocked 640 websites or web pages with hate content.", []string{"640 sites_and_pages"}},
		{"fr", "L'autorité a bloqué 300 sites ou pages en 2020.", []string{"300 sites_and_pages"}},
		{"it", "Sono stati oscurati 75 siti o pagine illegali.", []string{"75 sites_and_pages"}},
		// negatives: content joins nothing; two counts as alternatives
		{"content", "La police a demandé le retrait de 4 500 contenus ou sites.", []string{"4500 content_items"}},
		{"alternatives", "The court ordered 12 sites or 30 pages blocked.", []string{"12 sites", "30 pages"}},
	})
}

// TestKindQuotedNameBracketCount: a count in brackets after a name in
// quotes takes the unit of its clause's subject, as after a bare name.
func TestKindQuotedNameBracketCount(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"hi", "इंस्टाग्राम पर ज्यादातर सामग्री को 'हिंसा' (4.2 मिलियन) श्रेणी में रखा गया।", []string{"4200000 content_items"}},
		{"en", "Most removed posts were labelled \"spam\" (1.2 million).", []string{"1200000 posts"}},
		// negatives: a year in brackets after a quoted title
		{"year", "The report \"Online Harms\" (2021) found nothing new.", nil},
	})
}
