package extract

import "testing"

// TestKindHyphenScale: a count whose scale word is joined to it by a
// hyphen ("50-million pieces of content") is the count times its scale.
func TestKindHyphenScale(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en, million", "TikTok removed nearly 50-million pieces of content in 2019.", []string{"50000000 content_items about"}},
		{"en, decimal", "X suspended 2.5-million accounts last year.", []string{"2500000 accounts"}},
		{"en, billion", "Facebook took down 1.3-billion fake accounts.", []string{"1300000000 accounts"}},
		{"en, compared", "TikTok removed 50-million videos in 2019, compared to almost 105-million in 2020.", []string{"50000000 videos", "105000000 videos about"}},
		{"fr, millions", "TikTok a supprimé 49-millions de vidéos.", []string{"49000000 videos"}},
		// negatives: a range, a scale used as an adjective of money
		{"range", "Telegram blocked 3-4 million accounts.", []string{"3000000-4000000 accounts"}},
		{"money", "Meta paid a 5-million-dollar fine.", nil},
	})
}

// TestKindDocumentLength: a count of pages that gives a document's length
// ("a 15-page report", "un rapport de transparence de 15 pages") is no
// count of pages taken down.
func TestKindDocumentLength(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en, hyphen", "X said so in a 15-page transparency report published on Wednesday.", nil},
		{"en, of", "The platform released a report of 40 pages on Monday.", nil},
		{"fr", "a déclaré la société dans un rapport de transparence de 15 pages publié mercredi.", nil},
		{"es", "El gobierno publicó un informe de 30 páginas sobre los bloqueos.", nil},
		{"it", "Agcom ha pubblicato un rapporto di 60 pagine.", nil},
		{"de", "Die Behörde legte einen Bericht von 80 Seiten vor.", nil},
		// negatives: pages taken down, a report telling what it counts
		{"pages removed", "Meta removed 40 pages and 20 accounts.", []string{"40 pages", "20 accounts"}},
		{"report counts pages", "Le rapport fait état de 40 pages.", []string{"40 pages"}},
		{"participle after", "The report of 40 pages removed by Meta was published.", []string{"40 pages"}},
	})
}

// TestKindSocialMediaSecondUnit: "social media" before a compound's second
// unit joins it like a platform's name ("78 YouTube-based news channels
// and social media accounts"); social media companies or platforms that
// speak are no unit.
func TestKindSocialMediaSecondUnit(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en", "The Indian government blocked 78 YouTube-based news channels and social media accounts.", []string{"78 channels_and_accounts"}},
		{"en, sites", "The ministry blocked 120 websites and social media accounts.", []string{"120 sites_and_accounts"}},
		{"hi", "मंत्रालय ने 120 वेबसाइट और सोशल मीडिया अकाउंट्स ब्लॉक किए।", []string{"120 sites_and_accounts"}},
		// negatives: companies that speak, one word of the two
		{"companies", "The ministry blocked 120 websites and social media companies said so.", []string{"120 sites"}},
		{"one word", "The ministry blocked 120 websites and media reported it.", []string{"120 sites"}},
	})
}

// TestKindReferralsToARegulator: the French "saisines" (referrals made to
// a regulator) are requests, counted or approximate.
func TestKindReferralsToARegulator(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"approximate", "Les ayants droit ont transmis une quarantaine de saisines à l’Arcom.", []string{"40 requests about"}},
		{"count", "L'Arcom a reçu 120 saisines en 2023.", []string{"120 requests"}},
		// negative: one referral with no count
		{"no count", "La saisine du tribunal a eu lieu en 2023.", nil},
	})
}

// TestKindDomainEndingInList: a domain's ending written after a space
// (".NET", ".ORG") ends no sentence, so a list of counts labelled by them
// keeps the unit of the breakdown it belongs to.
func TestKindDomainEndingInList(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"es", "LaLiga bloqueó más de 2,6 millones de dominios: más de 2,3 millones .COM, más de 180.000 .NET y más de 190.000 .ORG.", []string{"2600000 sites more_than", "2300000 sites more_than", "180000 sites more_than", "190000 sites more_than"}},
		{"en", "LaLiga blocked more than 2.6 million domains: more than 2.3 million .COM, more than 180,000 .NET and more than 190,000 .ORG.", []string{"2600000 sites more_than", "2300000 sites more_than", "180000 sites more_than", "190000 sites more_than"}},
		{"fr", "LaLiga a bloqué plus de 2,6 millions de domaines : plus de 2,3 millions .COM, plus de 180 000 .NET et plus de 190 000 .ORG.", []string{"2600000 sites more_than", "2300000 sites more_than", "180000 sites more_than", "190000 sites more_than"}},
		// negatives: a file ending, a full stop that ends its sentence
		{"file ending", "The report is available as a .pdf file. Telegram blocked 300 channels.", []string{"300 channels"}},
		{"sentence end", "Telegram blocked 300 channels. NET results follow.", []string{"300 channels"}},
	})
}
