package extract

import (
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

// runKindsQualRate compares each case's figures with their qualifier and
// rate: "70 channels average per_day".
func runKindsQualRate(t *testing.T, cases []kindCase) {
	t.Helper()
	runKindsKeyed(t, time.Date(2017, 1, 10, 0, 0, 0, 0, time.UTC), cases, func(c app.Claim) string {
		s := figureKey(c)
		if c.Qualifier != "" {
			s += " " + string(c.Qualifier)
		}
		if c.Rate != "" {
			s += " " + string(c.Rate)
		}
		return s
	})
}

// TestKindBareMoreAfterVerb: the French "plus" and the Spanish "más"
// written with no "de" right after the verb of a count are "more than";
// between two counts or after "en" they add.
func TestKindBareMoreAfterVerb(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"fr", "Le site a annoncé avoir supprimé plus 1,143 millions de comptes.", []string{"1143000 accounts more_than"}},
		{"fr, chaînes", "Telegram a bloqué plus 300 chaînes en un mois.", []string{"300 channels more_than"}},
		{"es, quoted verb", "Twitter confirmó hoy que ha “eliminado” más 1,2 millones de cuentas.", []string{"1200000 accounts more_than"}},
		{"es, past", "YouTube retiró más 500 vídeos de propaganda.", []string{"500 videos more_than"}},
		{"es, after con", "La plataforma opera con más 20 millones de cuentas.", []string{"20000000 accounts more_than"}},
		// negatives: an addition between counts, "en plus" (besides)
		{"fr, addition", "Telegram a fermé 300 chaînes plus 20 groupes.", []string{"300 channels", "20 groups"}},
		{"es, addition", "El total es de 300 cuentas más 20 canales.", []string{"300 accounts", "20 channels"}},
		{"fr, en plus", "En plus 300 comptes ont été fermés.", []string{"300 accounts"}},
	})
}

// TestKindLooseQualifierWords: qualifiers written in a looser form than
// the lexicon had: "quelques" (about) before a number, the Arabic bare
// "أقل" (less than) and "تصل إلى" (reaching, up to), "and a few more"
// between a count and its unit (the Russian "с лишним", "300-plus",
// "300 et quelques", "300 y pico", "300 e passa", "300 ونيف").
func TestKindLooseQualifierWords(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"fr, quelques", "ce sont quelques 12 milliards de messages qui sont échangés.", []string{"12000000000 posts about"}},
		{"fr, quelques chaînes", "Telegram a fermé quelques 300 chaînes.", []string{"300 channels about"}},
		{"ar, aqall", "ويشكل هذا الرقم أقل 1% من المستخدمين", []string{"1 percent up_to"}},
		{"ar, tasil ila", "بنسبة تصل إلى 44.2% من عمليات الحجب", []string{"44.2 percent up_to"}},
		{"ar, yasil hatta", "حجبت السلطات ما عددها يصل إلى 300 موقع", []string{"300 sites up_to"}},
		{"ru, s lishnim before unit", "Заблокировано 300 с лишним каналов.", []string{"300 channels more_than"}},
		{"ru, s lishnim elliptical", "Из 4,5 тысячи ресурсов 3,7 тысячи с лишним были разблокированы.", []string{"4500 sites", "3700 sites more_than"}},
		{"ru, s nebolshim", "Роскомнадзор заблокировал 2 тысячи с небольшим сайтов.", []string{"2000 sites more_than"}},
		{"en, -plus", "Telegram closed 300-plus channels.", []string{"300 channels more_than"}},
		{"en, -odd", "Telegram closed 300-odd channels.", []string{"300 channels more_than"}},
		{"fr, et quelques", "Telegram a fermé 300 et quelques chaînes.", []string{"300 channels more_than"}},
		{"es, y pico", "Telegram cerró 300 y pico canales.", []string{"300 channels more_than"}},
		{"it, e passa", "Telegram chiuse 300 e passa canali.", []string{"300 channels more_than"}},
		{"ar, wa-nayyif", "أغلقت تيليجرام 300 ونيف قناة.", []string{"300 channels more_than"}},
		// negatives: "quelques" with no number, a rise to a level, "с" as
		// "with"
		{"fr, quelques noun", "Telegram a fermé quelques comptes.", nil},
		{"fr, quelques centaines", "Telegram a fermé quelques centaines de comptes.", nil},
		{"ar, rose to reach", "ولكن العدد ارتفع الآن ليصل إلى 2.5 مليون طلب.", []string{"2500000 requests"}},
		{"ru, s as with", "Заблокировано 300 каналов с лишними рекламными постами.", []string{"300 channels"}},
		{"en, plus a number", "Telegram closed 300 plus 20 channels.", []string{"20 channels"}},
		{"en, plus after the unit", "Telegram closed 300 channels plus 20 groups.", []string{"300 channels", "20 groups"}},
	})
}

// TestKindAverageWithRate: an average written with its rate before the
// count, as a phrase or an adjective, in either order, gives both.
func TestKindAverageWithRate(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"es", "Telegram eliminó un promedio diario de 70 canales.", []string{"70 channels average per_day"}},
		{"es, media mensual", "Se cerraron una media mensual de 300 cuentas.", []string{"300 accounts average per_month"}},
		{"fr", "Telegram a fermé une moyenne quotidienne de 70 chaînes.", []string{"70 channels average per_day"}},
		{"en", "Telegram closed a daily average of 70 channels.", []string{"70 channels average per_day"}},
		{"it", "Telegram ha chiuso una media giornaliera di 70 canali.", []string{"70 channels average per_day"}},
		{"hi", "Whatsapp औसतन हर महीने 80 लाख खातों पर रोक लगाता है।", []string{"8000000 accounts average per_month"}},
		{"ru", "Telegram блокирует в среднем в день 70 каналов.", []string{"70 channels average per_day"}},
		{"de", "Telegram sperrt durchschnittlich täglich 70 Kanäle.", []string{"70 channels average per_day"}},
		// negatives: a daily report, a newspaper (diario)
		{"en, daily report", "A daily report of 70 channels was published.", []string{"70 channels"}},
		{"es, el diario", "Según el diario El País, Telegram cerró 70 cuentas.", []string{"70 accounts"}},
	})
}

// TestKindAverageAfterCount: an average written after the count's unit,
// a participle between at most ("reçus en moyenne"), is the count's; one
// with a count after it is that count's.
func TestKindAverageAfterCount(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"en", "Earlier, it was only able to take down 200-300 accounts on average.", []string{"200-300 accounts average"}},
		{"fr, participle", "Parmi les 4 400 signalements reçus en moyenne par semaine, la moitié concerne des escroqueries.", []string{"4400 notices average"}},
		{"es", "YouTube retira 300 vídeos en promedio.", []string{"300 videos average"}},
		{"it", "Telegram chiude 300 canali in media.", []string{"300 channels average"}},
		{"ru", "Telegram закрывает 300 каналов в среднем.", []string{"300 channels average"}},
		// negatives: the average of the next count, a comma between
		{"en, next count", "Telegram removed 300 accounts and on average 20 channels a day.", []string{"300 accounts", "20 channels average per_day"}},
		{"en, comma", "Telegram removed 300 accounts, on average older ones.", []string{"300 accounts"}},
		{"en, in media reports", "TikTok removed 300 accounts in media reports last year.", []string{"300 accounts"}},
	})
}

// TestKindSentenceOpeningAdverb: an average or a rate that opens the
// sentence tells about its first figure, however far it stands.
func TestKindSentenceOpeningAdverb(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"de", "Im Schnitt landen laut techcrunch.com 90 Millionen neue Videos auf TikTok.", []string{"90000000 videos average"}},
		{"it", "Ogni giorno gli utenti di TikTok pubblicano circa 90 milioni di video.", []string{"90000000 videos about per_day"}},
		{"en", "On average, Telegram bans 70 channels.", []string{"70 channels average"}},
		{"fr", "Chaque jour, Telegram ferme en toute discrétion 70 chaînes.", []string{"70 channels per_day"}},
		{"ru", "Каждый день Роскомнадзор блокирует около 300 сайтов.", []string{"300 sites about per_day"}},
		{"es", "Cada día, la red social suspende unas 500 cuentas.", []string{"500 accounts about per_day"}},
		// negatives: a newspaper's name, a sentence that only opens with a
		// rate word, the second figure
		{"en, Daily Mail", "Daily Mail reported that 300 accounts were removed.", []string{"300 accounts"}},
		{"en, next sentence", "Every day counts. Telegram closed 300 groups.", []string{"300 groups"}},
		{"en, In media reports", "In media reports, 300 accounts were said to be removed.", []string{"300 accounts"}},
		{"en, another clause", "Every day matters, and Telegram removed 300 channels.", []string{"300 channels"}},
		{"it, second figure", "Ogni giorno gli utenti pubblicano 90 milioni di video (oltre 8 miliardi di video nel trimestre).", []string{"90000000 videos per_day", "8000000000 videos more_than"}},
	})
}

// TestKindRateScope: a rate word tells no rate past another count of its
// clause or a closing bracket, in "within a day" or "a monthly report", or
// to a percentage; next to its own count it still does.
func TestKindRateScope(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"en, next count in words", "Telegram has 60 million active users and delivers more than ten billion messages a day", []string{"60000000 users", "10000000000 posts more_than per_day"}},
		{"en, within a day", "94.7% of such videos were eliminated within a day.", []string{"94.7 percent"}},
		{"en, within a day, count", "TikTok removed 300 videos within a day.", []string{"300 videos"}},
		{"es, percent", "Las suspensiones diarias de cuentas aumentaron un 80% con respecto al año pasado.", []string{"80 percent"}},
		{"es, por ciento", "El índice de suspensiones diarias es más de 80 por ciento.", []string{"80 percent more_than"}},
		{"de, percent", "Die täglichen Löschungen stiegen täglich um 80 Prozent.", []string{"80 percent"}},
		{"en, monthly report", "In its monthly report X said it banned 200 accounts.", []string{"200 accounts"}},
		{"hi, monthly report", "जारी की गई मासिक रिपोर्ट में भारत में 2.13 लाख X अकाउंट बंद किए गए हैं", []string{"213000 accounts"}},
		{"hi, bracket", "फेसबुक (भारत में 40 करोड़ से अधिक उपयोगकर्ता) को हर महीने अनुपालन रिपोर्ट प्रकाशित करनी होती है.", []string{"400000000 users more_than"}},
		// the rule's threshold of users in the bracket is no figure at all
		// (TestKindHindiUserThreshold)
		{"hi, bracket, threshold", "बड़े डिजिटल मंचों (50 लाख से अधिक उपयोगकर्ताओं वाले) को हर महीने अनुपालन रिपोर्ट प्रकाशित करनी होती है.", nil},
		// negatives: rates of their own counts
		{"en, a day", "Telegram removed 300 accounts a day.", []string{"300 accounts per_day"}},
		{"fr, par jour", "Telegram ferme 70 chaînes par jour.", []string{"70 channels per_day"}},
		{"hi, har mahine", "Whatsapp हर महीने 80 लाख खातों पर रोक लगाता है।", []string{"8000000 accounts per_month"}},
	})
}

// TestKindRuHabitualRate: the Russian "за сутки", "за месяц" next to a verb
// in the present is a rate; with a past verb it is one day's count.
func TestKindRuHabitualRate(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"present, before", "Ведомство удаляет за сутки порядка 250-300 разных аккаунтов.", []string{"250-300 accounts about per_day"}},
		{"present, month", "Роскомнадзор блокирует за месяц 3000 сайтов.", []string{"3000 sites per_month"}},
		{"present, after", "Telegram закрывает 500 каналов за сутки.", []string{"500 channels per_day"}},
		// negatives: past verbs
		{"past, after", "Telegram заблокировал 187 634 группы и канала за сутки.", []string{"187634 groups_and_channels"}},
		{"past, before", "Telegram за сутки заблокировал более 235 тыс. каналов.", []string{"235000 channels more_than"}},
		{"a day before", "Роскомнадзор удаляет 300 материалов, за сутки до выборов.", []string{"300 content_items"}},
	})
}

// TestKindQualifierAcrossWord: a qualifier written before an indefinite
// article and a percentage ("nearly a 93% increase", "casi un 40 %"), or
// before the Russian preposition of its count ("Примерно на 70
// страницах").
func TestKindQualifierAcrossWord(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"en", "Discord said it was nearly a 93% increase from the first half.", []string{"93 percent about"}},
		{"es", "Las denuncias aumentaron casi un 40%.", []string{"40 percent about"}},
		{"es, más de un", "Las denuncias aumentaron más de un 50%.", []string{"50 percent more_than"}},
		{"it", "Le segnalazioni sono cresciute di quasi un 30%.", []string{"30 percent about"}},
		{"ru, na", "Примерно на 70 страницах все еще содержится экстремистский контент.", []string{"70 pages about"}},
		{"ru, iz", "Почти из 300 каналов удалены посты.", []string{"300 channels about"}},
		// negatives: an article with no qualifier, a law's year
		{"es, un", "Las denuncias aumentaron un 40%.", []string{"40 percent"}},
		{"en, law", "Under a 2019 law, 300 sites were blocked.", []string{"300 sites"}},
	})
}

// TestKindArabicCountExceeds: an Arabic verb of exceeding or falling short
// before "its number" and the count ("يتجاوز عددها عشرين موقعا").
func TestKindArabicCountExceeds(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"yatajawaz", "وإغلاق مواقع في فرنسا يتجاوز عددها عشرين موقعا كانت تبث", []string{"20 sites more_than"}},
		{"yazid ala", "حذفت الشركة حسابات يزيد عددها على 300 حساب", []string{"300 accounts more_than"}},
		{"yaqil an", "أغلقت قنوات يقل عددها عن 50 قناة", []string{"50 channels up_to"}},
		// negative: a verb of amounting
		{"yablugh", "وأغلقت مواقع يبلغ عددها 20 موقعا", []string{"20 sites"}},
	})
}

// TestKindChangeLevel: the Russian "до" after a change in percent gives
// the level reached ("снизилось на 22%, до 41,5 тысячи"), no bound; alone
// it is "up to".
func TestKindChangeLevel(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"comma", "Число заблокированного контента снизилось на 22%, до 41,5 тысячи единиц.", []string{"22 percent", "41500 content_items"}},
		{"dash", "Количество материалов выросло на 1235% — до 93 тыс. единиц.", []string{"1235 percent", "93000 content_items"}},
		// negative: a bound
		{"bound", "Telegram заблокировал до 500 каналов.", []string{"500 channels up_to"}},
	})
}
