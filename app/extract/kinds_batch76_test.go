package extract

import "testing"

// TestKindBlockedServices: a bare "services" (French), "servicios",
// "servizi" counted in a clause of blocking names the illegal sites or
// IPTV services a regulator had blocked, as "services illégaux" already
// did; the word of blocking may stand before the count or after it, past a
// relative pronoun. Services of VPN and services in no clause of blocking
// stay no unit (held-out batch 76).
func TestKindBlockedServices(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"fr, verb before", "En 2023, le régulateur avait fait bloquer 2 100 services.", []string{"2100 sites"}},
		{"fr, relative after", "Depuis août, ce sont 410 services qui ont été bloqués par les opérateurs.", []string{"410 sites"}},
		{"fr, participle after", "Au total 87 services ont été bloqués samedi.", []string{"87 sites"}},
		{"es, verb before", "La Liga logró bloquear 320 servicios durante la temporada.", []string{"320 sites"}},
		{"it, verb before", "Nel weekend l'Agcom ha fatto bloccare 150 servizi.", []string{"150 sites"}},
		// unchanged: no blocking, or services of VPN
		{"fr, no blocking", "L'Arcom a contrôlé 12 services en 2024.", nil},
		{"fr, VPN services", "Roskomnadzor a bloqué 197 services VPN.", nil},
		{"fr, VPN services de", "Le régulateur a bloqué 40 services de VPN.", nil},
		{"fr, illegal services", "L'Arcom a fait bloquer 900 services illégaux.", []string{"900 sites"}},
	})
}

// TestKindRangeOfOtherNoun: the first number of a change "from N to M"
// whose M is followed by a noun that makes it no count of a unit (people,
// time, money) is of that noun too, not of the unit the clause's subject
// named: "the team grew from 2 to 6 people" counts people (held-out batch
// 76). A range whose M has no noun after it still takes the subject's
// unit.
func TestKindRangeOfOtherNoun(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"fr, personnes", "Les demandes de retrait ont bondi, l'équipe étant passée de 3 à 9 personnes.", nil},
		{"en, people", "The number of removal requests rose as the unit grew from 4 to 10 people.", nil},
		{"de, Personen", "Die Zahl der Löschanträge stieg, das Team wuchs von 3 auf 8 Personen.", nil},
		{"ru, человек", "Число запросов о блокировке выросло, штат увеличился с 3 до 7 человек.", nil},
		{"en, hours", "Removal requests were answered faster, the delay falling from 48 to 24 hours.", nil},
		// unchanged: the range counts the subject's unit
		{"fr, requests range", "Le nombre de demandes de retrait est passé de 1 200 en 2019 à 4 800 en 2020.", []string{"1200 requests", "4800 requests"}},
		{"en, accounts range", "The number of suspended accounts rose from 900 to 1,500.", []string{"900 accounts", "1500 accounts"}},
	})
}

// TestKindInvestigatedOrWarned: sites and platforms a regulator
// investigated, warned or put on formal notice are no takedown figure, as
// those under "investigations into" already were: "investigated 40
// platforms", "mis en demeure 8 sites", "warned 30 sites" (held-out batch
// 76). Sites blocked after a warning stay a figure.
func TestKindInvestigatedOrWarned(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"en, investigated", "The regulator has investigated 40 platforms since March.", nil},
		{"en, is investigating", "Ofcom is investigating 12 platforms over age checks.", nil},
		{"es, investigó", "La CNMC investigó 25 plataformas el año pasado.", nil},
		{"fr, mettre en demeure", "Le régulateur vient de mettre en demeure huit sites de jeux.", nil},
		{"fr, a mis en demeure", "L'Arcom a mis en demeure 17 sites pornographiques.", nil},
		{"en, warned", "The authority warned 30 sites before blocking them.", nil},
		{"de, abgemahnt", "Die Behörde hat 14 Plattformen abgemahnt.", nil},
		// unchanged: sites blocked, complaints investigated
		{"en, blocked after warning", "After a warning, the authority blocked 30 sites.", []string{"30 sites"}},
		{"fr, bloqué", "L'Arcom a fait bloquer 17 sites pornographiques.", []string{"17 sites"}},
		{"en, complaints investigated", "The office investigated 900 complaints last year.", []string{"900 notices"}},
	})
}

// TestKindDashLabelledParts: a breakdown after "из них:", "dont :",
// "of which:" or a colon whose parts each name a category, then a spaced
// dash, then a bare count ("суицидальный – 1,1 тыс., детская порнография –
// 0,9 тыс.") counts the whole's unit, as a part that names its unit before
// the dash already did (held-out batch 76).
func TestKindDashLabelledParts(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ru, из них colon", "Соцсети удалили 40 тысяч материалов, из них: экстремистский контент - 12,5 тыс., суицидальный – 2,3 тыс., мошенничество – 0,8 тыс.",
			[]string{"40000 content_items", "12500 content_items", "2300 content_items", "800 content_items"}},
		{"ru, из них no colon", "РКН заблокировал 9 тысяч сайтов, из них казино – 4,1 тыс., наркотики – 2 тыс.",
			[]string{"9000 sites", "4100 sites", "2000 sites"}},
		{"fr, dont colon", "Facebook a supprimé 5 000 comptes, dont : terrorisme – 1 200, haine – 300.",
			[]string{"5000 accounts", "1200 accounts", "300 accounts"}},
		{"en, of which colon", "Meta removed 6,000 accounts, of which: terrorism – 1,500, hate – 400.",
			[]string{"6000 accounts", "1500 accounts", "400 accounts"}},
		// unchanged: a dash before a year or a part larger than the whole
		{"ru, series over time", "Заблокировано 500 сайтов: в 2021 году – 300, в 2022 году – 200.",
			[]string{"500 sites", "300 sites", "200 sites"}},
		{"en, no list", "Meta removed 6,000 accounts. Terrorism – 1,500.", []string{"6000 accounts"}},
	})
}

// TestKindOfTotalNumber: a count right after "из общего числа <unit>"
// or "of the total number of <unit>" with no comma between counts that
// unit, as one after "среди <unit>" already did: "Из общего числа
// удаленных материалов 28,8 тыс. имели …" (held-out batch 76).
func TestKindOfTotalNumber(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ru, материалов", "Из общего числа удаленных материалов 14,2 тыс. касались наркотиков.", []string{"14200 content_items"}},
		{"ru, сайтов", "Из общего числа заблокированных сайтов 300 связаны с казино.", []string{"300 sites"}},
		{"en, posts", "Of the total number of removed posts 300 were spam.", []string{"300 posts"}},
		// unchanged: "среди", and a number after "из" that is the whole
		{"ru, среди", "Среди заблокированных материалов более 858 тыс. связаны с наркотиками.", []string{"858000 content_items more_than"}},
	})
}

// TestKindHiSoFarCount: a Hindi bare count after "अब तक" (so far), with
// "कुल" (in all) after it, that a takedown verb or an action "on" it
// ("पर कार्रवाई", "पर गिरी गाज") closes counts the unit of the figure
// before it in the sentence, as one after "और" already did (held-out batch
// 76). People acted on and cases filed stay no figure.
func TestKindHiSoFarCount(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"hi, पर कार्रवाई", "सरकार ने 150 और वेबसाइट ब्लॉक कीं, अब तक 1200 पर कार्रवाई हो चुकी है।", []string{"150 sites", "1200 sites"}},
		{"hi, कुल and verb", "मंत्रालय ने 40 यूट्यूब चैनल बंद किए, अब तक कुल 310 ब्लॉक किए जा चुके हैं।", []string{"40 channels", "310 channels"}},
		{"hi, headline गाज", "सट्टेबाजी से जुड़े 90 और लिंक ब्लॉक, अब तक 2400 पर गिरी गाज", []string{"90 links", "2400 links"}},
		// unchanged: people acted on, cases filed, "और" with a verb
		{"hi, people", "पुलिस ने 40 वेबसाइट ब्लॉक कीं, अब तक 12 लोगों पर कार्रवाई हुई है।", []string{"40 sites"}},
		{"hi, cases", "मंत्रालय ने 40 चैनल बंद किए, अब तक 5 मामले दर्ज हुए हैं।", []string{"40 channels"}},
		{"hi, और verb", "1,200 खाते हटाए और 300 निलंबित किए", []string{"1200 accounts", "300 accounts"}},
	})
}
