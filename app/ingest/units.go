package ingest

import (
	"math"
	"regexp"
	"strings"
	"unicode"
)

// headerUnits maps word stems found in table headers (English, French,
// Arabic) to the desk's canonical units. A header word matches a stem when
// it starts with it, so plurals and French accents need no extra entries.
var headerUnits = []struct{ stem, unit string }{
	// the one word ipWords makes of "IP addresses", "Indirizzi IP", "IP-адреса"
	{ipAddressWord, "ip_addresses"},
	// English
	{"account", "accounts"}, {"channel", "channels"}, {"group", "groups"}, {"bot", "bots"},
	{"website", "sites"}, {"site", "sites"}, {"domain", "sites"}, {"page", "pages"},
	{"post", "posts"}, {"tweet", "posts"}, {"video", "videos"}, {"item", "content_items"}, {"content", "content_items"},
	{"url", "urls"}, {"link", "links"}, {"alert", "alerts"}, {"referral", "alerts"},
	{"notice", "notices"}, {"request", "requests"}, {"language", "languages"},
	{"platform", "platforms"}, {"compan", "companies"}, {"countr", "countries"},
	{"user", "users"}, {"follower", "followers"}, {"percent", "percent"},
	// French
	{"compte", "accounts"}, {"chaîne", "channels"}, {"chaine", "channels"}, {"canal", "channels"},
	{"canaux", "channels"}, {"groupe", "groups"}, {"publication", "posts"}, {"vidéo", "videos"},
	{"contenu", "content_items"}, {"lien", "links"}, {"signalement", "alerts"}, {"demande", "requests"},
	{"langue", "languages"}, {"plateforme", "platforms"}, {"entreprise", "companies"},
	{"société", "companies"}, {"pays", "countries"}, {"utilisateur", "users"}, {"abonné", "followers"},
	{"pourcentage", "percent"}, {"pourcent", "percent"},
	// Arabic (after the article ال and the conjunction و are removed)
	{"حساب", "accounts"}, {"قناة", "channels"}, {"قنوات", "channels"}, {"مجموعة", "groups"},
	{"مجموعات", "groups"}, {"بوت", "bots"}, {"موقع", "sites"}, {"مواقع", "sites"}, {"صفحة", "pages"},
	{"صفحات", "pages"}, {"منشور", "posts"}, {"فيديو", "videos"}, {"مقاطع", "videos"},
	{"محتوى", "content_items"}, {"رابط", "links"}, {"روابط", "links"}, {"بلاغ", "alerts"},
	{"طلب", "requests"}, {"لغة", "languages"}, {"لغات", "languages"}, {"منصة", "platforms"},
	{"منصات", "platforms"}, {"شركة", "companies"}, {"شركات", "companies"}, {"دولة", "countries"},
	{"دول", "countries"}, {"مستخدم", "users"}, {"متابع", "followers"}, {"نسبة", "percent"},
}

// connectors join two units into a compound ("bots and channels").
var connectors = map[string]bool{"and": true, "et": true, "&": true, "و": true}

// unitFromHeader finds the canonical unit a column header or metric name
// counts in, or "" when its head noun is no unit the desk knows. The unit
// is the header's head noun, not any unit word in it: "User Data
// Requests" counts requests, "Number of Requests where some data was
// disclosed" requests, "Percentage of requests" per cent, "User reports"
// nothing we know (reports), "Total" nothing. English puts the head last
// before a preposition or a clause; French and Arabic put it first after
// the count words (nombre de, عدد). Two units joined by "and" make a
// compound in the order written: "Bots and channels banned" →
// bots_and_channels.
func unitFromHeader(h string) string {
	if strings.ContainsAny(h, "%٪") {
		return "percent"
	}
	if i := strings.LastIndexAny(h, ":："); i > 0 && i < len(h)-1 {
		// "Court Orders: Number of Requests": the part before the colon
		// says whose requests, the part after what the column counts
		if u := unitFromHeader(h[i+1:]); u != "" {
			return u
		}
		return unitFromHeader(h[:i])
	}
	h = dropBrackets(h)
	words := ipWords(headerWords(h))
	if len(words) == 0 {
		return ""
	}
	if headFirst(h, words) {
		return headFirstUnit(words)
	}
	return headLastUnit(words)
}

// namesUnit reports whether any word of a header is a unit word: enough to
// tell a header row from a row of data, not to give a column its unit.
func namesUnit(h string) bool {
	if strings.ContainsAny(h, "%٪") {
		return true
	}
	for _, w := range ipWords(headerWords(h)) {
		if matchUnit(w) != "" {
			return true
		}
	}
	return false
}

// ipAddressWord stands for "IP" and the word for address beside it: the
// pair is one head noun, the unit the extractor calls ip_addresses (an
// address of a server is neither a web address nor a site).
const ipAddressWord = "ipaddresses"

// addressWords are the words for address that "IP" qualifies, before it
// ("IP addresses", "IP-Adressen", "IP-адреса") or after it ("adresses IP",
// "Indirizzi IP", "direcciones IP", "عناوين IP"); a word matches when it
// starts with one.
var addressWords = []string{"address", "adress", "adresse", "indirizz", "direccion", "dirección", "endereço", "endereco",
	"адрес", "عنوان", "عناوين", "पते", "पतों", "एड्रेस"}

// ipWords joins "ip" (or "आईपी") and the address word next to it into
// ipAddressWord, so that the pair is read as one head noun; "IP" alone (a
// register's column of addresses) stays what it was.
func ipWords(ws []string) []string {
	isAddr := func(w string) bool {
		for _, a := range addressWords {
			if strings.HasPrefix(w, a) {
				return true
			}
		}
		return false
	}
	isIP := func(w string) bool { return w == "ip" || w == "آي" || w == "आईपी" }
	var out []string
	for i := 0; i < len(ws); i++ {
		switch {
		case isIP(ws[i]) && i+1 < len(ws) && isAddr(ws[i+1]),
			isAddr(ws[i]) && i+1 < len(ws) && isIP(ws[i+1]):
			out = append(out, ipAddressWord)
			i++
		default:
			out = append(out, ws[i])
		}
	}
	return out
}

// dropBrackets removes bracketed asides ("Removal requests (court
// orders)"): they qualify the head, they are not it.
func dropBrackets(h string) string {
	var b strings.Builder
	depth := 0
	for _, r := range h {
		switch r {
		case '(', '[', '{':
			depth++
			b.WriteByte(' ')
			continue
		case ')', ']', '}':
			if depth > 0 {
				depth--
			}
			b.WriteByte(' ')
			continue
		}
		if depth == 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// cutWords end the head of an English noun phrase: what follows them
// qualifies it ("requests where some data was disclosed", "accounts
// reported by users").
var cutWords = map[string]bool{
	"of": true, "where": true, "which": true, "that": true, "who": true, "by": true, "per": true,
	"in": true, "for": true, "from": true, "with": true, "on": true, "to": true, "under": true,
	"at": true, "across": true, "against": true, "during": true, "about": true, "via": true, "as": true,
	"without": true, "after": true, "before": true, "following": true, "due": true, "because": true, "through": true,
	"within": true, "since": true, "between": true,
}

// countWords name a count, not what is counted ("Number of accounts",
// "Nombre de comptes", "عدد الحسابات"): the head is what follows.
var countWords = map[string]bool{
	"number": true, "numbers": true, "count": true, "counts": true, "total": true, "totals": true,
	"amount": true, "no": true, "nb": true, "num": true, "piece": true, "pieces": true, "sum": true,
	"nombre": true, "totale": true, "somme": true,
	"عدد": true, "العدد": true, "مجموع": true, "المجموع": true, "إجمالي": true, "اجمالي": true, "الإجمالي": true,
}

// tailWords close an English header after its head ("Accounts
// suspended", "Tweets withheld", "Content taken down").
var tailWords = map[string]bool{
	"withheld": true, "taken": true, "down": true, "sent": true, "made": true, "shut": true,
	"held": true, "hit": true, "cut": true, "off": true, "out": true, "seen": true,
}

// classWords make the unit word after them a class a row is sorted
// into ("Age Group 25-29", "Target Group", "Income Group"), no count.
var classWords = map[string]bool{
	"age": true, "ethnic": true, "income": true, "target": true, "risk": true, "gender": true, "sex": true,
	"blood": true, "focus": true, "peer": true, "population": true,
}

// frenchWords mark a French header, whose head comes first.
var frenchWords = map[string]bool{
	"de": true, "des": true, "du": true, "d": true, "la": true, "le": true, "les": true, "l": true,
	"au": true, "aux": true, "par": true, "sur": true, "et": true, "pour": true, "dont": true,
}

// headFirst reports a header in a language that puts its head noun first:
// Arabic, or French (a French function word or accented letter).
func headFirst(h string, words []string) bool {
	for _, r := range h {
		if unicode.Is(unicode.Arabic, r) {
			return true
		}
	}
	for _, w := range words {
		if frenchWords[w] {
			return true
		}
	}
	return strings.ContainsAny(strings.ToLower(h), "éèêàçû")
}

// headLastUnit reads an English header: the last word before a
// preposition or clause, past participles and "total" dropped, is the
// head; a count word as the head hands over to what it counts.
func headLastUnit(words []string) string {
	for len(words) > 0 {
		seg := words
		rest := []string(nil)
		for i, w := range words {
			if i > 0 && cutWords[w] {
				seg, rest = words[:i], words[i+1:]
				break
			}
		}
		if len(rest) > 0 && words[len(seg)] == "of" && qualifiedCount(seg) {
			words = rest // "Legal Number of Requests": the head is past "of"
			continue
		}
		for len(seg) > 0 && isTail(seg[len(seg)-1]) {
			seg = seg[:len(seg)-1]
		}
		if len(seg) == 0 || allCountWords(seg) {
			words = rest // "Number of requests": the head is past "of"
			continue
		}
		head := seg[len(seg)-1]
		u := matchUnit(head)
		if len(seg) >= 2 && classWords[seg[len(seg)-2]] {
			return "" // "Age Group", "Ethnic Group": which class a row's people are in, no count of groups
		}
		if u == "" {
			// "Requests Rejected/Challenged and No Data Provided": a
			// unit then a participle opens a clause about it; the unit
			// is the head
			if len(seg) > 1 && isTail(seg[1]) && !countWords[seg[1]] && !allDigits(seg[1]) {
				return matchUnit(seg[0])
			}
			return ""
		}
		if n := len(seg); n >= 3 && connectors[seg[n-2]] {
			if first := matchUnit(seg[n-3]); first != "" && first != u {
				return first + "_and_" + u
			}
		}
		return u
	}
	return ""
}

// headFirstUnit reads a French or Arabic header: the first word past the
// count words and articles is the head; "et"/"و" joins a second unit.
func headFirstUnit(words []string) string {
	i := 0
	for i < len(words) && (countWords[words[i]] || frenchWords[words[i]]) {
		i++
	}
	if i == len(words) {
		return ""
	}
	u := matchUnit(words[i])
	if u == "" {
		return ""
	}
	next := ""
	switch {
	case i+2 < len(words) && connectors[words[i+1]]:
		next = matchUnit(words[i+2])
	case i+1 < len(words) && strings.HasPrefix(words[i+1], "و") && len([]rune(words[i+1])) > 3:
		next = matchUnit(strings.TrimPrefix(words[i+1], "و"))
	}
	if next != "" && next != u {
		return u + "_and_" + next
	}
	return u
}

// isTail is a word that may follow an English header's head: a past
// participle ("removed", "actioned"), a count word, a number, or one of
// tailWords.
func isTail(w string) bool {
	return tailWords[w] || countWords[w] || (len(w) > 3 && strings.HasSuffix(w, "ed")) || allDigits(w)
}

// allDigits is a number in a header ("Accounts 2019", "Q3"): a period or
// an index, never the head.
func allDigits(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
}

func allCountWords(ws []string) bool {
	for _, w := range ws {
		if !countWords[w] {
			return false
		}
	}
	return true
}

func matchUnit(w string) string {
	for _, cand := range arabicForms(w) {
		for _, hu := range headerUnits {
			if strings.HasPrefix(cand, hu.stem) {
				return hu.unit
			}
		}
	}
	return ""
}

// arabicForms lists a word with its conjunction و and article ال removed.
func arabicForms(w string) []string {
	out := []string{w}
	if strings.HasPrefix(w, "و") && len([]rune(w)) > 3 {
		w = strings.TrimPrefix(w, "و")
		out = append(out, w)
	}
	for _, p := range []string{"ال", "بال", "لل"} {
		if strings.HasPrefix(w, p) {
			out = append(out, strings.TrimPrefix(w, p))
		}
	}
	return out
}

// headerWords splits a header into lower-case words. A programmer's
// column name ("memberDataRequests", "accountsImpacted") is split at its
// capitals first, so its words count as a header's words.
func headerWords(h string) []string {
	if camelHeader.MatchString(h) {
		h = camelBreak.ReplaceAllString(h, "$1 $2")
	}
	return strings.FieldsFunc(strings.ToLower(h), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '&' && !unicode.Is(unicode.Mn, r)
	})
}

// camelHeader is a column name written as one lower camel-case
// identifier; camelBreak finds its word boundaries.
var (
	camelHeader = regexp.MustCompile(`^[a-z]+(?:[A-Z][a-z]+)+$`)
	camelBreak  = regexp.MustCompile(`([a-z])([A-Z])`)
)

// normHeader is a header reduced for matching role names.
func normHeader(h string) string {
	return strings.Join(headerWords(strings.TrimPrefix(h, "\ufeff")), " ")
}

// idWords name a number that is an identifier, not a count: "Case
// number", "Phone number".
var idWords = map[string]bool{"case": true, "phone": true, "reference": true, "ref": true, "id": true, "serial": true,
	"file": true, "docket": true, "ticket": true, "order": true, "tracking": true, "version": true, "registration": true,
	"decision": true, "row": true, "record": true, "page": true, "house": true, "street": true, "account": true,
	"notice": true, "request": true, "item": true}

// qualifiedCount reports a count word qualified before "of": "Legal
// Number", "ER Number" (Facebook's emergency requests), "Total number";
// the head is past "of". An identifier's number ("Case number") is none.
func qualifiedCount(seg []string) bool {
	if len(seg) < 2 || len(seg) > 3 || !countWords[seg[len(seg)-1]] {
		return false
	}
	for _, w := range seg {
		if idWords[w] {
			return false
		}
	}
	return true
}

// perWords introduce what a ratio divides by ("URLs per TLD", "demandes
// par pays", "Anfragen pro Land"); perTime are the spans a rate is of,
// whose "per" makes a rate of a count, not a ratio ("requests per day").
var (
	perWords = map[string]bool{"per": true, "par": true, "pro": true, "por": true}
	perTime  = map[string]bool{"day": true, "days": true, "week": true, "month": true, "year": true, "hour": true, "quarter": true,
		"jour": true, "semaine": true, "mois": true, "an": true, "année": true, "tag": true, "woche": true, "monat": true, "jahr": true,
		"día": true, "dia": true, "mes": true, "año": true}
)

// ratioColumn reports a column that divides its unit by something, its
// cells fractions: Google's removed "URLs per TLD" (0.3868…, 1916.02) is
// how many URLs each domain of a top-level domain lost, no count of URLs.
// A column whose "per" is a row's dimension ("Requests per country",
// whole numbers) counts what it says.
func ratioColumn(h string, rows [][]string, col int) bool {
	ws := headerWords(h)
	per := false
	for k, w := range ws {
		if perWords[w] && k > 0 && k+1 < len(ws) && !perTime[ws[k+1]] {
			per = true
		}
	}
	if !per {
		return false
	}
	for n, r := range rows {
		if n == 200 {
			break
		}
		if col >= len(r) {
			continue
		}
		if v, ok := parseNumber(r[col]); ok && v != math.Trunc(v) {
			return true
		}
	}
	return false
}
