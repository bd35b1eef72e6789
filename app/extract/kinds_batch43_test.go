package extract

import "testing"

// TestKindSeriesOnlyLast: the last count of a year-by-year list keeps the
// list's unit when "only" or "just" stands before it ("183,000 resources
// were unblocked in 2022, 374,000 in 2023, and only 106,000 in 2024").
func TestKindSeriesOnlyLast(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en, only", "183,000 resources were unblocked in 2022, 374,000 in 2023, and only 106,000 in 2024.", []string{"183000 sites", "374000 sites", "106000 sites"}},
		{"en, two counts", "183,000 resources were unblocked in 2022 and only 106,000 in 2024.", []string{"183000 sites", "106000 sites"}},
		{"en, just", "Telegram closed 1,200 channels in 2022, 900 in 2023 and just 300 in 2024.", []string{"1200 channels", "900 channels", "300 channels"}},
		{"fr, seulement", "Telegram a fermé 1 200 chaînes en 2022, 900 en 2023 et seulement 300 en 2024.", []string{"1200 channels", "900 channels", "300 channels"}},
		{"ru, лишь", "Telegram закрыл 1200 каналов в 2022 году, 900 в 2023 году и лишь 300 в 2024 году.", []string{"1200 channels", "900 channels", "300 channels"}},
		{"es, solo", "YouTube eliminó 1.200 canales en 2022, 900 en 2023 y solo 300 en 2024.", []string{"1200 channels", "900 channels", "300 channels"}},
		// negatives: a verb after the count, a duration
		{"verb after", "Telegram closed 1,200 channels in 2022, and only 300 remained in 2024.", []string{"1200 channels"}},
		{"days", "Telegram closed 1,200 channels in 2022, and only 3 days in 2024.", []string{"1200 channels"}},
	})
}

// TestKindRestoredContrast: a bare count in a clause set against a
// takedown ("while", "and", "tandis que", "mientras que", "а") with a
// passive verb of unblocking or restoring counts what was taken down:
// "523,000 online resources were restricted, while around 106,000 were
// eventually unlocked". An adverb may stand between the auxiliary and the
// participle.
func TestKindRestoredContrast(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en, eventually", "A total of 523,000 online resources were restricted, while around 106,000 were eventually unlocked.", []string{"523000 sites", "106000 sites about"}},
		{"en, object", "Roskomnadzor blocked 523,000 sites in 2024, while 106,000 were unblocked.", []string{"523000 sites", "106000 sites"}},
		{"en, and later", "Roskomnadzor blocked 523,000 sites in 2024, and 106,000 were later unblocked.", []string{"523000 sites", "106000 sites"}},
		{"fr", "523 000 sites ont été bloqués, tandis que 106 000 ont été débloqués.", []string{"523000 sites", "106000 sites"}},
		{"ru", "Заблокировано 523 тыс. сайтов, а около 106 тыс. были впоследствии разблокированы.", []string{"523000 sites", "106000 sites about"}},
		{"es", "Se bloquearon 523.000 sitios, mientras que unos 106.000 fueron desbloqueados.", []string{"523000 sites", "106000 sites about"}},
		{"it", "Sono stati bloccati 523.000 siti, mentre circa 106.000 sono stati poi sbloccati.", []string{"523000 sites", "106000 sites about"}},
		{"en, have since been", "Roskomnadzor blocked 523,000 sites, but 106,000 have since been unblocked.", []string{"523000 sites", "106000 sites"}},
		{"de, verb last", "Insgesamt wurden 523.000 Seiten gesperrt, während rund 106.000 entsperrt wurden.", []string{"523000 pages", "106000 pages about"}},
		// negatives: more restored than taken down, people arrested, no contrast
		{"larger", "Roskomnadzor blocked 523,000 sites in 2024, while 900,000 were unblocked.", []string{"523000 sites"}},
		{"people", "Roskomnadzor blocked 523,000 sites in 2024, while 106 people were later arrested.", []string{"523000 sites"}},
		{"of these", "It removed 500 accounts. Of these, 2,000 were restored.", []string{"500 accounts"}},
	})
}

// TestKindRestoredTo: a bare count that ends its clause after a participle
// of restoring and "to" ("pour", "para", "per", "к", or the Arabic "رفع
// الحجب عن", lifting the block from) counts what was restricted: "571,000
// pages, with access restored to only 197,000".
func TestKindRestoredTo(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en, only", "In comparison, in 2023, restrictions affected 571,000 pages, with access restored to only 197,000.", []string{"571000 pages", "197000 pages"}},
		{"en, later", "Restrictions affected 571,000 pages, with access later restored to 197,000.", []string{"571000 pages", "197000 pages"}},
		{"en, passive", "Restrictions affected 571,000 pages, and access was restored to only 197,000 in 2024.", []string{"571000 pages", "197000 pages"}},
		{"fr", "En 2023, les restrictions ont touché 571 000 pages, l'accès n'étant rétabli que pour 197 000.", []string{"571000 pages", "197000 pages"}},
		{"ru", "В 2023 году ограничения коснулись 571 тыс. страниц, доступ восстановлен лишь к 197 тыс.", []string{"571000 pages", "197000 pages"}},
		{"es", "En 2023 las restricciones afectaron a 571.000 páginas, con el acceso restablecido solo para 197.000.", []string{"571000 pages", "197000 pages"}},
		{"it", "Nel 2023 le restrizioni hanno colpito 571.000 pagine, con l'accesso ripristinato solo per 197.000.", []string{"571000 pages", "197000 pages"}},
		{"ar, lifting the block", "حجبت السلطات 523 ألف موقع، بينما رفع الحجب عن نحو 106 آلاف.", []string{"523000 sites", "106000 sites about"}},
		{"ar, only after", "حجبت السلطات 523 ألف موقع، ورفعت الحجب عن 106 آلاف فقط.", []string{"523000 sites", "106000 sites"}},
		{"ar, own unit", "رفعت السلطات الحجب عن 106 آلاف موقع.", []string{"106000 sites"}},
		// negatives: a noun after the count, a year, a date, a duration
		{"regions", "Restrictions affected 571,000 pages, with access restored to 12 regions.", []string{"571000 pages"}},
		{"year", "Restrictions affected 571,000 pages, with access restored to 2019 levels.", []string{"571000 pages"}},
		{"date", "Restrictions affected 571,000 pages, with access restored on 5 May.", []string{"571000 pages"}},
		{"days", "Restrictions affected 571,000 pages, with access restored for 3 days.", []string{"571000 pages"}},
	})
}

// TestKindChangeToAfterSubject: "до" (and "hasta") after a verb of growing
// or falling is the level reached, not "up to", also when the subject, a
// dash, a time phrase or a multiplier stands between the verb and "до":
// "Также выросло количество … материалов в сети — до 1,1 млн".
func TestKindChangeToAfterSubject(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"ru, subject and dash", "Также выросло количество заблокированных или удаленных отдельных материалов в сети — до 1,1 млн, что на 10% больше, чем за весь 2022 год.", []string{"1100000 content_items", "10 percent"}},
		{"ru, time phrase", "Количество заблокированных сайтов увеличилось в 2023 году до 1,1 млн.", []string{"1100000 sites"}},
		{"ru, fell, dash", "Число заблокированных материалов сократилось — до 300 тыс.", []string{"300000 content_items"}},
		{"ru, colon", "Выросло и число заблокированных сайтов: до 1,1 млн.", []string{"1100000 sites"}},
		{"ru, multiplier", "Число заблокированных сайтов выросло за год в два раза, до 1,1 млн.", []string{"1100000 sites"}},
		{"es, hasta", "El número de sitios bloqueados aumentó en 2023 hasta 1,1 millones.", []string{"1100000 sites"}},
		// negatives: no verb of change, another verb between, "bis zu", "up to"
		{"ru, may block", "Роскомнадзор может заблокировать до 1,1 млн сайтов.", []string{"1100000 sites up_to"}},
		{"ru, passive", "Заблокировано до 1,1 млн сайтов.", []string{"1100000 sites up_to"}},
		{"ru, another verb", "Число заблокированных сайтов выросло — в отдельные дни блокировалось до 3 тыс. сайтов.", []string{"3000 sites up_to"}},
		{"de, bis zu", "Die Zahl der gesperrten Seiten stieg 2023 auf bis zu 1,1 Millionen.", []string{"1100000 pages up_to"}},
		{"en, up to", "The number of blocked sites grew to up to 1.1 million.", []string{"1100000 sites up_to"}},
		{"es, past verb between", "El número aumentó y se bloquearon hasta 300 sitios.", []string{"300 sites up_to"}},
	})
}

// TestKindRelativeThreshold: a count after "fewer than" in a clause on
// countries, governments or authorities, opened by a restrictive relative
// pronoun, a participle or "with", is the threshold a report leaves them
// out under, no figure: "countries that issued fewer than 10 requests, and
// that requested the removal of fewer than 10 items".
func TestKindRelativeThreshold(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en, two relatives", "In addition, in the first two reporting periods we haven't released specific numbers for countries that issued fewer than 10 requests, and that requested the removal of fewer than 10 items, due to technical constraints specific to those reporting periods.", nil},
		{"en, that", "We do not list countries that sent fewer than 10 requests.", nil},
		{"en, participle", "Countries issuing fewer than 10 requests are not listed.", nil},
		{"en, with", "Countries with fewer than 10 requests are not listed.", nil},
		{"fr, qui", "Nous ne publions pas les chiffres des pays qui ont émis moins de 10 demandes.", nil},
		{"fr, ayant", "Les pays ayant émis moins de 10 demandes ne sont pas listés.", nil},
		{"de", "Länder, die weniger als 10 Anfragen gestellt haben, werden nicht aufgeführt.", nil},
		{"es", "No se publican los países que emitieron menos de 10 solicitudes.", nil},
		{"it", "Non sono elencati i paesi che hanno inviato meno di 10 richieste.", nil},
		{"ru", "Страны, которые направили менее 10 запросов, не указываются.", nil},
		{"ar", "لا تنشر أرقام الدول التي أصدرت أقل من 10 طلبات.", nil},
		// negatives: a main clause, a complementizer, a relative on the unit,
		// a non-restrictive relative on the authorities
		{"main clause", "Countries sent fewer than 10 requests in 2012.", []string{"10 requests up_to"}},
		{"authorities blocked", "Authorities blocked fewer than 200 websites.", []string{"200 sites up_to"}},
		{"said that", "Google said that it removed fewer than 100 videos.", []string{"100 videos up_to"}},
		{"such as", "Turkey sent 500 requests, while countries such as Chile sent fewer than 10 requests.", []string{"500 requests", "10 requests up_to"}},
		{"relative on the unit", "The company removed fewer than 10 accounts that posted spam.", []string{"10 accounts up_to"}},
		{"non-restrictive", "The authorities, which blocked fewer than 200 websites in 2019, said the list was complete.", []string{"200 sites up_to"}},
	})
}

// TestKindOtherCountNoun: a noun for what is no takedown unit (SIM cards,
// phone numbers, people) after the first count of a pair is that count's
// noun, not an adjective sharing the second count's unit: "7.81 लाख सिम और
// 83 हजार व्हाट्सएप अकाउंट" gives the 83,000 accounts only.
func TestKindOtherCountNoun(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"hi, SIM", "इसी कड़ी में सरकार ने सख्त कदत उठाते हुए 7.81 लाख सिम और 83 हजार व्हाट्सएप अकाउंट को ब्लॉक किया है।", []string{"83000 accounts"}},
		{"en, SIMs", "The government blocked 781,000 SIMs and 83,000 WhatsApp accounts.", []string{"83000 accounts"}},
		{"hi, people", "सरकार ने 7 लोगों और 83 अकाउंट पर कार्रवाई की।", []string{"83 accounts"}},
		{"en, SIM cards", "The government blocked 781,000 SIM cards and 83,000 WhatsApp accounts.", []string{"83000 accounts"}},
		{"fr, cartes SIM", "Le gouvernement a bloqué 781 000 cartes SIM et 83 000 comptes WhatsApp.", []string{"83000 accounts"}},
		{"ar", "حجبت الحكومة 781 ألف شريحة و83 ألف حساب واتساب.", []string{"83000 accounts"}},
		// negatives: a bare pair, an adjective, a platform before a suspended unit
		{"hi, bare pair", "सरकार ने 7.81 लाख और 83 हजार व्हाट्सएप अकाउंट ब्लॉक किए।", []string{"781000 accounts", "83000 accounts"}},
		{"hi, adjective", "सरकार ने 18 भारतीय और 4 पाकिस्तानी यूट्यूब चैनल ब्लॉक किए।", []string{"18 channels", "4 channels"}},
		{"en, adjective", "Google removed 18 Indian and 4 Pakistani YouTube channels.", []string{"18 channels", "4 channels"}},
		{"hi, platforms", "सरकार ने 10 फेसबुक और 20 इंस्टाग्राम अकाउंट ब्लॉक किए।", []string{"10 accounts", "20 accounts"}},
	})
}

// TestKindAccessAttempt: sites someone tried and failed to open are a test
// of access, no count of sites blocked: a verb of access right before the
// count (or right after its unit) and a verb of trying before it, "وحاولت
// «رويترز»، دون جدوى الدخول على خمسة مواقع".
func TestKindAccessAttempt(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"ar, in vain", "وحاولت «رويترز»، دون جدوى الدخول على خمسة مواقع، ذكرتها صحف ووسائل إعلامية محلية مصرية، ومنها موقع قناة الجزيرة.", nil},
		{"ar, digits", "حاولت الوكالة فتح 21 موقعا دون جدوى.", nil},
		{"en", "Reuters tried without success to access five websites named by local media.", nil},
		{"fr", "Reuters a tenté en vain d'accéder à cinq sites.", nil},
		{"es", "Reuters intentó sin éxito acceder a cinco sitios web.", nil},
		{"de, verb after", "Reuters hat vergeblich versucht, fünf Webseiten aufzurufen.", nil},
		{"ru", "Корреспонденты Reuters безуспешно пытались открыть пять сайтов.", nil},
		// negatives: blocked sites, blocked access, an attempt to block
		{"ar, blocked", "حجبت السلطات 21 موقعا.", []string{"21 sites"}},
		{"en, blocked access", "Egypt blocked access to 21 websites.", []string{"21 sites"}},
		{"en, tried to block", "Authorities tried to block 21 websites.", []string{"21 sites"}},
		{"en, found blocked", "Users trying to access the sites found 21 websites blocked.", []string{"21 sites"}},
	})
}

// TestKindShareOfCountries: a percentage of countries ("في 76% من دول
// العالم", "in 76% of the world's countries") is a survey's finding about
// the world, no share of what was taken down.
func TestKindShareOfCountries(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"ar, world", "قدرت منظمة فريدوم هاوس في عام 2022 أنه في 76% من دول العالم، تم اعتقال أو سجن الأفراد بسبب ما نشروه على الإنترنت.", nil},
		{"ar, definite", "في 76% من الدول تم حجب مواقع.", nil},
		{"en, world's", "In 76% of the world's countries, people were arrested for what they posted online.", nil},
		{"en", "In 76% of countries, people were arrested for what they posted online.", nil},
		{"fr", "Dans 76 % des pays, des internautes ont été arrêtés.", nil},
		{"es", "En el 76% de los países se detuvo a usuarios.", nil},
		{"de", "In 76 Prozent der Länder wurden Nutzer festgenommen.", nil},
		{"ru, genitive", "В 76% стран пользователей арестовывали.", nil},
		// negatives: a share of accounts or content, a count of countries
		{"accounts", "76% of the accounts were removed.", []string{"76 percent"}},
		{"ar, content", "أزالت المنصة 76% من المحتوى.", []string{"76 percent"}},
		{"count of countries", "Telegram removed 40% of the channels in 12 countries.", []string{"40 percent", "12 countries"}},
	})
}

// TestKindYearThenTo: a year after "in" ("في", "en", "в") before "to" and
// a larger count dates the change, it opens no range: "ارتفع عدد المواقع
// المحجوبة في 2023 إلى 1.1 مليون موقع" had given 2023 to 1.1 million sites.
func TestKindYearThenTo(t *testing.T) {
	runKinds(t, []kindCase{
		{"ar", "ارتفع عدد المواقع المحجوبة في 2023 إلى 1.1 مليون موقع.", []string{"1100000 sites"}},
		{"ar, accounts", "ارتفع عدد الحسابات المحذوفة في 2022 إلى 5000 حساب.", []string{"5000 accounts"}},
		{"en", "The number of blocked sites rose in 2023 to 1.1 million sites.", []string{"1100000 sites"}},
		// negatives: a range with no "in" before it, years on both sides
		{"range", "Telegram closed 2000 to 3000 accounts.", []string{"2000-3000 accounts"}},
		{"years", "بين 2019 و2023 تم حجب 500 موقع.", []string{"500 sites"}},
	})
}
