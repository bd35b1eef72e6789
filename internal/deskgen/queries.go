package deskgen

import (
	"math/rand/v2"
	"unicode/utf8"
)

// What a reporter types into the search box, by kind. The words come from
// the generator's own vocabulary, so most of them find notices.
var (
	queryArabic = []string{
		"تلغرام", "تليجرام", "تلغرأم", "تيليغرام", "قناة", "قنوات", "قَنَاة", "قَنَوَات", "حسابات", "حِسَابَات",
		"داعش", "دَاعِش", "تنظيم الدولة", "إزالة", "ازالة", "يوتيوب", "فيسبوك", "فيس بوك", "المحتوى الإرهابي",
		"المحتوى الارهابي", "يوروبول", "حظر", "مقاطع فيديو", "تيك توك", "واتساب", "مرصد الأزهر", "أعلنت", "اعلنت",
		"هيئة تحرير الشام", "القاعدة", "منصة", "التجنيد", "داعش تلغرام", "الإعلام الأمني",
	}
	queryLatin = []string{
		"telegram", "channels", "accounts", "europol", "isis", "youtube", "facebook", "tiktok", "whatsapp",
		"propaganda", "removed", "terrorist bots", "isis watch", "transparency report", "al-qaeda", "boko haram",
		"referral", "telegram channels", "youtube videos", "daily ban", "northern ledger", "harbour wire",
	}
	queryFrench = []string{
		"chaînes", "chaines", "propagande", "supprimé", "comptes", "jihadistes", "vidéos", "videos", "état islamique",
		"etat islamique", "plateforme", "gazette du levant", "signalement", "daech",
	}
	queryRussian = []string{
		"телеграм", "каналов", "аккаунтов", "заблокировал", "игил", "пропаганды", "европол", "роскомнадзор",
		"вербовки", "северный вестник",
	}
	// Typos and the words they were meant to be: the box shows the typo,
	// then the reporter deletes back to it and types the word.
	queryTypos = [][2]string{
		{"telgram", "telegram"}, {"chanels", "channels"}, {"acounts", "accounts"}, {"youtub", "youtube"},
		{"facebok", "facebook"}, {"propoganda", "propaganda"}, {"europl", "europol"}, {"tiktk", "tiktok"},
		{"تلغرم", "تلغرام"}, {"قنوت", "قنوات"}, {"кaналов", "каналов"}, {"chaînnes", "chaînes"},
	}
	queryDigits = []string{"78", "٧٨", "1312", "٢٠١٩", "2019", "2023", "16 050", "99.4", "١٥٠٠", "2021-07"}
	// queryNothing matches no notice of a generated desk, not even as a
	// scattered subsequence of a long title (as "xylophone" does).
	queryNothing = []string{"zuckerberg", "qqzzjj", "ornithorynque", "кукуруза", "بطيخ أحمر", "mozzarella", "ёжик", "zzyzx", "pizzeria"}
)

// Queries returns n successive states of a search box as a reporter
// types: each word or phrase prefix by prefix ("t", "te", "tel", …), a
// typo deleted back to where it went wrong and typed again, Arabic with
// and without hamza and tashkeel, French and Russian words, digits in
// both scripts and queries that match nothing. The same seed gives the
// same script.
func Queries(seed int64, n int) []string {
	r := rand.New(rand.NewPCG(uint64(seed), 0x51))
	kinds := []weighted[func() []string]{
		{func() []string { return typed("", pick(r, queryArabic)) }, 35},
		{func() []string { return typed("", pick(r, queryLatin)) }, 22},
		{func() []string { return typed("", pick(r, queryFrench)) }, 10},
		{func() []string { return typed("", pick(r, queryRussian)) }, 10},
		{func() []string { return typo(pick(r, queryTypos)) }, 10},
		{func() []string { return typed("", pick(r, queryDigits)) }, 8},
		{func() []string { return typed("", pick(r, queryNothing)) }, 5},
	}
	out := make([]string, 0, n)
	// The script opens with one query of every kind, so that even a short
	// one holds them all; the rest is drawn at random.
	tour := [][]string{typed("", "تلغرأم"), typo(queryTypos[0]), typed("", "قَنَاة"), typed("", "٧٨"),
		typed("", "chaînes"), typed("", "каналов"), typed("", queryNothing[0]), typo(queryTypos[1]),
		typed("", "حسابات"), typed("", "78"), typed("", "داعش")}
	for _, qs := range tour {
		for _, q := range qs {
			if len(out) < n {
				out = append(out, q)
			}
		}
	}
	for len(out) < n {
		for _, q := range pickWeighted(r, kinds)() {
			if len(out) == n {
				break
			}
			out = append(out, q)
		}
	}
	return out
}

// typed is the box after each rune of word is typed after prefix.
func typed(prefix, word string) []string {
	var out []string
	for i := range word {
		if i > 0 {
			out = append(out, prefix+word[:i])
		}
	}
	return append(out, prefix+word)
}

// typo types the wrong word, deletes back to the first wrong rune and
// types the rest of the right one.
func typo(t [2]string) []string {
	wrong, right := t[0], t[1]
	common := 0
	for common < len(wrong) && common < len(right) {
		rw, sw := utf8.DecodeRuneInString(wrong[common:])
		rr, _ := utf8.DecodeRuneInString(right[common:])
		if rw != rr {
			break
		}
		common += sw
	}
	out := typed("", wrong)
	for cut := len(wrong); cut > common; {
		_, size := utf8.DecodeLastRuneInString(wrong[:cut])
		cut -= size
		if cut > 0 {
			out = append(out, wrong[:cut])
		}
	}
	if common == 0 {
		return append(out, typed("", right)...)
	}
	return append(out, typed(right[:common], right[common:])...)
}
