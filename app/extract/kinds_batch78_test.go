package extract

import "testing"

// TestKindArHostAlone: the Arabic "مضيف" (a live-stream host, one account
// each) counts accounts alone or with its accusative ending, as it did
// followed by "بث مباشر".
func TestKindArHostAlone(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"ar, alone", "وحظرت المنصة 212 ألف مضيف لمخالفتهم القواعد.", []string{"212000 accounts"}},
		{"ar, accusative", "وقد حظرت تيك توك 41250 مضيفًا بث مباشر في المغرب.", []string{"41250 accounts"}},
		{"ar, plural", "كما تم حظر نحو 9 آلاف من المضيفين خلال الربع.", []string{"9000 accounts about"}},
	})
}

// TestKindArBareStream: the bare Arabic "بث" (a broadcast) counts streams
// after a removal, as "بث مباشر" does; after a verb of stopping live
// streams stay no figure, as the set reads them.
func TestKindArBareStream(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"ar, exceeding", "وشملت الإزالة مقاطع البث المباشر التي تم حذفها والتي تجاوزت 4 ملايين بث.", []string{"4000000 streams more_than"}},
		{"ar, removal", "وأزالت المنصة 250 ألف بث مخالف خلال الشهر.", []string{"250000 streams"}},
		// negatives: streams stopped
		{"ar, stopped", "وأوقفت المنصة 250 ألف بث مباشر خلال الشهر.", nil},
	})
}

// TestKindArPeopleFollowing: a count of people or users followed by a verb
// of following counts followers, as it did with the verb before it.
func TestKindArPeopleFollowing(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"ar, were following", "وذكر التقرير أن 40 ألف شخص كانوا يتابعون هذه الحسابات المحذوفة.", []string{"40000 followers"}},
		{"ar, follow", "ويقول الموقع إن نحو مليون مستخدم يتابعون الصفحات التي أغلقت.", []string{"1000000 followers about"}},
		// negatives: people doing something else
		{"ar, people arrested", "وأوقفت الشرطة 40 شخصا كانوا يديرون هذه الحسابات.", nil},
	})
}

// TestKindQualBeforeQuote: a qualifier before an opening quote keeps
// qualifying the count the quote opens with ("أزيد من “385 حساباً").
func TestKindQualBeforeQuote(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"ar", "وأعلنت الشركة حذفها أزيد من “120 حساباً و9 صفحات” في المغرب.", []string{"120 accounts more_than", "9 pages"}},
		{"fr", "Le réseau a supprimé plus de « 300 comptes » en mars.", []string{"300 accounts more_than"}},
		{"en", "The company said it removed more than \"2,000 accounts\" last week.", []string{"2000 accounts more_than"}},
	})
}

// TestKindNetworksOf: a count of networks (of accounts, pages) counts the
// networks, no takedown unit: "три сети российских аккаунтов", "three
// networks of accounts", "ثلاث شبكات من الحسابات".
func TestKindNetworksOf(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"ru", "Meta удалила две сети фейковых аккаунтов из Ирана.", nil},
		{"ru, genitive plural", "Компания удалила пять сетей аккаунтов и страниц.", nil},
		{"en", "Facebook took down three networks of accounts linked to Russia.", nil},
		{"ar", "أزالت ميتا ثلاث شبكات من الحسابات المزيفة.", nil},
		// the accounts of the networks stay counted
		{"ru, with count", "Meta удалила две сети: 120 аккаунтов и 30 страниц.", []string{"120 accounts", "30 pages"}},
	})
}
