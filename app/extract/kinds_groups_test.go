package extract

import "testing"

// TestKindOrganisationGroups: a count before "groups" or "organisations"
// that a terrorist, extremist, jihadist, militant or armed modifier types
// names organisations, not chat groups taken down (held-out batch 49:
// "affiliated with three terrorist groups – ISIS [Daesh], Al-Qaeda and
// Hayat Tahrir Al-Sham"), in the eight languages. A platform or a
// takedown verb in the same clause makes them chat groups again, and
// groups without such a modifier stay groups.
func TestKindOrganisationGroups(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"en, three terrorist groups", "The channels are affiliated with three terrorist groups, the report said.", nil},
		{"en, two extremist groups", "The accounts belonged to two extremist groups.", nil},
		{"en, five armed groups", "The content praised five armed groups.", nil},
		{"fr, trois groupes terroristes", "Les chaînes sont liées à trois groupes terroristes, selon le rapport.", nil},
		{"de, drei terroristische Gruppen", "Die Kanäle gehören zu drei terroristischen Gruppen.", nil},
		{"de, drei Terrorgruppen", "Die Kanäle gehören zu drei Terrorgruppen.", nil},
		{"es, tres grupos terroristas", "Los canales están vinculados a tres grupos terroristas.", nil},
		{"it, tre gruppi terroristici", "I canali sono legati a tre gruppi terroristici.", nil},
		{"ru, трех террористических групп", "Каналы связаны с тремя террористическими группами.", nil},
		{"ar, ثلاث جماعات إرهابية", "ترتبط القنوات بثلاث مجموعات إرهابية.", nil},
		{"hi, तीन आतंकी संगठन", "ये चैनल तीन आतंकी समूहों से जुड़े हैं।", nil},
		// negatives: a takedown verb or a platform in the clause, and
		// groups without such a modifier
		{"en, banned ISIS groups on Telegram", "Officials banned 300 ISIS groups on Telegram.", []string{"300 groups"}},
		{"en, Telegram blocked terrorist groups", "Telegram blocked 120 terrorist groups.", []string{"120 groups"}},
		{"en, terrorist groups removed", "Facebook said 120 terrorist groups were removed.", []string{"120 groups"}},
		{"fr, bloqué groupes terroristes", "Telegram a bloqué 120 groupes terroristes.", []string{"120 groups"}},
		{"ru, заблокировал", "Telegram заблокировал 120 террористических групп.", []string{"120 groups"}},
		{"en, WhatsApp groups", "The accounts ran three WhatsApp groups.", []string{"3 groups"}},
	})
}

// TestKindPlatformsPointingBack: "the two platforms" or "both platforms"
// after the platforms are named points back to them; the count is no
// figure (held-out batch 49: "Furthermore, the two platforms have
// assisted in the closure of 1,840 channels"). Counts of platforms
// without the article stay figures.
func TestKindPlatformsPointingBack(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"en, the two platforms", "Furthermore, the two platforms have assisted in the closure of 1,840 channels.", []string{"1840 channels"}},
		{"en, both platforms", "Both platforms removed 500 accounts.", []string{"500 accounts"}},
		{"fr, les deux plateformes", "Les deux plateformes ont fermé 1 840 chaînes.", []string{"1840 channels"}},
		{"de, die beiden Plattformen", "Die beiden Plattformen sperrten 1.840 Kanäle.", []string{"1840 channels"}},
		{"es, las dos plataformas", "Las dos plataformas cerraron 1.840 canales.", []string{"1840 channels"}},
		{"it, le due piattaforme", "Le due piattaforme hanno chiuso 1.840 canali.", []string{"1840 channels"}},
		// negatives: a count of platforms of its own
		{"en, notices to platforms", "The agency sent notices to 12 platforms.", []string{"12 platforms"}},
	})
}

// TestKindSubjectOfUnit: "N were the subject of a request" counts the
// things a request was made for, not requests (held-out batch 49: "De
// todos esos procedimientos, 12 fueron objeto de solicitud de
// autorización judicial"). Requests counted as such, and a unit before
// "the subject of", stay figures.
func TestKindSubjectOfUnit(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"es, fueron objeto de solicitud", "De todos esos procedimientos, 12 fueron objeto de solicitud de autorización judicial.", nil},
		{"it, sono state oggetto di richiesta", "Di queste procedure, 12 sono state oggetto di richiesta di rimozione.", nil},
		{"en, were the subject of a request", "Of these cases, 12 were the subject of a removal request.", nil},
		{"fr, ont fait l'objet d'une demande", "Parmi ces procédures, 12 ont fait l'objet d'une demande de retrait.", nil},
		// negatives: requests counted as such, a unit before the phrase
		{"es, solicitudes", "Se enviaron 12 solicitudes de retirada.", []string{"12 requests"}},
		{"es, unit first", "Un total de 2.000 contenidos fueron objeto de retirada.", []string{"2000 content_items"}},
		{"en, requests", "Google received 12 removal requests.", []string{"12 requests"}},
	})
}
