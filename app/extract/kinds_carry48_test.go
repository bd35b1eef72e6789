package extract

import "testing"

// TestKindCarriedDatedCount: a bare count after "and", "a further" or
// "then" carries over the unit of the dated figure before it when a word
// for the day after dates it ("2,959 the following day", "le lendemain",
// "am Folgetag", "на следующий день") or a date follows it ("a further
// 2,959 on 23 November"); the day number of the date the figure before
// was given on is no count between the two, and a quoted unit in curly
// quotes carries as a plain one does.
func TestKindCarriedDatedCount(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"en, following day", "Telegram itself said that 2,096 “terrorist accounts and bots” had been taken down on 22 November and 2,959 the following day.", []string{"2096 accounts_and_bots", "2959 accounts_and_bots"}},
		{"en, a further on date", "2,076 “terrorist accounts and bots” were removed on 22 November and a further 2,959 on 23 November, according to Telegram.", []string{"2076 accounts_and_bots", "2959 accounts_and_bots"}},
		{"en, next day, plain unit", "Telegram removed 2,096 channels on 22 November and 2,959 the next day.", []string{"2096 channels", "2959 channels"}},
		{"fr, lendemain", "Telegram a supprimé 2 096 comptes le 22 novembre et 2 959 le lendemain.", []string{"2096 accounts", "2959 accounts"}},
		{"fr, encore", "Telegram a supprimé 2 096 comptes le 22 novembre et encore 2 959 le 23 novembre.", []string{"2096 accounts", "2959 accounts"}},
		{"de, Folgetag", "Telegram löschte am 22. November 2.096 Kanäle und am Folgetag 2.959.", []string{"2096 channels", "2959 channels"}},
		{"de, weitere", "Telegram löschte am 22. November 2.096 Kanäle und weitere 2.959 am 23. November.", []string{"2096 channels", "2959 channels"}},
		{"es, día siguiente", "Telegram eliminó 2.096 cuentas el 22 de noviembre y 2.959 al día siguiente.", []string{"2096 accounts", "2959 accounts"}},
		{"es, otras", "Telegram eliminó 2.096 cuentas el 22 de noviembre y otras 2.959 el 23 de noviembre.", []string{"2096 accounts", "2959 accounts"}},
		{"it, giorno dopo", "Telegram ha rimosso 2.096 account il 22 novembre e 2.959 il giorno dopo.", []string{"2096 accounts", "2959 accounts"}},
		{"it, altri", "Telegram ha rimosso 2.096 account il 22 novembre e altri 2.959 il 23 novembre.", []string{"2096 accounts", "2959 accounts"}},
		{"ru, на следующий день", "22 ноября Telegram удалил 2096 каналов, а на следующий день 2959.", []string{"2096 channels", "2959 channels"}},
		{"ru, ещё", "22 ноября Telegram удалил 2096 каналов и ещё 2959 23 ноября.", []string{"2096 channels", "2959 channels"}},
		{"ar, في اليوم التالي", "حذفت تيليغرام 2096 قناة في 22 نوفمبر و2959 في اليوم التالي.", []string{"2096 channels", "2959 channels"}},
		{"hi, अगले दिन", "टेलीग्राम ने 22 नवंबर को 2,096 चैनल हटाए और अगले दिन 2,959।", []string{"2096 channels", "2959 channels"}},
		// negatives: a year, the date's own day number, money, people and
		// percentages keep their own unit, an undated figure before
		{"year", "Telegram removed 2,096 channels on 22 November and 2019 the following day.", []string{"2096 channels"}},
		{"date alone", "Telegram removed 2,096 channels on 22 November and more on 23 November.", []string{"2096 channels"}},
		{"money", "Telegram removed 2,096 channels on 22 November and 5,000 euros the following day.", []string{"2096 channels"}},
		{"people", "Telegram removed 2,096 channels on 22 November and 12 people the following day.", []string{"2096 channels"}},
		{"percentage", "Telegram removed 2,096 channels on 22 November and 30% the following day.", []string{"2096 channels", "30 percent"}},
		{"fr, personnes", "Telegram a supprimé 2 096 comptes le 22 novembre et 12 personnes le lendemain.", []string{"2096 accounts"}},
		{"undated figure", "Telegram removed 2,096 channels and 2,959 the following day.", []string{"2096 channels"}},
		{"a unit of its own", "Telegram removed 2,096 channels on 22 November and 2,959 videos the following day.", []string{"2096 channels", "2959 videos"}},
		{"day number after a month", "Telegram removed 2,096 channels on November 22 and 23 the following day.", []string{"2096 channels", "23 channels"}},
	})
}

// TestKindActionRange: a range written with an action noun ("takedowns",
// "removals", "suppressions", "Löschungen") and no unit counts the acts
// of the figure before it, as a single count does ("a daily average of
// 200-300 takedowns").
func TestKindActionRange(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"en, takedowns", "Telegram itself said that 2,096 “terrorist accounts and bots” had been taken down on 22 November and 2,959 the following day – compared to a daily average of 200-300 takedowns.", []string{"2096 accounts_and_bots", "2959 accounts_and_bots", "200-300 accounts_and_bots average per_day"}},
		{"en, removals", "Telegram removed 2,959 channels on Saturday, against 200-300 removals on a normal day.", []string{"2959 channels", "200-300 channels average per_day"}},
		{"fr, suppressions", "Telegram a supprimé 2 959 comptes samedi, contre 200 à 300 suppressions habituellement.", []string{"2959 accounts", "200-300 accounts"}},
		{"de, Löschungen", "Telegram löschte am Samstag 2.959 Kanäle, sonst sind es 200 bis 300 Löschungen.", []string{"2959 channels", "200-300 channels"}},
		{"es, eliminaciones", "Telegram eliminó 2.959 cuentas el sábado, frente a 200-300 eliminaciones habituales.", []string{"2959 accounts", "200-300 accounts"}},
		{"it, rimozioni", "Telegram ha rimosso 2.959 account sabato, contro 200-300 rimozioni abituali.", []string{"2959 accounts", "200-300 accounts"}},
		{"ru, блокировок", "Telegram удалил 2959 каналов в субботу против обычных 200-300 блокировок.", []string{"2959 channels", "200-300 channels"}},
		{"en, scaled range", "Telegram removed 5 million accounts in March, against 2-3 million removals in February.", []string{"5000000 accounts", "2000000-3000000 accounts"}},
		// negatives: a range of removals of a unit of its own, no figure before
		{"removals of", "Telegram removed 2,959 channels, and 200-300 removals of videos followed.", []string{"2959 channels", "200-300 videos"}},
		{"no figure before", "Telegram reports 200-300 takedowns.", nil},
	})
}
