package deskgen

// The vocabulary of generated notices. Every story, post, statement,
// notice and table row is written from these words, and Queries types them
// back, so a benchmark's searches find what the desk holds. The outlets are
// invented; platforms, agencies and groups are the ones such stories name.

// Languages, by their share of the desk (percent).
var langShare = []weighted[string]{{"ar", 40}, {"en", 30}, {"fr", 15}, {"ru", 15}}

// platform is one platform as each language writes it. Arabic has several
// spellings in use; each is a variant a reporter may type.
type platform struct {
	canonical string
	weight    int
	en, fr    []string
	ru        []string
	ar        []string
}

var platforms = []platform{
	{"Telegram", 40, []string{"Telegram"}, []string{"Telegram"}, []string{"Telegram", "Телеграм"},
		[]string{"تلغرام", "تليجرام", "تيليغرام", "تلجرام", "تليغرام"}},
	{"Twitter", 14, []string{"Twitter", "X (formerly Twitter)"}, []string{"Twitter", "X (ex-Twitter)"}, []string{"Twitter", "Твиттер"},
		[]string{"تويتر"}},
	{"Facebook", 14, []string{"Facebook"}, []string{"Facebook"}, []string{"Facebook", "Фейсбук"},
		[]string{"فيسبوك", "فيس بوك"}},
	{"YouTube", 14, []string{"YouTube"}, []string{"YouTube"}, []string{"YouTube", "Ютуб"},
		[]string{"يوتيوب"}},
	{"TikTok", 10, []string{"TikTok"}, []string{"TikTok"}, []string{"TikTok", "Тикток"},
		[]string{"تيك توك", "تيكتوك"}},
	{"WhatsApp", 8, []string{"WhatsApp"}, []string{"WhatsApp"}, []string{"WhatsApp", "Ватсап"},
		[]string{"واتساب"}},
}

func (p platform) names(lang string) []string {
	switch lang {
	case "ar":
		return p.ar
	case "fr":
		return p.fr
	case "ru":
		return p.ru
	}
	return p.en
}

// actor is an extremist group with its names in each language.
type actor struct {
	weight         int
	en, fr, ru, ar []string
}

var actors = []actor{
	{50, []string{"ISIS", "Islamic State", "Daesh"}, []string{"l'État islamique", "Daech", "l'EI"}, []string{"ИГИЛ", "«Исламского государства»"},
		[]string{"داعش", "تنظيم الدولة", "تنظيم داعش"}},
	{20, []string{"al-Qaeda"}, []string{"al-Qaida"}, []string{"«Аль-Каиды»"}, []string{"القاعدة", "تنظيم القاعدة"}},
	{10, []string{"al-Shabaab"}, []string{"al-Shabaab"}, []string{"«Аш-Шабааб»"}, []string{"حركة الشباب"}},
	{10, []string{"Boko Haram"}, []string{"Boko Haram"}, []string{"«Боко Харам»"}, []string{"بوكو حرام"}},
	{10, []string{"Hayat Tahrir al-Sham"}, []string{"Hayat Tahrir al-Sham"}, []string{"«Хайят Тахрир аш-Шам»"}, []string{"هيئة تحرير الشام"}},
}

func (a actor) names(lang string) []string {
	switch lang {
	case "ar":
		return a.ar
	case "fr":
		return a.fr
	case "ru":
		return a.ru
	}
	return a.en
}

// outlet is an invented news outlet, its language and its web address.
type outlet struct{ name, lang, domain string }

var outlets = []outlet{
	{"The Northern Ledger", "en", "northernledger.example"},
	{"Harbour Wire", "en", "harbourwire.example"},
	{"Capital Dispatch", "en", "capitaldispatch.example"},
	{"Frontline Monitor", "en", "frontlinemonitor.example"},
	{"Digital Threats Weekly", "en", "digitalthreats.example"},
	{"Gazette du Levant", "fr", "gazettedulevant.example"},
	{"Le Veilleur numérique", "fr", "veilleur.example"},
	{"Courrier de Lyon", "fr", "courrierdelyon.example"},
	{"Radio Sahel Info", "fr", "sahelinfo.example"},
	{"Северный вестник", "ru", "vestnik.example"},
	{"Цифровой дозор", "ru", "dozor.example"},
	{"Новости Кавказа", "ru", "kavkaz-news.example"},
	{"صحيفة الرافدين", "ar", "alrafidain.example"},
	{"شبكة المرصد الرقمي", "ar", "almarsad.example"},
	{"جريدة الأفق", "ar", "alofoq.example"},
	{"موقع الحدث اليوم", "ar", "alhadath-today.example"},
	{"إذاعة الساحل", "ar", "alsahel-radio.example"},
}

func outletsOf(lang string) []outlet {
	var out []outlet
	for _, o := range outlets {
		if o.lang == lang {
			out = append(out, o)
		}
	}
	return out
}

// agencies are bodies the stories cite beside the platforms.
var agencies = map[string][]string{
	"en": {"Europol", "Tech Against Terrorism", "GIFCT", "the EU Internet Referral Unit", "the Counter Extremism Project"},
	"fr": {"Europol", "Tech Against Terrorism", "la plateforme Pharos", "l'unité de signalement de l'UE"},
	"ru": {"Европол", "Роскомнадзор", "Генпрокуратура"},
	"ar": {"يوروبول", "وحدة الإحالة الأوروبية", "مرصد الأزهر لمكافحة التطرف", "خلية الإعلام الأمني"},
}

// tableCountries name a country as a table cell does.
var tableCountries = map[string][]string{
	"en": {"Iraq", "Syria", "France", "Germany", "Somalia", "Nigeria", "Mali", "United Kingdom", "Belgium", "Afghanistan"},
	"fr": {"Irak", "Syrie", "France", "Allemagne", "Somalie", "Nigeria", "Mali", "Belgique", "Niger"},
	"ru": {"Ирак", "Сирия", "Франция", "Германия", "Сомали", "Нигерия", "Мали", "Афганистан", "Таджикистан"},
	"ar": {"العراق", "سوريا", "فرنسا", "ألمانيا", "الصومال", "نيجيريا", "مالي", "ليبيا", "مصر", "اليمن"},
}

// countries named in stories, as a sentence places them (Russian in the
// prepositional case: "в Ираке").
var countries = map[string][]string{
	"en": {"Iraq", "Syria", "France", "Germany", "Somalia", "Nigeria", "Mali", "the United Kingdom", "Belgium", "Afghanistan"},
	"fr": {"l'Irak", "la Syrie", "la France", "l'Allemagne", "la Somalie", "le Nigeria", "le Mali", "la Belgique", "le Niger"},
	"ru": {"Ираке", "Сирии", "Франции", "Германии", "Сомали", "Нигерии", "Мали", "Афганистане", "Таджикистане"},
	"ar": {"العراق", "سوريا", "فرنسا", "ألمانيا", "الصومال", "نيجيريا", "مالي", "ليبيا", "مصر", "اليمن"},
}

// unit is a counted thing in each language, with the forms a number takes:
// English and French singular and plural; Russian for 1, 2–4 and 5+;
// Arabic plural (3–10), accusative singular (11–99) and singular (100+).
type unit struct {
	key    string
	weight int
	en, fr [2]string
	ru     [3]string
	ar     [3]string
	frFem  bool // the French word is feminine
}

var units = []unit{
	{"channels", 30, [2]string{"channel", "channels"}, [2]string{"chaîne", "chaînes"}, [3]string{"канал", "канала", "каналов"}, [3]string{"قنوات", "قناة", "قناة"}, true},
	{"accounts", 25, [2]string{"account", "accounts"}, [2]string{"compte", "comptes"}, [3]string{"аккаунт", "аккаунта", "аккаунтов"}, [3]string{"حسابات", "حساباً", "حساب"}, false},
	{"groups", 10, [2]string{"group", "groups"}, [2]string{"groupe", "groupes"}, [3]string{"группа", "группы", "групп"}, [3]string{"مجموعات", "مجموعة", "مجموعة"}, false},
	{"bots", 5, [2]string{"bot", "bots"}, [2]string{"bot", "bots"}, [3]string{"бот", "бота", "ботов"}, [3]string{"بوتات", "بوتاً", "بوت"}, false},
	{"videos", 12, [2]string{"video", "videos"}, [2]string{"vidéo", "vidéos"}, [3]string{"видео", "видео", "видео"}, [3]string{"مقاطع فيديو", "مقطع فيديو", "مقطع فيديو"}, true},
	{"posts", 10, [2]string{"post", "posts"}, [2]string{"publication", "publications"}, [3]string{"публикация", "публикации", "публикаций"}, [3]string{"منشورات", "منشوراً", "منشور"}, true},
	{"pages", 4, [2]string{"page", "pages"}, [2]string{"page", "pages"}, [3]string{"страница", "страницы", "страниц"}, [3]string{"صفحات", "صفحة", "صفحة"}, true},
	{"links", 4, [2]string{"link", "links"}, [2]string{"lien", "liens"}, [3]string{"ссылка", "ссылки", "ссылок"}, [3]string{"روابط", "رابطاً", "رابط"}, false},
}

// Adjectives that qualify a counted unit ("78 extremist channels").
var (
	enAdj = []string{"", "", "extremist", "terrorist", "jihadist", "pro-ISIS", "militant", "propaganda"}
	frAdj = []string{"", "", "jihadistes", "extrémistes", "terroristes", "de propagande"}
	ruAdj = []string{"", "", "экстремистских", "террористических", "джихадистских"}
	arAdj = []string{"", "", "متطرفة", "إرهابية", "دعائية"}
)

// Qualifiers written before a figure, in each language.
var qualifiers = map[string][]string{
	"en": {"", "", "", "more than", "nearly", "at least", "about", "over", "up to", "roughly"},
	"fr": {"", "", "", "plus de", "près de", "au moins", "environ", "jusqu'à"},
	"ru": {"", "", "", "более", "около", "почти", "не менее", "свыше"},
	"ar": {"", "", "", "أكثر من", "نحو", "ما لا يقل عن", "حوالي", "قرابة", "ما يزيد على"},
}

// Month names: English, French, Russian (genitive), Arabic (Egyptian and
// Levantine names both in use).
var (
	enMonths   = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	frMonths   = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
	ruMonths   = []string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"}
	ruMonthsN  = []string{"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"}
	arMonths   = []string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"}
	arMonthsLv = []string{"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"}
)

// Verbs of removal for headlines, by language.
var (
	enVerbs   = []string{"removes", "bans", "takes down", "shuts down", "purges", "blocks", "suspends", "deletes", "wipes out", "terminates", "disrupts"}
	enPast    = []string{"removed", "banned", "taken down", "shut down", "purged", "blocked", "suspended", "deleted", "terminated"}
	frVerbs   = []string{"supprime", "bloque", "ferme", "suspend", "démantèle", "bannit", "efface"}
	frPast    = []string{"supprimé", "bloqué", "fermé", "suspendu", "retiré"}
	ruVerbs   = []string{"заблокировал", "удалил", "закрыл", "ограничил доступ к", "зачистил"}
	ruPast    = []string{"заблокированы", "удалены", "закрыты"}
	arVerbs   = []string{"يحذف", "يحظر", "يغلق", "يعلق", "يزيل", "يوقف"}
	arVerbsF  = []string{"تحذف", "تحظر", "تغلق", "تعلق", "تزيل", "توقف"}
	arPast    = []string{"حذف", "حظر", "إغلاق", "تعليق", "إزالة"}
	enTopics  = []string{"propaganda", "recruitment", "incitement", "extremist content", "terrorist content", "online radicalisation", "fundraising"}
	frTopics  = []string{"la propagande", "le recrutement", "l'apologie du terrorisme", "les contenus terroristes", "la radicalisation en ligne"}
	ruTopics  = []string{"пропаганды", "вербовки", "экстремистского контента", "террористических материалов", "радикализации в сети"}
	arTopics  = []string{"الدعاية", "التجنيد", "التحريض", "المحتوى المتطرف", "المحتوى الإرهابي", "التطرف الإلكتروني", "التمويل"}
	enReports = []string{"transparency report", "enforcement report", "quarterly report", "referral action", "action day", "crackdown", "sweep"}
	frReports = []string{"le rapport de transparence", "la journée d'action", "l'opération", "la vague de suppressions", "le coup de filet numérique"}
	ruReports = []string{"отчёт о прозрачности", "операция", "зачистка", "волна блокировок"}
	arReports = []string{"تقرير الشفافية", "حملة", "يوم العمل", "عملية", "موجة حظر"}
)

// Tags a reporter puts on notices and claims: Arabic and Latin.
var tagNames = []string{
	"verify", "follow-up", "Europol", "ISIS", "Q2 report", "needs source", "conflicting figures", "for brief",
	"draft", "editor", "Telegram", "daily ban", "weekly", "translate", "Sahel", "Syria", "Iraq",
	"propagande", "à vérifier", "пропаганда", "проверить",
	"عاجل", "للتحقق", "داعش", "تلغرام", "مصدر رسمي", "أرقام متضاربة", "للنشر", "متابعة", "ترجمة",
}

// Notes a reporter writes, by language.
var noteTexts = map[string][]string{
	"en": {"Called the press office, no answer yet.", "Figure differs from the platform's own statement.", "Check against the Europol release.", "Use in Friday's brief.", "Source is second-hand; find the original post."},
	"fr": {"Chiffre à recouper avec le communiqué officiel.", "Demander confirmation à la plateforme.", "À citer dans le point de vendredi."},
	"ru": {"Цифра не совпадает с заявлением платформы.", "Запросить подтверждение у пресс-службы.", "Проверить первоисточник."},
	"ar": {"الرقم لا يتطابق مع بيان المنصة.", "اتصلنا بالمكتب الإعلامي ولم نتلق رداً.", "يجب التحقق من المصدر الأصلي.", "يُستخدم في موجز الجمعة."},
}
