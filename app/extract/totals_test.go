package extract

import (
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

// runKindsRate extracts each case and compares its figures, in order, as
// "value unit [rate] [@period]".
func runKindsRate(t *testing.T, cases []kindCase) {
	t.Helper()
	runKindsKeyed(t, time.Date(2017, 1, 28, 0, 0, 0, 0, time.UTC), cases, func(c app.Claim) string {
		s := figureKey(c)
		if c.Rate != "" {
			s += " " + string(c.Rate)
		}
		if c.Period != "" {
			s += " @" + c.Period
		}
		return s
	})
}

// TestKindRunningTotal: a bare count after a total's label takes the unit
// of the figure before it; "this month" makes it a total per month, for
// the month the text dates it in, and "since 2016" a running total.
func TestKindRunningTotal(t *testing.T) {
	runKindsRate(t, []kindCase{
		{"en, isiswatch post", "1312 terrorist bots and channels banned on January, 27.\nTotal this month: 16050", []string{"1312 bots_and_channels", "16050 bots_and_channels per_month @2017-01"}},
		{"en, stopca post", "1830 groups and channels related to child abuse banned on January, 30.\nTotal this month: 51889\n", []string{"1830 groups_and_channels", "51889 groups_and_channels per_month @2017-01"}},
		{"en, month and since", "Telegram banned 620 channels. Total this month: 8,220; total since 2016: 1.2 million.", []string{"620 channels", "8220 channels per_month", "1200000 channels"}},
		{"en, in total", "Telegram blocked 520 channels on Tuesday. In total, 9,500.", []string{"520 channels", "9500 channels"}},
		{"en, in total this month", "Telegram removed 420 channels on 26 January. In total, 9,500 this month.", []string{"420 channels", "9500 channels per_month @2017-01"}},
		{"en, label after", "Telegram removed 420 channels on Monday, 9,500 in total.", []string{"420 channels", "9500 channels"}},
		{"ru, всего за месяц", "Telegram заблокировал 1312 каналов 27 января. Всего за месяц — 16 050.", []string{"1312 channels", "16050 channels per_month @2017-01"}},
		{"ar, وبلغ المجموع", "حظرت تلغرام 1312 قناة يوم 27 يناير. وبلغ المجموع هذا الشهر 16050.", []string{"1312 channels", "16050 channels per_month @2017-01"}},
		{"fr, au total cette année", "Telegram a bloqué 1 312 chaînes lundi, au total 2 300 cette année.", []string{"1312 channels", "2300 channels"}},
		{"de, insgesamt in diesem Monat", "Telegram hat am 27. Januar 1312 Kanäle gesperrt. Insgesamt in diesem Monat: 16.050.", []string{"1312 channels", "16050 channels per_month @2017-01"}},
		{"it, totale del mese", "Telegram ha bloccato 1312 canali il 27 gennaio. Totale del mese: 16.050.", []string{"1312 channels", "16050 channels per_month @2017-01"}},
		{"es, total del mes", "Telegram bloqueó 1312 canales el 27 de enero. Total del mes: 16.050.", []string{"1312 channels", "16050 channels per_month @2017-01"}},
		{"hi, इस महीने कुल", "टेलीग्राम ने 27 जनवरी को 1312 चैनल बंद किए। इस महीने कुल: 16050", []string{"1312 channels", "16050 channels per_month @2017-01"}},
		{"en, this year and a scale", "Telegram banned 620 channels on Monday.\nTotal this year: 1.2 million.", []string{"620 channels", "1200000 channels"}},
		{"en, so far this year", "Telegram banned 620 channels on Monday.\nTotal so far this year: 1,200,000.", []string{"620 channels", "1200000 channels"}},
		{"ru, итого", "Telegram заблокировал 1312 каналов. Итого: 16 050.", []string{"1312 channels", "16050 channels"}},
		{"ar, الإجمالي", "حظرت تلغرام 1312 قناة. الإجمالي: 16050.", []string{"1312 channels", "16050 channels"}},
		{"it, complessivamente", "Telegram ha bloccato 1.312 canali. Complessivamente 16.050.", []string{"1312 channels", "16050 channels"}},
		// a label and its number stay no count: "Year 1", "Phase 2"
		{"en, year label", "The plan moves to Phase 2 in Year 1.", nil},
		// negatives: a total with a unit of its own, of money, of time, of
		// pages, or smaller than the figure it would sum
		{"en, total pages", "Telegram banned 400 channels. Total: 3 pages.", []string{"400 channels", "3 pages"}},
		{"en, page total keeps its unit", "Telegram banned 400 channels. Total pages: 12.", []string{"400 channels", "12 pages"}},
		{"en, money total", "Telegram banned 400 channels. Total: $2 million.", []string{"400 channels"}},
		{"en, total of hours", "Telegram banned 400 channels. It took a total of 2 hours.", []string{"400 channels"}},
		{"en, total smaller", "Telegram banned 400 channels. Total: 12.", []string{"400 channels"}},
		{"en, a total in mid-clause", "Telegram banned 400 channels and the overall 2024 total 9,000 came later.", []string{"400 channels"}},
		{"fr, total d'heures", "Telegram a bloqué 400 chaînes. Au total 2 heures de travail.", []string{"400 channels"}},
		{"en, a year as the total", "Telegram banned 400 channels. Total: 2024.", []string{"400 channels"}},
		{"en, words", "The site has 400 pages. Total: 12,000 words.", []string{"400 pages"}},
	})
}
