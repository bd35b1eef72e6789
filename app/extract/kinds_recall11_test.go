package extract

import (
	"testing"
	"time"
)

// TestKindStageCount: a bare count given for a numbered stage written the
// same way as the figure before it ("114 channels in Year 1 and 300 in
// Year 2") is a figure of that figure's unit; the stage's own number is a
// reference, no figure.
func TestKindStageCount(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en, year", "The ministry blocked 114 channels in Year 1 and 300 in Year 2.", []string{"114 channels", "300 channels"}},
		{"en, phase, comma", "Telegram removed 114 channels in Phase 1, 300 in Phase 2.", []string{"114 channels", "300 channels"}},
		{"en, week", "Telegram removed 500 channels in week 1 and 700 in week 2.", []string{"500 channels", "700 channels"}},
		{"de, Jahr", "Das Ministerium sperrte 114 Kanäle im Jahr 1 und 300 im Jahr 2.", []string{"114 channels", "300 channels"}},
		{"fr, phase", "Le ministère a bloqué 114 chaînes en phase 1 et 300 en phase 2.", []string{"114 channels", "300 channels"}},
		{"es, fase", "El ministerio bloqueó 114 canales en la fase 1 y 300 en la fase 2.", []string{"114 channels", "300 channels"}},
		{"it, giorno", "La polizia ha oscurato 40 siti il giorno 1 e 25 il giorno 2.", []string{"40 sites", "25 sites"}},
		{"ar, المرحلة", "حجبت الوزارة 114 قناة في المرحلة 1 و300 في المرحلة 2.", []string{"114 channels", "300 channels"}},
		// negatives: the stage alone, another stage word, a unit of its own
		{"stage alone", "The ministry blocked 114 channels in Year 1 of the programme.", []string{"114 channels"}},
		{"not the same stage", "The ministry blocked 114 channels in Year 1 and 300 in total.", []string{"114 channels"}},
		{"own unit", "The ministry blocked 114 channels in Year 1 and 300 accounts in Year 2.", []string{"114 channels", "300 accounts"}},
	})
}

// TestBoundMonthIsNoPeriod: a month that bounds a span ("since May
// 2021", "मई 2021 से", the start of something in it) or ends a span of
// two months that is no quarter or half is no period of the figure; a
// month of the figure still is.
func TestBoundMonthIsNoPeriod(t *testing.T) {
	pub := time.Date(2024, 7, 10, 0, 0, 0, 0, time.UTC)
	checkPeriods(t, pub, []periodCase{
		{"Zwischen Oktober und November 2019 wurden 5000 Kanäle gesperrt.", map[float64]string{5000: ""}},
		{"Between October and November 2019, Telegram blocked 5,000 channels.", map[float64]string{5000: ""}},
		{"Entre octubre y noviembre de 2019 Telegram bloqueó 5.000 canales.", map[float64]string{5000: ""}},
		{"मई 2021 से सरकार ने 500 चैनल ब्लॉक किए हैं।", map[float64]string{500: ""}},
		{"मार्च 2025 तक सरकार ने 500 चैनल ब्लॉक किए।", map[float64]string{500: ""}},
		{"Since May 2021 the government has blocked 500 channels.", map[float64]string{500: ""}},
		{"Depuis mai 2021, le gouvernement a bloqué 500 chaînes.", map[float64]string{500: ""}},
		{"منذ مايو 2021 حجبت الحكومة 500 قناة.", map[float64]string{500: ""}},
		{"وأغلقت 16201 قناة منذ بدء التعاون في فبراير 2022.", map[float64]string{16201: ""}},
		{"The platform has removed 16,201 channels since the start of the partnership in February 2022.", map[float64]string{16201: ""}},
		{"Seit dem Start der Kooperation im Februar 2022 wurden 16.201 Kanäle geschlossen.", map[float64]string{16201: ""}},
		// the figure's own month stays its period
		{"मई 2021 में सरकार ने 500 चैनल ब्लॉक किए।", map[float64]string{500: "2021-05"}},
		{"In May 2021 the government blocked 500 channels.", map[float64]string{500: "2021-05"}},
		{"Telegram blocked 500 channels from the platform in May 2021.", map[float64]string{500: "2021-05"}},
		{"Between January and March 2024, Telegram blocked 5,000 channels.", map[float64]string{5000: "2024-Q1"}},
	})
}

// TestKindKickerRepeat: a headline at the head of a paragraph, ended by a
// colon, whose figure the sentence after it gives again is one claim, the
// sentence's; other figures of a headline or a list after a colon stay.
func TestKindKickerRepeat(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"hi", "8000 X Accounts Blocked: सोशल मीडिया साइट एक्स ने 8,000 अकाउंट्स को ब्लॉक कर दिया है.", []string{"8000 accounts"}},
		{"en", "Telegram Bans 5,000 Channels: The messaging app said it banned 5,000 channels on Monday.", []string{"5000 channels"}},
		{"fr, second paragraph", "Rapport, juillet 2024\n5 000 chaînes bloquées : Telegram a bloqué 5 000 chaînes en juin.", []string{"5000 channels"}},
		{"es", "X bloquea 8.000 cuentas: la red social bloqueó 8.000 cuentas en India.", []string{"8000 accounts"}},
		// negatives: another figure after the colon, a repeat in another
		// paragraph, a figure before a colon in the middle of a sentence
		{"a breakdown", "Telegram blocked 5,000 channels: 3,000 in May and 2,000 in June.", []string{"5000 channels", "3000 channels", "2000 channels"}},
		{"another paragraph", "Telegram Bans 5,000 Channels:\nThe app said it banned 5,000 channels.", []string{"5000 channels", "5000 channels"}},
		{"mid-sentence", "On Monday the ministry said that Telegram had blocked 5,000 channels: it banned 5,000 channels.", []string{"5000 channels", "5000 channels"}},
		{"two sentences", "Telegram blocked 8,000 accounts. Telegram blocked 8,000 accounts.", []string{"8000 accounts", "8000 accounts"}},
	})
}
