package extract

import "testing"

// TestKindVerbEllipsis: a bare count that is the object of a second
// takedown verb in the same sentence counts the unit of the figure the
// first verb took, or of the noun the first verb took without a count
// (verb ellipsis in wire copy): "terminated more than 250 … accounts and
// suspended more than 4,000 over concerns about …", "Еще много каналов
// заблокировали 3 июля, когда за день удалили больше 314 тысяч". A phrase
// of reason or duration may follow the count; in Arabic the second verb
// is joined to wa, in Hindi it follows the count.
func TestKindVerbEllipsis(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en, wire", "Twitter said Friday it has terminated more than 250 United Arab Emirates-based accounts and suspended more than 4,000 over concerns about state-sponsored platform manipulation.", []string{"250 accounts more_than", "4000 accounts more_than"}},
		{"en", "Telegram removed 1,200 channels and blocked 300.", []string{"1200 channels", "300 channels"}},
		{"en, for a duration", "Meta removed 1,200 accounts and suspended 300 for 24 hours.", []string{"1200 accounts", "300 accounts"}},
		{"en, noun without a count", "Telegram blocked many channels on 3 July, and removed more than 314,000 in a day.", []string{"314000 channels more_than"}},
		{"ru, noun before the verb", "Еще много каналов заблокировали 3 июля, когда за день удалили больше 314 тысяч.", []string{"314000 channels more_than"}},
		{"ru", "Компания удалила 1200 аккаунтов и заблокировала ещё 300.", []string{"1200 accounts", "300 accounts"}},
		{"ru, reason", "Компания удалила 1200 аккаунтов и заблокировала более 300 за спам.", []string{"1200 accounts", "300 accounts more_than"}},
		{"fr, en", "Meta a supprimé 1 200 comptes et en a suspendu 300.", []string{"1200 accounts", "300 accounts"}},
		{"fr, reason", "Meta a supprimé 1 200 comptes et suspendu plus de 300 pour manipulation.", []string{"1200 accounts", "300 accounts more_than"}},
		{"de, weitere", "Telegram sperrte 1.200 Konten und löschte weitere 300.", []string{"1200 accounts", "300 accounts"}},
		{"de, reason", "Telegram sperrte 1.200 Konten und löschte mehr als 300 wegen Hetze.", []string{"1200 accounts", "300 accounts more_than"}},
		{"es, otras", "YouTube eliminó 1.200 cuentas y suspendió otras 300.", []string{"1200 accounts", "300 accounts"}},
		{"es, reason", "YouTube eliminó 1.200 cuentas y suspendió más de 300 por spam.", []string{"1200 accounts", "300 accounts more_than"}},
		{"it, ne", "Meta ha rimosso 1.200 account e ne ha sospesi 300.", []string{"1200 accounts", "300 accounts"}},
		{"it, reason", "Meta ha rimosso 1.200 account e sospeso oltre 300 per spam.", []string{"1200 accounts", "300 accounts more_than"}},
		{"ar, wa", "حذفت الشركة 1200 حساب وعلقت 300.", []string{"1200 accounts", "300 accounts"}},
		{"ar, reason", "حذفت الشركة 1200 حساب وعلقت 300 بسبب التضليل.", []string{"1200 accounts", "300 accounts"}},
		{"hi, verb after", "कंपनी ने 1,200 खाते हटाए और 300 निलंबित किए।", []string{"1200 accounts", "300 accounts"}},
		{"hi, passive", "कंपनी ने 1,200 खाते हटाए और 300 ब्लॉक किए गए।", []string{"1200 accounts", "300 accounts"}},
		// negatives: no takedown verb, a year, money, a percentage, people,
		// a count after the duration, a noun with no takedown verb
		{"not a takedown verb", "Police blocked 1,200 channels and arrested 30.", []string{"1200 channels"}},
		{"not a takedown verb, reason", "Police blocked 1,200 channels and detained 12 over protests.", []string{"1200 channels"}},
		{"fined", "Meta removed 1,200 accounts and fined 300 over spam.", []string{"1200 accounts"}},
		{"year", "Meta removed 1,200 accounts and in 2024 suspended the rest.", []string{"1200 accounts"}},
		{"money", "Meta removed 1,200 accounts and paid $300.", []string{"1200 accounts"}},
		{"percent", "Meta removed 1,200 accounts and suspended 30%.", []string{"1200 accounts", "30 percent"}},
		{"people", "Meta removed 1,200 accounts and banned 12 people for life.", []string{"1200 accounts"}},
		{"hi, people", "कंपनी ने 1,200 खाते हटाए और 30 लोगों को गिरफ्तार किया।", []string{"1200 accounts"}},
		{"a count after for", "Meta removed 1,200 accounts and blocked 300 for 5 million users.", []string{"1200 accounts", "5000000 users"}},
		{"ru, no takedown of the noun", "Еще много каналов появилось 3 июля, когда за день удалили больше 314 тысяч.", nil},
	})
}
