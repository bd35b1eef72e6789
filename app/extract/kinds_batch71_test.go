package extract

import "testing"

// TestKindDeLinkCompounds: a German compound whose head is "links" names
// links, as compounds on "-seiten" or "-kanäle" already name their unit
// (held-out batch 71: "mehr als 12 000 Internetlinks").
func TestKindDeLinkCompounds(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"de, Propagandalinks", "Die Behörde ließ 3.400 Propagandalinks entfernen.", []string{"3400 links"}},
		{"de, Internetlinks", "Gemeldet wurden über 900 Internetlinks mit Hetze.", []string{"900 links more_than"}},
		// unchanged: "links" as a direction is no compound
		{"de, links", "Das Amt sperrte 40 Kanäle, links im Bild.", []string{"40 channels"}},
	})
}

// TestKindCyrillicLookalikes: a Russian word typed with Latin look-alike
// letters ("тыc." with a Latin c) reads as its Cyrillic spelling (held-out
// batch 71: "более 373 тыc. публикаций и каналов").
func TestKindCyrillicLookalikes(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ru, тыc. with a Latin c", "Роскомнадзор заблокировал 12 тыc. сайтов.", []string{"12000 sites"}},
		{"ru, unit with a Latin a and o", "Удалено 450 кaнaлoв.", []string{"450 channels"}},
		// unchanged: a Latin word with a letter that has no look-alike
		{"ru, Latin name", "Telegram удалил 30 каналов.", []string{"30 channels"}},
	})
}

// TestKindBareOrders: a bare "Anordnungen" counts removal orders when the
// text names such orders or counts removals ordered (held-out batch 29's
// "482 Entfernungen angeordnet … nach 249 solcher Anordnungen"; batch 71's
// "255 Anordnungen auf Telegram" after "Entfernungsanordnungen").
func TestKindBareOrders(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"de, after the compound", "Das Amt verschickte 310 Sperranordnungen. Davon entfielen 200 Anordnungen auf Telegram, 60 auf X und 2 auf TikTok.", []string{"310 requests", "200 requests", "60 requests", "2 requests"}},
		{"de, removals ordered", "Es wurden 75 Löschungen angeordnet, nach 30 solcher Anordnungen im Jahr davor.", []string{"75 requests", "30 requests"}},
		// unchanged: orders with no removal order named, and a singular act
		{"de, other orders", "Das Gericht erließ 40 Anordnungen und sperrte 3 Kanäle.", []string{"3 channels"}},
		{"de, the act ordered", "Das Amt hat die Entfernung angeordnet, nach 12 Anordnungen im Vorjahr.", []string{}},
	})
}
