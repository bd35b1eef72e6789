package extract

import "testing"

// TestKindLexiconBatch62: unit words the lexicon lacked (held-out batch
// 62): the Spanish "pedidos" for requests, "nombres de dominios" with the
// plural, the Arabic "مضمون"/"مضامين" for content, and "user data
// requests" as requests, not users.
func TestKindLexiconBatch62(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"es, pedidos", "Google recibió 4.200 pedidos de retirada de enlaces.", []string{"4200 requests"}},
		{"es, pedidos de este tipo", "Cada minuto llegan 900 pedidos de este tipo.", []string{"900 requests"}},
		{"es, nombres de dominios", "Los enlaces corresponden a 5.120 nombres de dominios distintos.", []string{"5120 sites"}},
		{"ar, مضمون", "وحذفت الشركة 2400 مضمون مخالف.", []string{"2400 content_items"}},
		{"ar, مضامين", "أزالت المنصة 300 مضامين متطرفة.", []string{"300 content_items"}},
		{"en, user data requests", "The company received 1,200 user data requests from India.", []string{"1200 requests"}},
		{"en, user data requests carried", "Google received 3,100 user data requests, and the number rose to 3,600 later.", []string{"3100 requests", "3600 requests"}},
		// unchanged: users, and the verb "ha pedido"
		{"en, users", "The platform has 1,200 users in India.", []string{"1200 users"}},
		{"es, ha pedido", "El Gobierno ha pedido retirar 300 enlaces.", []string{"300 links"}},
	})
}

// TestKindArExceeds: the Arabic "تزيد على"/"يزيد عن" (exceeds) before a
// count is "more than" (batch 62: "تزيد على 46 ألف حساب").
func TestKindArExceeds(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ar, تزيد على", "عدد الحسابات المحذوفة تزيد على 30 ألف حساب.", []string{"30000 accounts more_than"}},
		{"ar, يزيد عن", "حذفت المنصة ما يزيد عن 500 قناة.", []string{"500 channels more_than"}},
		{"ar, يزيد على", "أغلقت تيليغرام عددا يزيد على 800 قناة.", []string{"800 channels more_than"}},
	})
}

// TestKindArDefiniteMillion: an Arabic number word with its article counts
// like the bare word (batch 62: "قرابة المليون طلب").
func TestKindArDefiniteMillion(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ar, قرابة المليون", "تلقت الشركة قرابة المليون طلب لإزالة روابط.", []string{"1000000 requests about"}},
		{"ar, نحو المليون", "حذفت المنصة نحو المليون حساب.", []string{"1000000 accounts about"}},
		{"ar, الألف", "أغلقت الشركة أكثر من الألف قناة.", []string{"1000 channels more_than"}},
	})
}

// TestKindTwoModifiers: a participle and an adjective between a count and
// its unit (batch 62: "24,119,797 reported pirate links").
func TestKindTwoModifiers(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"en, reported pirate links", "Google received 2,400,000 reported pirate links last week.", []string{"2400000 links"}},
		{"en, a billion reported pirate links", "Google will process over a billion reported pirate links.", []string{"1000000000 links more_than"}},
		{"en, reported extremist videos", "YouTube took down 5,000 reported extremist videos.", []string{"5000 videos"}},
		// unchanged: a participle that reports no speaker, and a speaker after a comma
		{"en, flagged pirate urls", "Rightsholders sent 80,000 flagged pirate URLs.", []string{"80000 urls"}},
		{"en, reported after a comma", "The agency removed 1,200 accounts, reported Reuters.", []string{"1200 accounts"}},
	})
}

// TestKindArOfThem: a bare Arabic count followed by "منها" (of them) takes
// the unit of the figure before (batch 62: "93518 طلباً، 93360 منها").
func TestKindArOfThem(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ar, منها", "تلقت غوغل 5000 طلب، 4200 منها أدت إلى إزالة روابط.", []string{"5000 requests", "4200 requests"}},
		{"ar, منها after a comma", "حذفت المنصة 900 حساب، 300 منها في أوروبا.", []string{"900 accounts", "300 accounts"}},
	})
}

// TestKindPartOfFirst: a part's count before the count of a whole takes
// its unit also with an ordinal before the whole (batch 62: "8.000 de las
// primeras 91.000 solicitudes").
func TestKindPartOfFirst(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"es, primeras", "Google aceptó 3.000 de las primeras 12.000 solicitudes.", []string{"3000 requests", "12000 requests"}},
		{"en, first", "Google approved 3,000 of the first 12,000 requests.", []string{"3000 requests", "12000 requests"}},
		{"it, prime", "Google ha accolto 3.000 delle prime 12.000 richieste.", []string{"3000 requests", "12000 requests"}},
		{"en, last", "The regulator blocked 40 of the last 90 sites reported.", []string{"40 sites", "90 sites"}},
		// unchanged: no ordinal
		{"en, of the", "Google approved 3,000 of the 12,000 requests.", []string{"3000 requests", "12000 requests"}},
	})
}

// TestKindFigureNoun: "the figure of" between a verb of reaching and the
// count stands for the count, whose unit is the subject's (batch 62: "Le
// pagine web rimosse … ha raggiunto l'incredibile cifra di 1,75
// miliardi").
func TestKindFigureNoun(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"it, l'incredibile cifra di", "I siti oscurati hanno raggiunto l’incredibile cifra di 12.000.", []string{"12000 sites"}},
		{"it, la cifra di", "Le pagine rimosse hanno raggiunto la cifra di 1,2 miliardi.", []string{"1200000000 pages"}},
		{"es, la cifra de", "Las cuentas suspendidas alcanzaron la cifra de 40.000.", []string{"40000 accounts"}},
		{"fr, le chiffre de", "Les sites bloqués ont atteint le chiffre de 3 000.", []string{"3000 sites"}},
		{"en, the figure of", "The channels removed reached the figure of 9,000.", []string{"9000 channels"}},
		// unchanged: quota, and a count with its own unit
		{"it, quota", "I siti oscurati hanno raggiunto quota 12.000.", []string{"12000 sites"}},
		{"en, own unit", "The campaign reached the mark of 2 million followers.", []string{"2000000 followers"}},
	})
}

// TestKindParallelParticiples: a bare count after "and" followed by a
// participle takes the unit of the figure before also across a longer
// participle phrase after that figure (batch 62: "709.484 comunidades
// relacionadas con explotación sexual infantil y 131.120 vinculadas al
// terrorismo").
func TestKindParallelParticiples(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"es, relacionadas … y vinculadas", "Telegram bloqueó 7.000 canales relacionados con la venta de drogas y 1.200 vinculados al terrorismo.", []string{"7000 channels", "1200 channels"}},
		{"en, related … and linked", "Telegram banned 7,000 groups related to the sale of illegal drugs and 1,200 linked to terrorism.", []string{"7000 groups", "1200 groups"}},
		{"it, legati … e collegati", "Telegram ha chiuso 7.000 canali legati alla vendita di droghe e 1.200 collegati al terrorismo.", []string{"7000 channels", "1200 channels"}},
		// unchanged: no participle after the figure
		{"en, a place phrase", "Telegram banned 7,000 groups in many countries across the whole world and 1,200 linked to terrorism.", []string{"7000 groups"}},
	})
}

// TestKindTotalAfterShare: a clause-final "a total of N" right after a
// share takes the unit the share is of (batch 62: "Google acabó
// eliminando el 90,8%, un total de 2.123.258.816").
func TestKindTotalAfterShare(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"es, un total de", "De las URLs cuya retirada se solicitó, Google eliminó el 91%, un total de 1.500.000.", []string{"91 percent", "1500000 urls"}},
		{"en, a total of", "Of the accounts it reviewed, Twitter suspended 40%, a total of 12,000.", []string{"40 percent", "12000 accounts"}},
		{"it, un totale di", "Dei siti segnalati ne sono stati oscurati il 60%, per un totale di 3.000.", []string{"60 percent", "3000 sites"}},
		{"en, the whole counted", "Twitter reviewed 900 accounts and suspended 40%, a total of 360.", []string{"900 accounts", "40 percent", "360 accounts"}},
	})
}
