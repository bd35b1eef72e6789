package extract

import (
	"strings"

	"github.com/takedowndesk/takedowndesk/app"
)

// cat is the category of a lexicon entry.
type cat uint8

const (
	catUnit       cat = iota + 1
	catNum            // number word, v = value
	catMul            // hundred: multiplies the running number
	catScale          // thousand, million: v = multiplier
	catArticle        // "a", "un": 1 before a scale or an approximate noun
	catApprox         // une dizaine, a dozen: v = value
	catQualBefore     // qualifier written before the number
	catQualAfter      // qualifier written after the number or unit
	catRate           // per day / per month
	catMonth          // v = month
	catWeekday        // v = time.Weekday
	catYearIntro      // "in", "since", "عام" before a year
	catYearAfter      // "года", "г" after a year
	catBlock          // function words and time units: stop the unit search
	catJoin           // "and" between two units
	catOrdinal        // glued ordinal suffix
	catGluedScale     // glued scale suffix: 5k, 10mila
	catPlatform       // s = canonical platform
	catActor          // s = canonical actor; grp true for extremist groups
	catSource         // known source name: s = name, kind
	catAttrBefore     // "according to" X
	catAttrAfter      // X "said"
	catTold           // "told" X: X reports
	catStatement      // "in a statement"
	catAdded          // "he added": the previous speaker goes on
	catDescriptor     // a word that types the name after it (معهد, agency)
	catYearWord       // a word meaning "year" before a number
	catCurrency
	catPart  // "of which", "dont", "из них": a part of the figure before follows
	catTotal // "total", "in total", "всего", "المجموع": a running total's label
)

type entry struct {
	toks []string // folded tokens, hyphens and apostrophes removed
	cat  cat
	s    string
	v    float64
	kind app.SourceKind
	role app.Role
	cs   string // non-empty: the first token must be written exactly so
	grp  bool
	ctxX bool // the one-letter X: needs context
	abbr bool // abbreviation that may take a full stop (тыс., Mio.)
	time bool // a time unit (hours, days, years): the number before it is a duration
}

type lexicon struct {
	idx map[string][]*entry
}

func newLexicon() *lexicon { return &lexicon{idx: map[string][]*entry{}} }

// phraseToks folds and tokenises a lexicon phrase the way text is.
func phraseToks(p string) []string {
	rs := []rune(p)
	toks, _ := tokenize(rs, nil, nil)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.kind == tPunct && (t.f == "-" || t.f == "'") {
			continue
		}
		out = append(out, t.f)
	}
	return out
}

func (l *lexicon) add(e entry, forms string) {
	for _, form := range strings.Split(forms, "|") {
		form = strings.TrimSpace(form)
		if form == "" {
			continue
		}
		ee := e
		ee.toks = phraseToks(form)
		if len(ee.toks) == 0 {
			continue
		}
		if e.cs != "" {
			ee.cs = form
		}
		p := &ee
		l.idx[ee.toks[0]] = append(l.idx[ee.toks[0]], p)
	}
}

var lex = buildLexicon()

// Arabic prefixes tolerated before a word, longest first. The flag says the
// prefix ends in the article, so the stem gets "ال" back.
var arPrefixes = []struct {
	p       string
	article bool
}{
	{"وبال", false}, {"وال", false}, {"بال", false}, {"فال", false}, {"كال", false},
	{"ولل", true}, {"فلل", true}, {"لل", true},
	{"ال", false}, {"وب", false}, {"ول", false}, {"وك", false}, {"فب", false}, {"فل", false},
	{"و", false}, {"ف", false}, {"ب", false}, {"ل", false}, {"ك", false},
}

func buildLexicon() *lexicon {
	l := newLexicon()
	units := map[string]string{
		"accounts":      "accountnamen|профили|профилям|профилями|профилях|प्रोफाइल|प्रोफाइलों|प्रोफाइल्स|handles|x handles|twitter handles|हैंडल|हैंडल्स|हैंडलों|аккаунту|аккаунтом|аккаунте|profilen|nutzerkonten|nutzerkonto|benutzerkonten|аккаунтами|skype id|skype ids|skype-id|skype-ids|स्काइप आईडी|स्काइप आईडीज|स्काईप आईडी|स्काईप आईडीज|स्काइप आइडी|हैंड्ल|हैंड्ल्स|ملف شخصي|ملفا شخصيا|ملفات شخصيه|аккаунтам|खाता|खाते|अकाऊंट|अकाऊंट्स|account|accounts|अकांउट|अकांउट्स|अकाउंट्स|एकाउंट्स|खातों|acct|accts|compte|comptes|konto|konten|kontos|cuenta|cuentas|аккаунт|аккаунта|аккаунтов|аккаунты|аккаунтах|учетная запись|учетных записей|учетные записи|учетной записи|खाता|खाते|खातों|अकाउंट|अकाउंट्स|अकाउंटों|एकाउंट|حساب|حسابا|حسابات|حسابين|حسابان|اكونت|اكونتات|profile|profiles|profil|profils|profile|perfil|perfiles|profilo|profili|профиль|профиля|профилей",
		"channels":      "каналу|каналом|канале|каналами|телеграм-каналы|चेनल|चेनल्स|चेनलों|channel|channels|chaine|chaines|canal|canaux|kanal|kanale|kanalen|kanals|canales|canale|canali|канал|канала|каналов|каналы|каналам|каналах|телеграм-канал|телеграм-каналов|телеграм-канала|चैनल|चैनलों|चैनल्स|قناه|قنوات|قناتين|قناتان|قنايات",
		"groups":        "пабликов|паблики|пабликах|пабликам|пабликами|паблик|паблика|группу|группе|группой|группам|группами|чаты|чатах|group|groups|chat group|chat groups|groupe|groupes|gruppe|gruppen|chatgruppe|chatgruppen|gruppengesprach|gruppengesprache|gruppenchat|gruppenchats|grupo|grupos|gruppo|gruppi|группа|группы|групп|группах|чат|чата|чатов|समूह|समूहों|ग्रुप|ग्रुपों|مجموعه|مجموعات|مجموعتين|جروب|جروبات|غروب|غروبات|كروب|كروبات",
		"bots":          "ботам|ботах|bot|bots|robot|robots|бот|бота|ботов|боты|बॉट|बॉट्स|बोट|बोट्स|بوت|بوتات|روبوت|روبوتات",
		"sites":         "tows|online-casinos|onlinecasinos|wettangebote|wettportale|wettportalen|доменам|доменами|доменах|onlineshops|onlineshop|online-shops|online-shop|fakeshops|fakeshop|fake-shops|fake-shop|webshops|webshop|fake shops|boutiques en ligne|tiendas online|tiendas en linea|negozi online|интернет-магазинов|интернет-магазина|интернет-магазины|интернет-магазинах|сайту|сайтом|сайте|internetangebote|internetangeboten|online-angebote|online-angeboten|onlineangebote|webangebote|telemedienangebote|angebote|angeboten|noms de domaines|risorse web|risorsa web|risorse digitali|risorsa digitale|ressources numeriques|recursos digitales|digitale ressourcen|risorse informatiche|risorse online|risorse internet|recursos web|ressources web|ressources en ligne|webressourcen|веб-ресурсов|веб-ресурсы|веб-ресурса|noms de domaine|nom de domaine|nomi a dominio|nomi di dominio|nome a dominio|nombres de dominios|nombres de dominio|nombre de dominio|domain names|domain name|domainnamen|доменных имен|доменные имена|доменных имён|fqdn|fqdns|domanen|paginas web|paginas webs|webs|sitios de internet|portales|portalen|сайтами|ресурсами|интернет-ресурсы|порталы|порталам|порталах|services illegaux|services illicites|services iptv|services de television par iptv|services de televisions par iptv|servicios iptv|servizi iptv|iptv services|iptv-dienste|spazi web|spazio web|वेबसाइट्स|वेबसाइटें|वेबसाइटस|зеркал|зеркала|зеркало|نطاق|نطاقا|نطاقات|resources|web resources|internet resources|online resources|domain|domains|blog|blogs|dominio|dominios|domini|domaine|domaines|domain-namen|домен|домена|доменов|блог|блога|блогов|مدونه|مدونات|डोमेन|ब्लॉग|portal|portals|portail|portails|portale|portali|портал|портала|порталов|पोर्टल|पोर्टलों|sitio web|sitios web|sito web|siti web|site web|sites web|site internet|sites internet|ресурсам|ресурсах|сайтам|сайтах|ресурс|ресурса|ресурсов|ресурсы|интернет-ресурс|интернет-ресурсов|интернет-ресурса|site|sites|website|websites|web site|web sites|webseite|webseiten|internetseite|internetseiten|sitio|sitios|sito|siti|сайт|сайта|сайтов|сайты|веб-сайт|веб-сайтов|вебсайт|वेबसाइट|वेबसाइटों|जालस्थल|जालस्थलों|साइट|साइटों|साइट्स|साइटें|موقع|مواقع|موقعا|موقعين|موقعان|торговых площадок|торговые площадки|торговых площадках|торговым площадкам",
		"pages":         "турбостраница|турбостраницы|турбостраниц|турбостраницу|турбостраницам|турбостраницами|турбо-страниц|турбо-страницы|страницу|странице|страницей|страницами|страницах|страницам|интернет-страниц|интернет-страницы|интернет-страница|page|pages|seite|seiten|pagina|paginas|pagine|страница|страницы|страниц|पेज|पेजों|पृष्ठ|पृष्ठों|صفحه|صفحات|صفحتين|بيدج|بيجات|webpage|webpages",
		"posts":         "koos|tuit|tuits|твит|твита|твиты|твитов|твитам|твитами|твитах|hasskommentare|hasskommentaren|hasspostings|hassposting|hassbeitrage|hassbeitragen|تعليق|تعليقات|تعليقا|टिप्पणियां|टिप्पणियों|टिप्पणी|comments|commentaires|kommentare|kommentaren|commenti|comentarios|комментарии|комментариев|कमेंट्स|propos|публикациями|сообщениям|сообщениями|сообщениях|посту|постом|публикацию|постам|постах|публикациям|публикациях|ट्वीट्स|ट्वीटों|eintrag|eintrage|eintragen|postings|messaggi propagandistici|post|posts|message|messages|tweet|tweets|publication|publications|beitrag|beitrage|beitragen|posting|nachricht|nachrichten|publicacion|publicaciones|mensaje|mensajes|messaggio|messaggi|pubblicazione|pubblicazioni|пост|поста|постов|посты|публикация|публикации|публикаций|сообщение|сообщения|сообщений|पोस्ट|पोस्टों|पोस्ट्स|संदेश|संदेशों|ट्वीट|منشور|منشورات|منشورا|تغريده|تغريدات|رساله|رسائل|بوست|بوستات",
		"videos":        "filme|kurzfilme|kurzfilmen|filmato|filmati|видеоролику|видеороликом|видеоролики|видеороликам|видеороликах|ролики|video|videos|clip|clips|videoclip|videoclips|видео|видеоролик|видеоролика|видеороликов|ролик|ролика|роликов|वीडियो|वीडियोज|فيديو|فيديوهات|فيديوات|مقطع|مقاطع|مقطعا",
		"content_items": "missbrauchsdarstellungen|darstellungen des sexuellen missbrauchs|darstellungen sexualisierter gewalt|darstellungen sexueller gewalt|veroffentlichungen|dateien|instances of content|instances|images|bilder|immagini|imagenes|مضمون|مضامين|материалу|материалом|материале|materialien|materiali|materiales|محتويات|piezas|pieza|piezas de contenido|материалы|материалам|материалах|материалами|документах|документ|документа|документов|документы|документам|artikel|online-artikel|articles|कंटेंट|सामग्रियों|सामग्रियां|documenti|documento|documentos|articulos|articoli|documents|materials|extremist materials|единиц контента|единицу контента|media content|media contents|pieces of media|contenuti multimediali|contenus multimedias|медиаконтент|единиц контента|единицы контента|единица контента|عنصر محتوي|عناصر محتوي|عنصر من المحتوي|عناصر من المحتوي|قطعه من المحتوي|قطع من المحتوي|قطعه محتوي|قطعه|مواد دعائيه|elements de contenu|element de contenu|contenus en ligne|pieces of content|items of content|content items|content item|pieces of terrorist content|pieces of extremist content|items of terrorist content|pieces of propaganda|contenu|contenus|contenus terroristes|inhalt|inhalte|inhalten|contenido|contenidos|contenuto|contenuti|материал|материала|материалов|контент|контента|सामग्री|محتوي|ماده|مواد",
		"urls":          "यूआरएलों|यूआरएल्स|uniform resource locators|uniform resource locator|यूनिफॉर्म रिसोर्स लोकेटर|web address|web addresses|internet address|internet addresses|adresse web|adresses web|adresses url|direccion web|direcciones web|direcciones url|indirizzo web|indirizzi web|indirizzi internet|indirizzi url|webadresse|webadressen|internetadressen|веб-адрес|веб-адресов|адресов|адреса|ссылки url|url|urls|url-адрес|url-адресов|यूआरएल|यूआरल",
		"links":         "लिंकों|ссылку|ссылке|ссылкой|weblinks|weblink|ссылкам|ссылках|ссылками|web link|web links|वेब लिंक|वेब लिंकों|link|links|lien|liens|enlace|enlaces|collegamento|collegamenti|ссылка|ссылки|ссылок|लिंक|लिंक्स|رابط|روابط|رابطا|لينك|لينكات",
		"streams":       "streaming|live streams|live stream|livestreams|livestream|live-streams|live-stream|streams|illegal streams|flux en direct|diffusions en direct|streams illegaux|transmisiones en directo|trasmissioni in diretta|dirette streaming|прямых трансляций|трансляций|трансляции|लाइव स्ट्रीम|लाइव स्ट्रीमों",
		"alerts":        "alert|alerts|alerte|alertes|alerta|alertas|allerta|allerte|предупреждение|предупреждений|अलर्ट|تنبيه|تنبيهات",
		"notices":       "reportes|gemeldete falle|gemeldeten falle|gemeldeten fallen|жалобами|жалобах|reclamaciones|reclamacion|reclami|reclamo|beschwerdegegenstande|beschwerdegegenstanden|beschwerdegegenstand|жалобам|eingabe|eingaben|hinweis|hinweise|hinweisen|tip-offs|grievance reports|grievance report|user reports|reports|रिपोर्ट्स|रिपोर्ट|रिपोर्टें|रिपोर्टे|रिपोर्टों|complaint|complaints|beschwerde|beschwerden|meldung|meldungen|signalement|signalements|plainte|plaintes|denuncia|denuncias|segnalazione|segnalazioni|жалоба|жалобы|жалоб|शिकायत|कंप्लेंट|कंप्लेंट्स|कम्प्लेंट|कम्प्लेंट्स|शिकायतें|शिकायतों|شكوي|شكاوي|notice|notices|takedown notice|takedown notices|notification|notifications|notificacion|notificaciones|notifica|notifiche|уведомление|уведомления|уведомлений|नोटिस|اشعار|اشعارات|بلاغ|بلاغات|بلاغا",
		"requests":      "ordonnances de suppression|ordonnance de suppression|ordonnances de retrait|ordonnance de retrait|injonctions de retrait|injonction de retrait|injonctions de blocage|injonction de blocage|decisions for referral|decision for referral|aufforderungen|loschaufforderungen|आग्रहों|आग्रह|pedido|pedidos|user data requests|user data request|data requests|data request|istanza|istanze|обращениям|обращениями|обращениях|запросам|запросами|запросах|требованиями|требованиях|заявкам|заявками|заявках|requisitions numeriques|requisition numerique|requisiciones digitales|आवेदनों|требованиям|запросы|losch-ersuchen|loschersuchen|sperrersuchen|entfernungsersuchen|removal orders|removal order|takedown orders|takedown order|blocking orders|blocking order|ordenes de retirada|orden de retirada|ordenes para la retirada|ordenes de bloqueo|ordini di rimozione|ordine di rimozione|ordini di blocco|ordres de retrait|ordre de retrait|ordres de blocage|entfernungsanordnungen|loschanordnungen|sperranordnungen|demands|заявка|заявки|заявок|требование|требования|требований|обращение|обращения|обращений|request|requests|referral|referrals|saisine|saisines|demande|demandes|requete|requetes|anfrage|anfragen|ersuchen|solicitud|solicitudes|peticion|peticiones|richiesta|richieste|domande di rimozione|domande di cancellazione|domande di deindicizzazione|domande inviate|domande ricevute|domande presentate|domande pervenute|запрос|запроса|запросов|अनुरोध|अनुरोधों|طلب|طلبات|طلبا",
		"languages":     "языкам|языками|language|languages|langue|langues|sprache|sprachen|idioma|idiomas|lengua|lenguas|lingua|lingue|язык|языка|языках|языков|भाषा|भाषाओं|भाषाएं|भाषाओ|لغه|لغات|لغتين",
		"platforms":     "anbietern|diensteanbietern|plattformanbietern|ओटीटी|ओटीटी प्लेटफॉर्म|ओटीटी प्लेटफार्म|платформам|платформами|provider|providers|internet provider|internet providers|plate-forme|plates-formes|service provider|service providers|online service provider|online service providers|hosting service providers|hosting providers|video-sharing and online service providers|fournisseur de services|fournisseurs de services|fournisseurs de services en ligne|proveedor de servicios|proveedores de servicios|proveedores de servicios en linea|fornitore di servizi|fornitori di servizi|fornitori di servizi online|diensteanbieter|plattformbetreiber|провайдер|провайдеров|प्लेटफॉर्म्स|platform|platforms|plateforme|plateformes|plattform|plattformen|plataforma|plataformas|piattaforma|piattaforme|платформа|платформы|платформ|платформах|площадок|площадки|площадках|площадкам|интернет-площадок|интернет-площадки|интернет-площадках|प्लेटफॉर्म|प्लेटफार्म|प्लेटफॉर्मों|منصه|منصات",
		"companies":     "компаниям|компаниями|компаниях|company|companies|firm|firms|entreprise|entreprises|societe|societes|unternehmen|firmen|empresa|empresas|compania|companias|azienda|aziende|societa|компания|компании|компаний|कंपनी|कंपनियों|شركه|شركات",
		"countries":     "странам|странами|country|countries|pays|lander|landern|staaten|pais|paises|paese|paesi|nazioni|страна|страны|стран|странах|देश|देशों|دوله|دول|بلد|بلدان|بلدا",
		"member_states": "member countries|paises miembros|paises miembro|paesi membri|pays membres|member states|member state|etats membres|etat membre|mitgliedstaaten|mitgliedsstaaten|mitgliedstaat|estados miembros|estados miembro|stati membri|государств членов|государства члены|государствах членах|सदस्य देश|सदस्य देशों|دول اعضاء|دوله عضو|دوله عضوا",
		"users":         "lettori|lectores|lecteurs|читателей|читатели|usagers|usager|пользователям|nutzern|benutzern|usern|user|users|utilisateur|utilisateurs|internaute|internautes|nutzer|nutzerinnen|benutzer|usuario|usuarios|utente|utenti|пользователь|пользователя|пользователей|пользователи|उपयोगकर्ता|उपयोगकर्ताओं|यूजर|यूजर्स|مستخدم|مستخدما|مستخدمين|مستخدمون",
		"followers":     "подписчиками|подписчиках|followern|followerinnen|подписчики|подписчикам|fan|fans|suscriptores|suscriptor|suiveurs|suiveur|सब्सक्राइबर्स|सब्सक्राइबरों|सब्सक्राइबर्स|follower|followers|subscriber|subscribers|abonne|abonnes|abonnent|abonnenten|seguidor|seguidores|seguaci|iscritti|подписчик|подписчика|подписчиков|फॉलोअर्स|फॉलोअर|सब्सक्राइबर|متابع|متابعا|متابعين|متابعون|مشترك|مشتركين|مشتركا|معجب|معجبا|معجبين|معجبون|منخرط|منخرطا|منخرطين|منخرطون|abonnentin|abonnentinnen",
		"percent":       "%|٪|percent|per cent|percento|pct|pour cent|pourcent|prozent|por ciento|porciento|per cento|процент|процента|процентов|процентах|процентам|процентами|проценте|प्रतिशत|फीसदी|फीसद|بالمئه|بالمائه|في المئه|في المائه|بالميه",
	}
	for u, forms := range units {
		l.add(entry{cat: catUnit, s: u}, forms)
	}
	// Russian reports on Telegram call groups and channels together
	// "communities"
	l.add(entry{cat: catUnit, s: "groups_and_channels"}, "сообщество|сообщества|сообществ|сообществам|сообществах|сообществами|community|communities|comunidad|comunidades|communaute|communautes|comunita|комьюнити")
	// number words; Hindi also has the collective "all N" forms from
	// three on, which still count N: "इन पांचों फर्जी एकाउंट" (these five
	// fake accounts). "दोनों" (both) is left out as "both" is.
	nums := []struct {
		v     float64
		forms string
	}{
		{1, "one|uno|один|одна|одно|одного|одной|одну|одним|एक"},
		{2, "two|deux|zwei|dos|due|два|две|двух|двум|двумя|दो|اثنان|اثنين|اثنتان|اثنتين|اتنين"},
		{3, "three|trois|drei|tres|tre|три|трех|трем|тремя|तीन|तीनों|ثلاث|ثلاثه|ثلاثا|تلات|تلاته"},
		{4, "four|quatre|vier|cuatro|quattro|четыре|четырех|четырем|четырьмя|चार|चारों|اربع|اربعه|اربعا"},
		{5, "five|cinq|funf|cinco|cinque|пять|пяти|пятью|पांच|पांचों|پانچ|خمس|خمسه|خمسا"},
		{6, "six|sechs|seis|sei|шесть|шести|шестью|छह|छः|छहों|ست|سته|ستا"},
		{7, "seven|sept|sieben|siete|sette|семь|семи|सात|सातों|سبع|سبعه|سبعا"},
		{8, "eight|huit|acht|ocho|otto|восемь|восьми|восемью|आठ|आठों|ثمان|ثماني|ثمانيه|تمان|تمانيه"},
		{9, "nine|neuf|neun|nueve|nove|девять|девяти|девятью|नौ|تسع|تسعه|تسعا"},
		{10, "ten|dix|zehn|diez|dieci|десять|десяти|десятью|दस|عشر|عشره"},
		{11, "eleven|onze|elf|once|undici|одиннадцать|одиннадцати|одиннадцатью|ग्यारह|احد عشر|احدي عشره|حداشر"},
		{12, "twelve|douze|zwolf|doce|dodici|двенадцать|двенадцати|двенадцатью|बारह|اثنا عشر|اثني عشر|اثنتا عشره|اثنتي عشره|اتناشر"},
		{13, "thirteen|treize|dreizehn|trece|tredici|тринадцать|тринадцати|тринадцатью|तेरह|تلتاشر"},
		{14, "fourteen|quatorze|vierzehn|catorce|quattordici|четырнадцать|четырнадцати|четырнадцатью|चौदह|اربعتاشر"},
		{15, "fifteen|quinze|funfzehn|quince|quindici|пятнадцать|пятнадцати|пятнадцатью|पंद्रह|पन्द्रह|خمستاشر"},
		{16, "sixteen|seize|sechzehn|dieciseis|sedici|шестнадцать|шестнадцати|шестнадцатью|सोलह|ستاشر"},
		{17, "seventeen|dix-sept|siebzehn|diecisiete|diciassette|семнадцать|семнадцати|семнадцатью|सत्रह|سبعتاشر"},
		{18, "eighteen|dix-huit|achtzehn|dieciocho|diciotto|восемнадцать|восемнадцати|восемнадцатью|अठारह|تمنتاشر"},
		{19, "nineteen|dix-neuf|neunzehn|diecinueve|diciannove|девятнадцать|девятнадцати|девятнадцатью|उन्नीस|تسعتاشر"},
		{20, "twenty|vingt|zwanzig|veinte|venti|двадцать|двадцати|двадцатью|बीस|عشرون|عشرين"},
		{21, "veintiuno|veintiun|veintiuna|ventuno"},
		{22, "veintidos|ventidue"},
		{23, "veintitres|ventitre"},
		{24, "veinticuatro|ventiquattro"},
		{25, "veinticinco|venticinque"},
		{26, "veintiseis|ventisei"},
		{27, "veintisiete|ventisette"},
		{28, "veintiocho|ventotto"},
		{29, "veintinueve|ventinove"},
		{30, "thirty|trente|dreissig|dreißig|treinta|trenta|тридцать|тридцати|तीस|ثلاثون|ثلاثين|تلاتين|тридцатью"},
		{40, "forty|quarante|vierzig|cuarenta|quaranta|сорок|сорока|चालीस|اربعون|اربعين"},
		{50, "fifty|cinquante|funfzig|cincuenta|cinquanta|пятьдесят|пятидесяти|पचास|خمسون|خمسين|пятьюдесятью"},
		{60, "sixty|soixante|sechzig|sesenta|sessanta|шестьдесят|шестидесяти|साठ|ستون|ستين|шестьюдесятью"},
		{70, "seventy|soixante-dix|septante|siebzig|setenta|settanta|семьдесят|семидесяти|सत्तर|سبعون|سبعين|семьюдесятью"},
		{80, "eighty|quatre-vingt|quatre-vingts|huitante|octante|achtzig|ochenta|ottanta|восемьдесят|восьмидесяти|अस्सी|ثمانون|ثمانين|تمانين|восемьюдесятью"},
		{90, "ninety|quatre-vingt-dix|nonante|neunzig|noventa|novanta|девяносто|девяноста|नब्बे|تسعون|تسعين"},
		{100, "cien|ciento|сто|ста|مئه|مائه|ميه|einhundert"},
		{200, "doscientos|doscientas|двести|двухсот|مئتان|مئتين|مائتان|مائتين|مئتي|مائتي|مئتا|مائتا|duecento|двумстам|двумястами"},
		{300, "trescientos|trescientas|триста|трехсот|ثلاثمئه|ثلاثمائه|trecento|тремстам|тремястами"},
		{400, "cuatrocientos|четыреста|четырехсот|اربعمئه|اربعمائه|quattrocento|четыремстам"},
		{500, "quinientos|quinientas|пятьсот|пятисот|خمسمئه|خمسمائه|cinquecento|пятистам"},
		{600, "seiscientos|шестьсот|шестисот|ستمئه|ستمائه|seicento|шестистам"},
		{700, "setecientos|семьсот|семисот|سبعمئه|سبعمائه|settecento|семистам"},
		{800, "ochocientos|восемьсот|восьмисот|ثمانمئه|ثمانمائه|ottocento|восьмистам"},
		{900, "novecientos|девятьсот|девятисот|تسعمئه|تسعمائه|novecento|девятистам"},
		{2000, "الفين|الفان|الفي"},
		{2e6, "مليونين|مليونان|مليوني"},
		{2e9, "مليارين|ملياران|ملياري"},
	}
	// Hindi numbers from 21 to 99 are words of their own, not tens and ones;
	// the doubled ट्ठ and the -नबे ending are often written अठ- and -नवे
	hiNums := []struct {
		v     float64
		forms string
	}{
		{21, "इक्कीस"},
		{22, "बाईस"},
		{23, "तेईस"},
		{24, "चौबीस"},
		{25, "पच्चीस"},
		{26, "छब्बीस"},
		{27, "सत्ताईस"},
		{28, "अट्ठाईस|अठाईस"},
		{29, "उनतीस"},
		{31, "इकतीस|इकत्तीस"},
		{32, "बत्तीस"},
		{33, "तैंतीस|तेंतीस"},
		{34, "चौंतीस"},
		{35, "पैंतीस"},
		{36, "छत्तीस"},
		{37, "सैंतीस"},
		{38, "अड़तीस"},
		{39, "उनतालीस"},
		{41, "इकतालीस"},
		{42, "बयालीस"},
		{43, "तैंतालीस"},
		{44, "चवालीस|चौवालीस"},
		{45, "पैंतालीस"},
		{46, "छियालीस"},
		{47, "सैंतालीस"},
		{48, "अड़तालीस"},
		{49, "उनचास"},
		{51, "इक्यावन"},
		{52, "बावन"},
		{53, "तिरपन"},
		{54, "चौवन"},
		{55, "पचपन"},
		{56, "छप्पन"},
		{57, "सत्तावन"},
		{58, "अट्ठावन|अठावन"},
		{59, "उनसठ"},
		{61, "इकसठ"},
		{62, "बासठ"},
		{63, "तिरसठ"},
		{64, "चौंसठ"},
		{65, "पैंसठ"},
		{66, "छियासठ"},
		{67, "सड़सठ|सरसठ"},
		{68, "अड़सठ"},
		{69, "उनहत्तर"},
		{71, "इकहत्तर"},
		{72, "बहत्तर"},
		{73, "तिहत्तर"},
		{74, "चौहत्तर"},
		{75, "पचहत्तर"},
		{76, "छिहत्तर"},
		{77, "सतहत्तर"},
		{78, "अठहत्तर|अठत्तर"},
		{79, "उन्यासी|उनासी"},
		{81, "इक्यासी"},
		{82, "बयासी"},
		{83, "तिरासी"},
		{84, "चौरासी"},
		{85, "पचासी"},
		{86, "छियासी"},
		{87, "सत्तासी"},
		{88, "अट्ठासी|अठासी"},
		{89, "नवासी"},
		{91, "इक्यानबे|इक्यानवे"},
		{92, "बानबे|बानवे"},
		{93, "तिरानबे|तिरानवे"},
		{94, "चौरानबे|चौरानवे"},
		{95, "पचानबे|पचानवे|पंचानवे"},
		{96, "छियानबे|छियानवे"},
		{97, "सत्तानबे|सत्तानवे"},
		{98, "अट्ठानबे|अट्ठानवे|अठानवे|अठानबे"},
		{99, "निन्यानबे|निन्यानवे"},
	}
	nums = append(nums, hiNums...)
	// half a thousand, million or billion in one Russian word: "более
	// полумиллиона групп и каналов" (пол- and its genitive полу-)
	nums = append(nums, []struct {
		v     float64
		forms string
	}{
		{500, "полтысячи|полутысячи|пол тысячи"},
		{5e5, "полмиллиона|полумиллиона|полмиллион|полумиллионом|пол миллиона"},
		{5e8, "полмиллиарда|полумиллиарда|полмиллиард|пол миллиарда"},
	}...)
	for _, n := range nums {
		l.add(entry{cat: catNum, v: n.v}, n.forms)
	}
	l.add(entry{cat: catMul, v: 100}, "hundred|hundreds|cent|cents|hundert|cento|сотни|сотен|сотню|सौ")
	l.add(entry{cat: catScale, v: 1e3}, "thousand|mille|mila|tausend|mil|тысяча|тысячи|тысяч|тысячу|тысячам|тысячами|тысячах|тысяче|тысячей|тысячью|हजार|الف|الاف|الفا|آلاف")
	l.add(entry{cat: catScale, v: 1e3, abbr: true}, "tsd|тыс")
	l.add(entry{cat: catScale, v: 1e6}, "million|millions|millionen|millon|millones|milione|milioni|миллион|миллиона|миллионов|миллионам|миллионах|миллионе|миллионом|миллионами|миллиону|मिलियन|مليون|ملايين|مليونا")
	l.add(entry{cat: catScale, v: 1e6, abbr: true}, "mio|mln|млн|mn")
	l.add(entry{cat: catScale, v: 1e9}, "billion|billions|milliard|milliards|milliarde|milliarden|miliardo|miliardi|миллиард|миллиарда|миллиардов|миллиардам|миллиардах|миллиарде|миллиардом|миллиарду|مليار|مليارات|مليارا")
	l.add(entry{cat: catScale, v: 1e9, abbr: true}, "mrd|млрд|bn")
	l.add(entry{cat: catScale, v: 1e5}, "लाख|lakh|lakhs")
	l.add(entry{cat: catScale, v: 1e7}, "करोड|crore|crores")
	l.add(entry{cat: catScale, v: 1e9}, "अरब")
	l.add(entry{cat: catGluedScale, v: 1e3}, "k|mila|mil|тыс")
	l.add(entry{cat: catGluedScale, v: 1e6}, "m|mn|mio|млн")
	l.add(entry{cat: catGluedScale, v: 1e9}, "bn|mrd|млрд")
	l.add(entry{cat: catArticle, v: 1}, "a|an|un|une|ein|eine|einer|uno|una|otro|otra|altro|altra|один|одна|एक")
	l.add(entry{cat: catApprox, v: 10}, "dizaine|decina|decena|десяток|десятка")
	l.add(entry{cat: catApprox, v: 12}, "dozen|douzaine|dutzend|docena|dozzina|дюжина")
	l.add(entry{cat: catApprox, v: 15}, "quinzaine|quindicina")
	l.add(entry{cat: catApprox, v: 20}, "vingtaine|ventina|veintena")
	l.add(entry{cat: catApprox, v: 30}, "trentaine|trentina|treintena")
	l.add(entry{cat: catApprox, v: 40}, "quarantaine|quarantina|cuarentena")
	l.add(entry{cat: catApprox, v: 50}, "cinquantaine|cinquantina|cincuentena")
	l.add(entry{cat: catApprox, v: 60}, "soixantaine|sessantina")
	l.add(entry{cat: catApprox, v: 70}, "settantina")
	l.add(entry{cat: catApprox, v: 80}, "ottantina")
	l.add(entry{cat: catApprox, v: 90}, "novantina")
	l.add(entry{cat: catApprox, v: 1000}, "millier|migliaio|millar")
	l.add(entry{cat: catApprox, v: 100}, "centaine|centinaio|centenar|сотня")

	quals := map[app.Qualifier]string{
		app.QualMoreThan: "north of|يتجاوز|تتجاوز|تجاوزت|تجاوز|يتخطى|تتخطى|تخطت|تخطى|يفوق|exceeded|exceeds|surpassed|topped|depasse|depassent|depassait|supero|superaron|supera|superan|superado|superada|superados|superadas|superaba|superaban|superato|superano|uberstieg|ubersteigt|uberschritt|uberschreitet|превысило|превысил|превысила|превысили|превышает|превышают|more than|greater than|larger than|over|upwards of|upward of|in excess of|plus de|plus d|au-dela de|uber|gut|mehr als|mas de|mas del|oltre|piu di|более|более чем|больше|свыше|اكثر من|اكتر من|ما يزيد عن|ما يزيد علي|يزيد عن|يزيد علي|تزيد عن|تزيد علي|ما يربو علي|ازيد من|ما يفوق|just over|poco piu di|poco mas de|un peu plus de|un peu plus d",
		app.QualAtLeast:  "nada menos que|no menos que|nientemeno che|pas moins de|pas moins d|nicht weniger als|no menos de|non meno di|at least|no fewer than|no less than|au moins|mindestens|al menos|por lo menos|almeno|не менее|не меньше|по меньшей мере|как минимум|ما لا يقل عن|कम से कम|au minimum|au minimum de|como minimo|a minimum of",
		app.QualUpTo:     "just under|poco meno di|poco menos de|un peu moins de|un peu moins d|не больше|не более|no more than|not more than|pas plus de|nicht mehr als|no mas de|non piu di|menos del|meno del|meno dell|up to|as many as|jusqu a|bis zu|hasta|fino a|до|حتي|ما يصل الي|ما يصل إلى|less than|fewer than|under|moins de|moins d|weniger als|menos de|meno di|менее|меньше|اقل من",
		app.QualAbout:    "~|практически|без малого|приблизилась к|приблизилось к|приблизился к|приблизились к|approaching|nearing|quasiment|about|autour de|autour d|pres d|en torno a|en torno al|en torno a los|attorno a|nearly|almost|around|roughly|approximately|some|an estimated|close to|circa|approx|environ|pres de|presque|quelque|quelques|etwa|rund|ca|zirka|cirka|knapp|fast|annahernd|ungefahr|unos|unas|alrededor de|cerca de|casi|aproximadamente|quasi|intorno a|около|почти|примерно|порядка|приблизительно|نحو|حوالي|قرابه|ما يقارب|ما يقرب من|زهاء|تقريبا|लगभग|करीब|तकरीबन",
		app.QualAverage:  "متوسط|معدل|an average of|on average|averaging|averaged|average|en moyenne|une moyenne de|durchschnittlich|im schnitt|im durchschnitt|en promedio|un promedio de|una media de|de media|in media|una media di|в среднем|بمعدل|بمتوسط|في المتوسط|औसतन|औसत",
	}
	for q, forms := range quals {
		l.add(entry{cat: catQualBefore, s: string(q)}, forms)
	}
	l.add(entry{cat: catQualAfter, s: string(app.QualMoreThan)}, "के पार|से अधिक|से ज्यादा|से ज़्यादा|से भी अधिक|से भी ज्यादा|से भी ज़्यादा|से भी अधिक|or more|ou plus|oder mehr|o mas|o piu|и более|او اكثر")
	l.add(entry{cat: catQualAfter, s: string(app.QualAtLeast)}, "at least|au moins|mindestens|al menos|almeno|على الأقل|علي الاقل|как минимум")
	l.add(entry{cat: catQualAfter, s: string(app.QualUpTo)}, "से कम|से भी कम|तक")
	l.add(entry{cat: catQualAfter, s: string(app.QualAbout)}, "تقريبا|environ|circa|etwa|примерно|लगभग")
	l.add(entry{cat: catRate, s: string(app.RatePerDay)}, "يوميا|في اليوم|كل يوم|باليوم|daily|a day|per day|each day|every day|par jour|chaque jour|quotidiennement|pro tag|jeden tag|taglich|am tag|al dia|por dia|diariamente|cada dia|diarios|diarias|al giorno|ogni giorno|quotidianamente|в день|ежедневно|ежедневной блокировке|ежедневной блокировки|ежедневная блокировка|ежедневную блокировку|ежедневные блокировки|ежедневных блокировках|ежедневное удаление|ежедневном удалении|ежедневного удаления|в сутки|каждый день|प्रतिदिन|हर दिन|रोजाना|प्रति दिन")
	l.add(entry{cat: catRate, s: string(app.RatePerMonth)}, "شهريا|في الشهر|كل شهر|monthly|a month|per month|each month|every month|par mois|chaque mois|mensuellement|pro monat|jeden monat|monatlich|im monat|al mes|por mes|cada mes|mensualmente|al mese|ogni mese|в месяц|ежемесячно|ежемесячной блокировке|ежемесячной блокировки|ежемесячная блокировка|ежемесячную блокировку|ежемесячные блокировки|ежемесячных блокировках|ежемесячное удаление|ежемесячном удалении|ежемесячного удаления|каждый месяц|प्रति माह|हर महीने|प्रतिमाह|मासिक")

	months := []string{
		"january|jan|janvier|janv|januar|jan|enero|gennaio|январь|января|जनवरी|يناير|كانون الثاني|جانفي|январе",
		"february|feb|fevrier|fevr|februar|febrero|febbraio|февраль|февраля|फरवरी|فبراير|شباط|فيفري|феврале",
		"march|mar|mars|marz|marzo|март|марта|मार्च|مارس|اذار|марте",
		"april|apr|avril|avr|abril|aprile|апрель|апреля|अप्रैल|ابريل|نيسان|افريل|апреле",
		"may|mai|mayo|maggio|май|мая|मई|مايو|ايار|ماي|мае",
		"june|jun|juin|juni|junio|giugno|июнь|июня|जून|يونيو|يونيه|حزيران|جوان|июне",
		"july|jul|juillet|juil|juli|julio|luglio|июль|июля|जुलाई|يوليو|يوليه|تموز|جويليه|июле",
		"august|aug|aout|agosto|август|августа|अगस्त|اغسطس|اب|اوت|августе",
		"september|sep|sept|septembre|septiembre|settembre|сентябрь|сентября|सितंबर|सितम्बर|سبتمبر|ايلول|сентябре",
		"october|oct|octobre|oktober|okt|octubre|ottobre|октябрь|октября|अक्टूबर|اكتوبر|تشرين الاول|октябре",
		"november|nov|novembre|noviembre|ноябрь|ноября|नवंबर|नवम्बर|نوفمبر|تشرين الثاني|نونبر|ноябре",
		"december|dec|decembre|dezember|dez|diciembre|dicembre|декабрь|декабря|दिसंबर|दिसम्बर|ديسمبر|كانون الاول|دجنبر|декабре",
	}
	for m, forms := range months {
		l.add(entry{cat: catMonth, v: float64(m + 1)}, forms)
	}
	days := []string{
		"sunday|dimanche|sonntag|domingo|domenica|воскресенье|रविवार|الاحد",
		"monday|lundi|montag|lunes|lunedi|понедельник|सोमवार|الاثنين|الإثنين",
		"tuesday|mardi|dienstag|martes|martedi|вторник|मंगलवार|الثلاثاء",
		"wednesday|mercredi|mittwoch|miercoles|mercoledi|среда|среду|बुधवार|الاربعاء",
		"thursday|jeudi|donnerstag|jueves|giovedi|четверг|गुरुवार|الخميس",
		"friday|vendredi|freitag|viernes|venerdi|пятница|пятницу|शुक्रवार|الجمعه",
		"saturday|samedi|samstag|sonnabend|sabado|sabato|суббота|субботу|शनिवार|السبت",
	}
	for d, forms := range days {
		l.add(entry{cat: catWeekday, v: float64(d)}, forms)
	}
	l.add(entry{cat: catYearIntro}, "in|since|until|till|by|during|year|early|mid|late|en|depuis|annee|des|jusqu en|im|seit|jahr|jahres|desde|ano|nel|dal|anno|entro|в|с|году|года|год|साल|वर्ष|सन|عام|العام|سنه|السنه|منذ|في عام|خلال عام")
	l.add(entry{cat: catYearAfter}, "года|году|год|г|гг|م|هـ|ه|में")
	l.add(entry{cat: catCurrency}, "$|€|£|¥|₹|₽|usd|eur|dollars|dollar|euros|euro|pounds|rupees|roubles|rubles|рублей|руб|рубля|долларов|евро|रुपये|दोलर|دولار|دولارا|يورو|جنيه")
	// currencies named in English reports from Asia, Africa and Latin
	// America: "a further 5 million baht", "RM50,000 or 10,000 ringgit"
	l.add(entry{cat: catCurrency}, "baht|ringgit|rupiah|taka|naira|cedis|shillings|pesos|reais|yuan|yen|lira|dirhams|riyals|dinars|francs")

	// time units stop the unit search and make a number a duration
	l.add(entry{cat: catBlock, time: true}, strings.Join([]string{
		"hour|hours|minute|minutes|second|seconds|day|days|week|weeks|month|months|year|years|decade|decades|hrs|min|mins",
		"heure|heures|jour|jours|semaine|semaines|mois|an|ans|annee|annees",
		"stunde|stunden|minuten|tag|tage|tagen|woche|wochen|monat|monate|monaten|jahr|jahre|jahren",
		"hora|horas|minuto|minutos|dia|dias|semana|semanas|mes|meses|ano|anos",
		"ora|ore|minuti|giorno|giorni|settimana|settimane|mese|mesi|anno|anni",
		"час|часа|часов|минута|минут|день|дня|дней|сутки|суток|неделя|недели|недель|месяц|месяца|месяцев|год|года|лет",
		"घंटे|घंटा|मिनट|दिन|दिनों|सप्ताह|हफ्ते|महीने|महीना|महीनों|साल|वर्ष|वर्षों",
		"ساعه|ساعات|دقيقه|دقائق|يوم|يوما|يومين|ايام|اسبوع|اسابيع|اسبوعين|شهر|شهرا|شهرين|اشهر|شهور|سنه|سنوات|سنتين|عام|اعوام|عامين|اعوام",
	}, "|"))
	l.add(entry{cat: catBlock}, strings.Join([]string{
		// function words
		"of|the|in|on|at|for|to|from|by|with|and|or|but|were|was|are|is|be|been|have|has|had|that|which|who|this|these|those|its|their|his|her|our|than|including|per|into|as|out|people|persons|individuals|times|members|fighters|attacks|killed",
		// cases are what such a count counts: "in 5,4 Millionen Fällen Inhalte"
		"cases|instances|cas|fallen|falle|casos|casi|случаях|случаев|случая|मामलों|मामले|حالة|حالات",
		"de|du|des|la|le|les|et|dans|sur|par|pour|avec|qui|que|ont|sont|ete|leur|leurs|ses|personnes",
		"der|die|das|den|dem|und|auf|aus|bei|mit|von|vom|zu|zum|zur|fur|nach|als|wie|sind|waren|wurden|wurde|hat|haben|ist|war|menschen|personen",
		"el|los|las|del|y|por|para|con|son|fueron|sus|personas",
		"il|lo|gli|di|da|nel|della|dei|delle|e|per|su|che|sono|stati|persone",
		"на|и|по|из|за|что|к|от|для|не|о|об|у|а|но|или|как|это|были|был|было|человек",
		"ने|को|में|से|का|की|के|और|है|था|थे|पर|लोगों|लोग",
	}, "|"))
	l.add(entry{cat: catJoin}, "and|&|/|et|und|y|e|и|और")
	l.add(entry{cat: catTotal}, "total|in total|overall|all told|au total|en tout|insgesamt|gesamt|im ganzen|en total|total acumulado|in totale|totale|complessivamente|всего|итого|в общей сложности|المجموع|الاجمالي|اجمالي|الحصيله|कुल")
	l.add(entry{cat: catPart}, "of these|of those|among these|among those|di questi|di queste|tra questi|tra queste|fra questi|fra queste|parmi ceux-ci|parmi celles-ci|parmi elles|von diesen|unter diesen|de estos|de estas|entre estos|entre estas|из этих|среди них|من هذه|من بين هذه|of which|of whom|of them|among them|among which|including|incluidas|incluidos|incluyendo|inclusi|incluse|compresi|comprese|y entre ellas|entre ellas|wovon|notamment|namely|dont|parmi lesquels|parmi lesquelles|parmi eux|davon|darunter|von denen|von welchen|unter denen|dei quali|delle quali|desquels|desquelles|de ellos|de ellas|de los cuales|de las cuales|entre ellos|en concreto|di cui|tra cui|fra cui|из них|из которых|в их числе|в том числе|включая|منها|من بينها|من بينهم|منهم|بينها|جميعها|जिनमें से|इनमें से|जिनमें|में से")
	l.add(entry{cat: catOrdinal}, "st|nd|rd|th|er|re|e|eme|ieme|ere|o|a|º|ª|°|te|ten|ter|tes|й|я|го|е|м|х|ый|ой|ая")

	platforms := map[string]string{
		"Telegram":  "isis watch|isiswatch|telegram|تلغرام|تليغرام|تيليجرام|تيليغرام|تلجرام|تليجرام|تلغرم|телеграм|телеграма|телеграме|телеграмом|телеграмм|телеграмма|телеграмме|टेलीग्राम|टेलिग्राम",
		"Twitter":   "twitter|تويتر|твиттер|твиттера|твиттере|ट्विटर|एक्स",
		"Facebook":  "facebook|فيسبوك|فيس بوك|فايسبوك|фейсбук|फेसबुक",
		"YouTube":   "youtube|يوتيوب|ютуб|यूट्यूब|यूट्यूब",
		"TikTok":    "tiktok|tik tok|تيك توك|تيكتوك|тикток|टिकटॉक|टिकटोक",
		"VK":        "vkontakte|вконтакте|в контакте|فكونتاكتي",
		"WhatsApp":  "whatsapp|واتساب|واتس اب|ватсап|вотсап|व्हाट्सएप|व्हाट्सऐप",
		"Instagram": "instagram|انستغرام|انستجرام|انستقرام|инстаграм|इंस्टाग्राम",
		"Google":    "google|جوجل|غوغل|гугл|गूगल",
		"Microsoft": "microsoft|مايكروسوفت|майкрософт|माइक्रोसॉफ्ट",
		"Discord":   "discord|ديسكورد|дискорд",
		"Reddit":    "reddit|ريديت",
		"Snapchat":  "snapchat|سناب شات|سناب",
		"TamTam":    "tamtam",
	}
	for p, forms := range platforms {
		l.add(entry{cat: catPlatform, s: p}, forms)
	}
	l.add(entry{cat: catPlatform, s: "Facebook", cs: "x"}, "Meta")
	l.add(entry{cat: catPlatform, s: "VK", cs: "x"}, "VK")
	l.add(entry{cat: catPlatform, s: "Twitter", cs: "x", ctxX: true}, "X")
	groups := map[string]string{
		"ISIS":       "isis|isil|daesh|daech|daish|داعش|تنظيم الدوله|الدوله الاسلاميه|دوله الخلافه|islamic state|etat islamique|islamischer staat|islamischen staat|islamischen staates|estado islamico|stato islamico|игил|исламское государство|исламского государства|исламским государством|इस्लामिक स्टेट|आईएसआईएस|आईएसआईएल|आईएस",
		"al-Qaeda":   "al-qaeda|al qaeda|al-qaida|al qaida|alqaeda|al-kaida|al kaida|القاعده|аль-каида|аль-каиды|अल-कायदा|अल कायदा",
		"Hamas":      "hamas|حماس|хамас|हमास",
		"Hezbollah":  "hezbollah|hizbollah|hisbollah|حزب الله|хезболла|हिजबुल्लाह",
		"Taliban":    "taliban|talibans|طالبان|талибан|талибы|तालिबान",
		"Boko Haram": "boko haram|بوكو حرام|боко харам",
		"al-Shabaab": "al-shabaab|al-shabab|shabaab|حركه الشباب",
		"HTS":        "hayat tahrir al-sham|hay'at tahrir al-sham|هيئه تحرير الشام",
		"al-Nusra":   "al-nusra|nusra front|جبهه النصره",
	}
	for g, forms := range groups {
		l.add(entry{cat: catActor, s: g, grp: true}, forms)
	}
	l.add(entry{cat: catActor, s: "ISIS", grp: true, cs: "x"}, "IS|EI|ISIS|ИГ")
	others := map[string]string{
		"Europol":                "europol|يوروبول|اليوروبول|европол|यूरोपोल",
		"EU IRU":                 "eu iru|iru|internet referral unit|eu internet referral unit",
		"Tech Against Terrorism": "tech against terrorism",
		"GIFCT":                  "gifct|global internet forum to counter terrorism",
		"MEMRI":                  "memri|معهد ابحاث الاعلام في الشرق الاوسط|معهد الشرق الاوسط لابحاث الاعلام",
	}
	for a, forms := range others {
		l.add(entry{cat: catActor, s: a}, forms)
	}

	// known sources
	src := []struct {
		kind  app.SourceKind
		name  string
		forms string
	}{
		{app.SourceWire, "Reuters", "reuters|رويترز|рейтер|рейтерс|रॉयटर्स"},
		{app.SourceWire, "AFP", "afp|agence france-presse|agence france presse|فرانس برس|وكاله الصحافه الفرنسيه|франс пресс|एएफपी"},
		{app.SourceWire, "AP", "associated press|اسوشيتد برس|ассошиэйтед пресс"},
		{app.SourceWire, "dpa", "dpa|deutsche presse-agentur"},
		{app.SourceWire, "ANSA", "ansa"},
		{app.SourceWire, "EFE", "efe|agencia efe"},
		{app.SourceWire, "Europa Press", "europa press"},
		{app.SourceWire, "TASS", "tass|тасс"},
		{app.SourceWire, "Interfax", "interfax|интерфакс"},
		{app.SourceWire, "RIA Novosti", "ria novosti|риа новости"},
		{app.SourceWire, "PTI", "pti|press trust of india|पीटीआई"},
		{app.SourceWire, "IANS", "ians"},
		{app.SourceNewsOutlet, "Daily Beast", "daily beast|the daily beast|ديلي بيست"},
		{app.SourceNewsOutlet, "TechCrunch", "techcrunch|تك كرانش"},
		{app.SourceNewsOutlet, "BBC", "bbc|بي بي سي|би-би-си|बीबीसी"},
		{app.SourceNewsOutlet, "CNN", "cnn|سي ان ان"},
		{app.SourceNewsOutlet, "The Guardian", "guardian|the guardian"},
		{app.SourceNewsOutlet, "The New York Times", "new york times|the new york times|نيويورك تايمز"},
		{app.SourceNewsOutlet, "The Washington Post", "washington post|the washington post|واشنطن بوست"},
		{app.SourceNewsOutlet, "Wall Street Journal", "wall street journal|the wall street journal|وول ستريت جورنال"},
		{app.SourceNewsOutlet, "Le Monde", "le monde"},
		{app.SourceNewsOutlet, "Le Figaro", "le figaro"},
		{app.SourceNewsOutlet, "Der Spiegel", "der spiegel|spiegel"},
		{app.SourceNewsOutlet, "El País", "el pais"},
		{app.SourceNewsOutlet, "Corriere della Sera", "corriere della sera"},
		{app.SourceNewsOutlet, "Al Jazeera", "al jazeera|الجزيره"},
		{app.SourceNewsOutlet, "Sky News", "sky news|سكاي نيوز"},
		{app.SourceNewsOutlet, "Bloomberg", "bloomberg|بلومبرغ"},
		{app.SourceNewsOutlet, "The Verge", "the verge"},
		{app.SourceNewsOutlet, "Wired", "wired"},
		{app.SourceNewsOutlet, "Kommersant", "kommersant|коммерсант|коммерсантъ"},
		{app.SourceNewsOutlet, "RBC", "rbc|рбк"},
		{app.SourceNewsOutlet, "NDTV", "ndtv|एनडीटीवी"},
		{app.SourceNewsOutlet, "The Hindu", "the hindu"},
		{app.SourceNewsOutlet, "Times of India", "times of india|the times of india"},
		{app.SourceNewsOutlet, "Politico", "politico"},
		{app.SourceNewsOutlet, "Vice", "vice news"},
		{app.SourceThinkTank, "MEMRI", "memri|معهد ابحاث الاعلام في الشرق الاوسط|معهد الشرق الاوسط لابحاث الاعلام"},
		{app.SourceThinkTank, "Institute for Strategic Dialogue", "institute for strategic dialogue|isd"},
		{app.SourceThinkTank, "Counter Extremism Project", "counter extremism project"},
		{app.SourceThinkTank, "SITE Intelligence Group", "site intelligence group|site intelligence"},
		{app.SourceThinkTank, "Brookings", "brookings|brookings institution"},
		{app.SourceThinkTank, "RAND", "rand corporation"},
		{app.SourceThinkTank, "ICSR", "icsr"},
		{app.SourceNGO, "Tech Against Terrorism", "tech against terrorism"},
		{app.SourceNGO, "GIFCT", "gifct"},
		{app.SourceGovernment, "Europol", "europol|يوروبول|اليوروبول|европол|европола|европолом|यूरोपोल"},
		{app.SourceGovernment, "EU IRU", "eu iru|internet referral unit|eu internet referral unit"},
		{app.SourceGovernment, "Roskomnadzor", "roskomnadzor|роскомнадзор|роскомнадзора|ркн"},
		{app.SourceGovernment, "FBI", "fbi|اف بي اي|фбр"},
		{app.SourceGovernment, "Home Office", "home office"},
		// France's foreign ministry, by its seat as reports name it ("selon
		// le Quai d'Orsay"): a capitalised name cut at its apostrophe once
		// gave "Quai" alone
		{app.SourceGovernment, "Quai d'Orsay", "quai d orsay|quai dorsay"},
		{app.SourceGovernment, "European Commission", "european commission|commission europeenne|europaische kommission|comision europea|commissione europea|еврокомиссия"},
	}
	for _, s := range src {
		l.add(entry{cat: catSource, s: s.name, kind: s.kind}, s.forms)
	}
	for p, forms := range platforms {
		l.add(entry{cat: catSource, s: p, kind: app.SourcePlatformStatement}, forms)
	}

	l.add(entry{cat: catAttrBefore, role: app.RoleStatedBy}, "according to|as stated by|selon|d apres|laut|zufolge|segun|de acuerdo con|secondo|stando a|по данным|по словам|по информации|по сведениям|согласно|بحسب|حسب|وفقا ل|وفقا|طبقا ل|طبقا|نقلا عن|قال|قالت|اعلن|اعلنت|اكد|اكدت|ذكر|ذكرت|افاد|افادت|اوضح|اوضحت|كشف|كشفت|اشار|اشارت|يقول|تقول|اوضح")
	l.add(entry{cat: catAttrAfter, role: app.RoleStatedBy}, "said|says|announced|stated|reported|reports|wrote|explained|confirmed|claimed|a declare|a annonce|affirme|a affirme|indique|a indique|erklarte|teilte|sagte|berichtete|meldete|dijo|afirmo|anuncio|informo|aseguro|ha dichiarato|ha annunciato|ha detto|ha affermato|ha comunicato|ha riferito|заявил|заявила|заявили|сообщил|сообщила|сообщили|сообщает|рассказал|заявило|сообщило|передает|приводит|ответили|уточнили|уточнил|говорил|rappelle|a precise|ने कहा|ने बताया|ने घोषणा|के अनुसार|के मुताबिक|ने दावा")
	l.add(entry{cat: catTold, role: app.RoleReportedBy}, "told|a dit a|sagte der|sagte dem|dijo a|ha detto a|рассказал|рассказала|рассказали|заявил изданию|لموقع|لصحيفه|لوكاله|لقناه|told the|"+
		"interviewed by|in an interview with|interviewe par|interviewee par|interviewes par")
	l.add(entry{cat: catStatement}, "in a statement|in a blog post|in a post|dans un communique|dans un message|in einer erklarung|in einer mitteilung|en un comunicado|in una nota|in un comunicato|в заявлении|в сообщении|एक बयान में|في بيان|في منشور|على صفحته|على صفحتها|على موقعه|on its blog|on its channel|in its channel")
	l.add(entry{cat: catAdded}, "added|ajoute|a ajoute|fugte hinzu|anadio|ha aggiunto|aggiunto|добавил|добавила|добавили|जोड़ा|واضاف|اضاف|واضافت|اضافت|وتابع|وتابعت")
	l.add(entry{cat: catDescriptor, kind: app.SourceThinkTank}, "معهد|مركز|institute|institut|instituto|istituto|институт|center|centre|zentrum|centro|центр|foundation|fondation|stiftung|fundacion|fondazione|think tank|संस्थान")
	l.add(entry{cat: catDescriptor, kind: app.SourceGovernment}, "وزاره|حكومه|ministry|ministere|ministerium|ministerio|ministero|министерство|मंत्रालय|government|gouvernement|regierung|gobierno|governo|правительство|सरकार|police|polizei|policia|полиция")
	l.add(entry{cat: catDescriptor, kind: app.SourceNewsOutlet}, "موقع|صحيفه|جريده|مجله|قناه|newspaper|magazine|journal|zeitung|periodico|diario|giornale|газета|издание|अखबार")
	l.add(entry{cat: catDescriptor, kind: app.SourceWire}, "وكاله|agency|agence|agentur|agencia|agenzia|агентство|एजेंसी")
	l.add(entry{cat: catDescriptor, kind: app.SourcePlatformStatement}, "تطبيق|شركه|منصه|app|company|application|plattform|plateforme|plataforma|piattaforma|мессенджер|компания|कंपनी|ऐप|messenger|messagerie")
	addReportUnitWords(l)
	addSubdomainWords(l)
	addHindiReportPlurals(l)
	addDemandWords(l)
	addFakeAndNetworkWords(l)
	addApplicationWords(l)
	addSpaceServiceHostWords(l)
	addSingleCounts(l)
	return l
}
