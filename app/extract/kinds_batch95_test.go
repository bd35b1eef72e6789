package extract

import "testing"

// TestKindPartOfAdjectiveUnit: a part written "N of the ADJ unit" counts
// that unit, as "N of the unit" and "N of the removed unit" do.
func TestKindPartOfAdjectiveUnit(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"of the offending pages", "Facebook agreed to take down 420 of the offending pages.", []string{"420 pages"}},
		{"of the fake accounts", "Twitter removed 300 of the fake accounts.", []string{"300 accounts"}},
		{"of the Russian channels", "YouTube closed 95 of the Russian channels within a week.", []string{"95 channels"}},
		// negatives: no unit after the adjective
		{"of the suspected members", "Police arrested 12 of the suspected members.", nil},
	})
}

// TestKindPeriodYearBeforeTo: a year that closes a period ("in the first
// half of 2014") before "to" and a grouped count is a change's date, no
// range's low end.
func TestKindPeriodYearBeforeTo(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"first half of", "Removal demands rose from 310 requests in the first half of 2015 to 4,210 requests a year later.", []string{"310 requests", "4210 requests"}},
		{"part of", "Blocked pages went from 90 pages at the end of 2019 to 1,450 pages by June.", []string{"90 pages", "1450 pages"}},
		// a range of two grouped counts stays one
		{"grouped range", "Between 2,000 and 3,000 accounts were removed.", []string{"2000-3000 accounts"}},
	})
}

// TestKindMoreThanOneUnit: "more than one" right before its unit says
// several and is no count; a scale between or a share keeps the figure.
func TestKindMoreThanOneUnit(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"more than one account", "A single order may name more than one account.", nil},
		{"más de una cuenta", "Cada orden judicial puede incluir más de una cuenta.", nil},
		{"plus d'un compte", "Une demande peut viser plus d'un compte.", nil},
		// figures stay
		{"one million", "Twitter removed more than one million accounts.", []string{"1000000 accounts more_than"}},
		{"one account", "The platform suspended one account.", []string{"1 accounts"}},
		{"one percent", "More than one percent of the videos were removed.", []string{"1 percent more_than"}},
	})
}

// TestKindDoubledFunctionWord: a function word typed twice between a
// count and its unit reads as written once.
func TestKindDoubledFunctionWord(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"de de", "La ONG contó 12 bloqueos de de sitios web en 2022.", []string{"12 sites"}},
		{"the the", "The regulator blocked 45 of the the pirate sites.", []string{"45 sites"}},
		{"de de portales", "Conatel ordenó 30 bloqueos de de portales web.", []string{"30 sites"}},
		// a word repeated that is no function word stays
		{"no doubled", "The regulator blocked 45 of the pirate sites.", []string{"45 sites"}},
	})
}

// TestKindVerbGluedCount: a lower-case takedown verb typed with no space
// before its count ("to block19 sites") leaves the count a figure; a name
// with a number (A320, iOS7) stays no count.
func TestKindVerbGluedCount(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"block19", "The ministry told providers to block19 sites on Monday.", []string{"19 sites"}},
		{"removed", "The platform removed120 accounts last week.", []string{"120 accounts"}},
		// negatives: a model or version glued to its number
		{"iOS7 users", "The bug hit iOS7 users.", nil},
		{"A320", "The A320 pages were updated.", nil},
	})
}

// TestKindPapersShared: documents a platform or a court shares, publishes
// or hands over are papers, no content taken down; documents removed stay
// content items.
func TestKindPapersShared(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"sharing documents", "Twitter published the orders, sharing 12 documents that list the accounts.", nil},
		{"leaked documents", "The newspaper leaked 40 documents about the ministry's blocking lists.", nil},
		{"publicó documentos", "El diario publicó 25 documentos sobre las órdenes de bloqueo.", nil},
		// content items stay
		{"documents removed", "Scribd removed 300 documents that infringed copyright.", []string{"300 content_items"}},
	})
}
