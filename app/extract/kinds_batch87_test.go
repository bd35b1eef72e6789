package extract

import "testing"

// TestKindApproxAbbrev: "approx." with its full stop before a number is
// "about" and ends no sentence; "greater than" and "larger than" are
// "more than".
func TestKindApproxAbbrev(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"approx.", "The ministry ordered blocks of approx. 2,400 websites last year.", []string{"2400 sites about"}},
		{"approx. percent", "Removals fell to approx. 12 percent of requests.", []string{"12 percent about"}},
		{"approx. then a sentence", "Telegram closed approx. 300 channels. Another 40 groups were banned.", []string{"300 channels about", "40 groups"}},
		{"greater than", "The share of removed videos was greater than 70 percent.", []string{"70 percent more_than"}},
		{"probably greater than", "We estimate the loss of accounts was probably greater than 80 percent.", []string{"80 percent more_than"}},
		{"larger than", "The network, larger than 5,000 accounts, was suspended.", []string{"5000 accounts more_than"}},
		// negative: a sentence that ends after a word before a number
		{"no qualifier", "The group was approached. 30 accounts were then removed.", []string{"30 accounts"}},
	})
}

// TestKindPointMillion: in English a point before three digits and
// "million" or "billion" is a decimal point ("1.109 million" is 1,109,000);
// in a French, Spanish or Italian clause it groups thousands.
func TestKindPointMillion(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"en million", "The authority processed 2.250 million web links last year.", []string{"2250000 links"}},
		{"en billion", "Google delisted 1.125 billion URLs in ten years.", []string{"1125000000 urls"}},
		{"en one place", "YouTube removed 1.5 million videos.", []string{"1500000 videos"}},
		// negatives: thousands grouped by a point in Romance clauses
		{"it milioni", "Google ha ricevuto 1.500 milioni di richieste.", []string{"1500000000 requests"}},
		{"fr millions", "Le site a supprimé 1.500 millions de comptes depuis le début.", []string{"1500000000 accounts"}},
	})
}

// TestKindGroupedRange: two numbers grouped by thousands or with decimals
// joined by a hyphen are a range; plain digits joined so are phone
// numbers or years unless round.
func TestKindGroupedRange(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"grouped", "Twitter removed 4,000-9,000 accounts.", []string{"4000-9000 accounts"}},
		{"grouped, estimated", "The firm found an estimated 12,500-20,000 fake accounts.", []string{"12500-20000 accounts about"}},
		{"en dash", "Platforms deleted 1,200–1,800 channels.", []string{"1200-1800 channels"}},
		// negatives: phone numbers, a falling pair
		{"phone", "Complaints go to 0306-3332555 by WhatsApp.", nil},
		{"not rising", "The list held 1,200-1,100 accounts.", nil},
	})
}

// TestKindPiecesOfThings: pieces or items of equipment, evidence or
// luggage are things, not content.
func TestKindPiecesOfThings(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"equipment", "Police seized 7,000 pieces of equipment from the shops.", nil},
		{"computer equipment", "Officers took 300 pieces of computer equipment and closed 40 channels.", []string{"40 channels"}},
		{"evidence", "Investigators recovered 12 items of evidence.", nil},
		// content stays content
		{"content", "Europol removed 2,000 pieces of terrorist content.", []string{"2000 content_items"}},
		{"propaganda", "The unit flagged 900 items of propaganda.", []string{"900 content_items"}},
	})
}

// TestKindAndNumberWords: "and" joins number words after a hundred or a
// thousand and between tens and units; two small number words joined by
// "and" are two numbers (a range after "between"), and "X and a half"
// before a scale adds a half.
func TestKindAndNumberWords(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"between words", "Lumen gets between eight and nine thousand notices a day.", []string{"8000-9000 notices per_day"}},
		{"and a half million", "The archive holds over twelve and a half million notices.", []string{"12500000 notices more_than"}},
		{"and a half thousand", "Twitter removed three and a half thousand accounts.", []string{"3500 accounts"}},
		// joined numbers stay one number
		{"hundred and", "Telegram closed two hundred and six channels.", []string{"206 channels"}},
		{"thousand and one", "YouTube deleted one thousand and one videos.", []string{"1001 videos"}},
		{"es tens y units", "Se eliminaron treinta y dos cuentas.", []string{"32 accounts"}},
	})
}

// TestKindMisplacedGroupComma: in an English clause a comma before four
// digits ("111,9000") is a misplaced group comma, the digits one count;
// elsewhere it stays a decimal comma.
func TestKindMisplacedGroupComma(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"en sites", "The authority told the court that it had blocked over 111,9000 websites.", []string{"1119000 sites more_than"}},
		{"en contents", "He said 111,0000 contents had been removed by the authority.", []string{"1110000 content_items"}},
		{"en accounts", "The regulator has blocked 25,4000 accounts and pages so far.", []string{"254000 accounts_and_pages"}},
		// negative: a decimal comma in a French clause
		{"fr decimal", "Le taux est passé à 12,5000 pour les comptes.", nil},
	})
}

// TestKindHyphenAdjectivePair: a compound adjective joined by a hyphen
// after the first count of a pair is one adjective; the pair shares the
// unit of the second count.
func TestKindHyphenAdjectivePair(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"digits", "The ministry blocked 8 Pakistan-based and 12 India-based YouTube channels.", []string{"8 channels", "12 channels"}},
		{"number word", "The list names four Delhi-based and 9 Mumbai-based news channels.", []string{"4 channels", "9 channels"}},
		// negative: the first count has a noun of its own
		{"own noun", "India blocked 6 Pakistan-based accounts and 10 India-based YouTube channels.", []string{"6 accounts", "10 channels"}},
	})
}

// TestKindShareApposition: a count whose share stands in apposition
// before "of" takes the unit after "of" ("455, or 63 percent, of the
// accounts", "377 (43 per cent) of websites"); the share stays a figure.
// A modifier joined by a hyphen may stand before the unit ("of the pro-IS
// accounts").
func TestKindShareApposition(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"or percent", "Twitter suspended 520, or 41 percent, of the accounts in the sample.", []string{"520 accounts", "41 percent"}},
		{"brackets", "About 210 (38 per cent) of websites were blocked for fraud.", []string{"210 sites about", "38 percent"}},
		{"brackets sign", "YouTube removed 96 (12%) of the far-right videos.", []string{"96 videos", "12 percent"}},
		{"hyphen modifier", "In total, 300 of the pro-IS channels were deleted.", []string{"300 channels"}},
		// negative: no unit after "of"
		{"no unit", "In 2019, 300 (40 percent) of them were in Europe.", []string{"40 percent"}},
	})
}

// TestKindRelativePassiveCount: a bare count followed by a passive
// relative clause with a takedown participle ("the six that had been
// blacklisted a day earlier") counts the unit of the figure before it in
// the sentence; a relative clause of another verb counts nothing.
func TestKindRelativePassiveCount(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"had been, ago", "Twelve websites were banned on Monday, adding to the five that had been blacklisted a week earlier.", []string{"12 sites", "5 sites"}},
		{"were, earlier", "Telegram closed 300 channels, after the 40 that were removed earlier.", []string{"300 channels", "40 channels"}},
		{"a day earlier", "Ten websites were banned, adding to the 6 that had been removed a day earlier.", []string{"10 sites", "6 sites"}},
		// negative: the relative clause is no takedown
		{"created", "Telegram banned 300 channels, and 40 that were created a day earlier.", []string{"300 channels"}},
	})
}

// TestKindReportedWholeFirst: a whole opened by "out of" or "of" right
// after a verb of saying ("said out of a total of …", "showed that of
// …") is a whole as at the start of a sentence; the bare count after it
// counts its unit.
func TestKindReportedWholeFirst(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"said out of a total", "He said out of a total of 2 million web links processed, 110,862 were related to blasphemy.", []string{"2000000 links", "110862 links"}},
		{"said that", "The lawyer said that out of a total of 500 accounts, 120 were linked to the group.", []string{"500 accounts", "120 accounts"}},
		{"showed that of", "The report showed that of 900 channels, 300 were still online.", []string{"900 channels", "300 channels"}},
		// a whole in the middle of a clause with no verb of saying opens no
		// part; the bare count opening a passive clause after the comma is
		// still a part of the figure before it (batch 85's rule)
		{"mid-clause", "Twitter removed 300 accounts in 2020 out of 500 accounts, 120 were restored.", []string{"300 accounts", "500 accounts", "120 accounts"}},
	})
}
