package extract

import "testing"

// TestKindGroupCompoundMembers: members counted after German compounds of
// groups ("Chatgruppen", "Facebook-Gruppen") are the groups' followers, as
// after "Gruppen".
func TestKindGroupCompoundMembers(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"Chatgruppen", "Die Polizei schloss drei Chatgruppen mit rund 5.000 Mitgliedern.", []string{"3 groups", "5000 followers about"}},
		{"hyphened compound", "Meta löschte zwölf Facebook-Gruppen mit mehr als 40.000 Mitgliedern.", []string{"12 groups", "40000 followers more_than"}},
		// negatives: members of one group or of a party are no followers
		{"one group", "Die Gruppe hat 5.000 Mitglieder.", nil},
		{"party", "Die Partei hat 8.000 Mitglieder.", nil},
	})
}

// TestKindWholeAfterGermanAux: a whole "von den N X" after an auxiliary in
// second place ("Bei Facebook wurden von den …") gives its unit to the
// bare count right after it, as a whole opening the sentence does.
func TestKindWholeAfterGermanAux(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"wurden", "Bei YouTube wurden von den 900 gemeldeten Videos 120 entfernt.", []string{"900 videos", "120 videos"}},
		{"seien", "Insgesamt seien von den 500 gemeldeten Konten 140 gesperrt worden.", []string{"500 accounts", "140 accounts"}},
		{"opening still", "Von den 500 gemeldeten Videos wurden 120 gelöscht.", []string{"500 videos", "120 videos"}},
	})
}

// TestKindGenderedFollowers: subscribers written in the feminine, alone
// or in a gendered pair, are followers.
func TestKindGenderedFollowers(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"pair", "Der Kanal hatte zuletzt rund 40.000 Abonnentinnen und Abonnenten.", []string{"40000 followers about"}},
		{"feminine alone", "Das Konto mit 12.000 Abonnentinnen wurde gesperrt.", []string{"12000 followers"}},
		{"pair and another unit", "Der Kanal hatte 20.000 Abonnentinnen und Abonnenten sowie 30 Videos.", []string{"20000 followers", "30 videos"}},
	})
}

// TestKindPageLength: pages that measure a document ("80 Seiten lang",
// "ein 200 Seiten starker Bericht", "der Bericht umfasst 120 Seiten") are
// no pages taken down.
func TestKindPageLength(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"lang", "Der Bericht der Plattform ist 80 Seiten lang.", nil},
		{"stark", "Ein 200 Seiten starker Bericht nennt die Sperren.", nil},
		{"long", "The transparency report was 50 pages long.", nil},
		{"umfasst", "Der Bericht umfasst 120 Seiten.", nil},
		{"spans", "The ruling spans 40 pages.", nil},
		// pages taken down stay a figure
		{"pages removed", "Facebook löschte 80 Seiten.", []string{"80 pages"}},
		{"lange after a comma", "Google sperrte 120 Seiten, die lange online waren.", []string{"120 pages"}},
	})
}

// TestKindAmongSuperlative: "zu den fünf größten Kanälen", "among the ten
// largest channels" give the length of a ranking, no count; a superlative
// without "among" picks what was counted.
func TestKindAmongSuperlative(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"zu den größten", "Der Kanal zählte zu den zehn größten Kanälen Deutschlands.", nil},
		{"unter den wichtigsten", "Unter den 20 wichtigsten Konten der Szene war auch seines.", nil},
		{"among the largest", "The page was among the 20 largest pages on Facebook.", nil},
		{"one of the biggest", "It was one of the five biggest channels in the country.", nil},
		// counts stay
		{"no among", "Telegram sperrte die zehn größten Kanäle.", []string{"10 channels"}},
		{"of the largest as a whole", "Of the 20 largest accounts, 5 were suspended.", []string{"20 accounts", "5 accounts"}},
		{"von den wichtigsten", "Von den 20 wichtigsten Konten wurden 5 gesperrt.", []string{"20 accounts", "5 accounts"}},
	})
}

// TestKindPeopleUsingService: people said to use a service are its users,
// its user base.
func TestKindPeopleUsingService(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"verb before", "Monatlich nutzen rund 30 Millionen Menschen die Plattform.", []string{"30000000 users about"}},
		{"verb after", "Over 900 million people use Telegram.", []string{"900000000 users more_than"}},
		{"adverb between", "Rund 500 Millionen Menschen weltweit nutzen den Dienst.", []string{"500000000 users about"}},
		// negatives: people who do something else, or arrested
		{"people arrested", "Die Polizei nahm 20 Menschen fest, die den Dienst nutzen.", nil},
		{"people protest", "Rund 3.000 Menschen protestierten gegen die Sperre.", nil},
	})
}
