package extract

import "strings"

// peopleAsUsers finds the users a count of people stands for when the
// clause's subject is the number of users: "يتجاوز عدد مستخدميه فيها 200
// مليون شخص", "عدد المستخدمين لتطبيق … وصل إلى نحو 17 مليون شخص", "the
// number of users reached 17 million people". A user base is a figure of
// users, and the people counted after a phrase naming the number of users
// are those users. It returns the unit, its first token and end, the
// count word's token and the end of the people noun. People arrested,
// killed or detained, or counted in a clause of their own (after a comma
// or a conjunction), are not the users and give nothing.
func (c *ctx) peopleAsUsers(i, end, sent int) (string, int, int, int, int, bool) {
	pe := c.peopleNounAt(end, sent)
	if pe == 0 {
		return "", 0, 0, 0, 0, false
	}
	u, us, ue, q, ok := c.countOf(i, pe)
	if !ok || u != "users" || i-q > 14 {
		return "", 0, 0, 0, 0, false
	}
	for j := ue; j < i; j++ {
		t := &c.toks[j]
		if t.kind == tNum && !c.isYearToken(j) && c.figureAt(j) {
			return "", 0, 0, 0, 0, false // another count between: its own clause
		}
		if c.isPunct(j, ",") || c.isPunct(j, ";") || c.isPunct(j, ":") || c.isPunct(j, "،") || c.isPunct(j, "؛") {
			return "", 0, 0, 0, 0, false
		}
		if t.kind != tWord {
			continue
		}
		if clauseJoins[t.f] || c.arClauseAt(j) && !arReachVerb(t.f) || harmStem(t.f) {
			return "", 0, 0, 0, 0, false
		}
	}
	return u, us, ue, q, pe, true
}

// peopleNounAt returns the end of a noun for people at k (past "de",
// "di", "of"), in any of the eight languages; 0 when there is none.
func (c *ctx) peopleNounAt(k, sent int) int {
	if k < len(c.toks) && (c.toks[k].f == "de" || c.toks[k].f == "di" || c.toks[k].f == "of" || c.toks[k].f == "d") {
		k++
		if c.isPunct(k, "'") || c.isPunct(k, "’") {
			k++
		}
	}
	if k < len(c.toks) && c.toks[k].sent == sent && peopleWords[c.toks[k].f] {
		return k + 1
	}
	return 0
}

// clauseJoins are the conjunctions that open a clause of its own between
// the number of users and a count of people: "the number of users grew
// and police arrested 17 people".
var clauseJoins = map[string]bool{"and": true, "but": true, "while": true, "et": true, "mais": true, "und": true, "aber": true, "y": true, "pero": true, "e": true, "ma": true, "и": true, "а": true, "но": true, "لكن": true, "بينما": true, "और": true, "लेकिन": true}

// arReachVerb reports whether an Arabic word joined to و is a verb of
// reaching or exceeding the number of users is the subject of ("وبلغ",
// "ووصل", "ويتجاوز"): it opens no clause of its own.
func arReachVerb(f string) bool {
	return hasAnyPrefix(strings.TrimPrefix(f, "و"), arReachStems)
}

var arReachStems = []string{"بلغ", "يبلغ", "وصل", "يصل", "تجاوز", "يتجاوز", "ارتفع", "يرتفع", "زاد", "يزيد", "تخطى", "يتخطى"}

// harmStems begin the words for arresting, detaining or killing people:
// people counted after them are no users, whatever the clause's subject.
var harmStems = []string{"arrest", "detain", "kill", "murder", "festgenommen", "verhaft", "getotet", "arret", "interpell", "tue", "detenid", "arrestat", "uccis", "задерж", "арест", "убит", "اعتقل", "اعتقال", "احتجاز", "احتجز", "توقيف", "قتل", "مقتل", "गिरफ्तार", "मारे"}

// harmStem reports whether a folded word begins a word of arrest,
// detention or killing.
func harmStem(f string) bool {
	return hasAnyPrefix(f, harmStems) || hasAnyPrefix(strings.TrimPrefix(f, "و"), harmStems)
}

// peopleUsing reports whether the people counted at i (their noun ending
// at pe) use a service: a finite verb of using stands right before the
// count, after at most one adverb of place or time ("weltweit nutzen 500
// Millionen Menschen den Dienst"), or right after the people ("500
// million people use Telegram"). They are the service's users, its user
// base; a word of arrest or killing in the sentence keeps them people.
func (c *ctx) peopleUsing(i, pe, sent int) bool {
	using := false
	q := c.beforeQualifier(i)
	if q > 0 && c.toks[q-1].sent == sent && userUseVerbs[c.toks[q-1].f] {
		using = true
	}
	for k := pe; !using && k < len(c.toks) && k <= pe+1 && c.toks[k].sent == sent && c.toks[k].kind == tWord; k++ {
		if userUseVerbs[c.toks[k].f] {
			using = true
		}
		if !useAdverbs[c.toks[k].f] {
			break
		}
	}
	if !using {
		return false
	}
	for k := range c.toks {
		if c.toks[k].sent == sent && c.toks[k].kind == tWord && harmStem(c.toks[k].f) {
			return false
		}
	}
	return true
}

// userUseVerbs are finite verbs of using a service in the plural, present
// and past, folded.
var userUseVerbs = foldedSet("use|used|nutzen|nutzten|verwenden|verwendeten|benutzen|benutzten|usan|usaban|utilizan|utilizaban|usano|usavano|utilizzano|utilisent|utilisaient|используют|использовали")

// useAdverbs may stand between the people and their verb of using:
// "people worldwide use", "Menschen weltweit nutzen".
var useAdverbs = foldedSet("worldwide|globally|daily|monthly|weltweit|taglich|monatlich|regularly|regelmassig")

// memberCountBefore reports whether a verb of consisting and a community
// in the locative stand right before the count at i: "в сообществе
// состояло 26 тысяч человек", "в группе было около 40 тысяч человек"
// count the community's members.
func (c *ctx) memberCountBefore(i, sent int) bool {
	q := c.beforeQualifier(i)
	verb := false
	for m := q - 1; m >= 1 && m >= q-5 && c.toks[m].sent == sent; m-- {
		t := &c.toks[m]
		if t.kind != tWord {
			return false
		}
		if consistVerbs[t.f] {
			verb = true
			continue
		}
		if verb && communityPlaces[t.f] && (c.toks[m-1].f == "в" || c.toks[m-1].f == "во" || m >= 2 && (c.toks[m-2].f == "в" || c.toks[m-2].f == "во")) {
			return true
		}
	}
	return false
}

// joinWords say people joined or fill a channel, chat or page, folded:
// "iscritte", "popolata da", "suscritas", "abonnées".
var joinWords = map[string]bool{
	"iscritte": true, "iscritti": true, "iscritto": true, "iscritta": true, "popolata": true, "popolato": true,
	"suscritos": true, "suscritas": true, "inscritos": true, "inscritas": true, "abonnes": true, "abonnees": true,
	"subscribed": true,
}

// joinedPeople are the people nouns a joined channel's members are counted
// with ("43 mila persone").
var joinedPeople = map[string]bool{"persone": true, "personas": true, "personnes": true, "people": true}

// joinedMembers reports whether the count before the users or people word
// at j counts the members of a channel, chat or page named before it: a
// word of joining stands among the few tokens before the count ("al quale
// sono iscritte oltre 43 mila persone", "la chat, popolata da oltre 7mila
// utenti"). Users suspended or people arrested have no such word.
func (c *ctx) joinedMembers(j int) bool {
	sent := c.toks[j].sent
	k := j - 1
	for k >= 0 && c.toks[k].sent == sent && (c.toks[k].kind == tNum || countMultipliers[c.toks[k].f]) {
		k--
	}
	if k == j-1 {
		return false // no count right before
	}
	joined := false
	for m := k; m >= 0 && m >= k-4 && c.toks[m].sent == sent; m-- {
		if joinWords[c.toks[m].f] {
			joined = true
			break
		}
	}
	if !joined {
		return false
	}
	for m := k; m >= 0 && m >= j-30 && c.toks[m].sent == sent; m-- {
		if c.toks[m].f == "chat" {
			return true
		}
		if h, e := c.find(m, catUnit, 2); e > 0 {
			switch h.e.s {
			case "channels", "groups_and_channels", "groups", "pages":
				return true
			}
		}
	}
	return false
}

// consistVerbs say how many a community has; communityPlaces are
// communities in the Russian locative.
var (
	consistVerbs    = map[string]bool{"состояло": true, "состоит": true, "состояли": true, "состоят": true, "было": true, "насчитывалось": true, "насчитывается": true}
	communityPlaces = map[string]bool{"сообществе": true, "сообществах": true, "группе": true, "группах": true, "паблике": true, "пабликах": true, "канале": true, "каналах": true, "чате": true}
)

// countMultipliers are the words of thousands and millions written after a
// count's digits ("43 mila", "2 millones"), folded.
var countMultipliers = map[string]bool{
	"mila": true, "mil": true, "mille": true, "milioni": true, "millones": true, "millions": true, "million": true, "thousand": true,
}

// audienceCountBefore reports whether a platform's audience is the subject
// of the count at i, written as people: "месячная аудитория YouTube в
// России составила 95,56 млн человек", "the monthly audience of TikTok
// reached 20 million people". A verb of amounting stands right before the
// count (past its qualifier), an audience word within seven words before
// that verb with only words between, and a platform's name within three
// words after the audience word. A platform's audience is its user base; an
// event's or a broadcast's audience names no platform and stays people.
func (c *ctx) audienceCountBefore(i, sent int) bool {
	q := c.beforeQualifier(i)
	if q < 2 || c.toks[q-1].sent != sent || !audienceReachVerbs[c.toks[q-1].f] {
		return false
	}
	for m := q - 2; m >= 0 && m >= q-8 && c.toks[m].sent == sent; m-- {
		if c.toks[m].kind != tWord {
			return false
		}
		if !platformAudienceWords[c.toks[m].f] {
			continue
		}
		for p := m + 1; p <= m+3 && p < q-1; p++ {
			if _, e := c.find(p, catPlatform, 2); e > 0 && e < q {
				return true
			}
		}
		return false
	}
	return false
}

// platformAudienceWords name a platform's audience, folded (the
// instrumental "с аудиторией" of negatives.go is a size, no subject).
var platformAudienceWords = foldedSet("аудитория|аудитории|audience|audiencia|publikum")

// audienceReachVerbs say what an audience amounted to or reached, folded;
// the copulas of amountVerbs (clauses.go) are left out.
var audienceReachVerbs = foldedSet("составила|составляет|составляла|составит|достигла|достигает|превысила|превышает|reached|reaches|exceeded|exceeds|totaled|totalled|alcanzo|alcanza|alcanzaba|atteint|depasse|erreichte|erreicht|uberstieg|raggiunto|raggiunge")

// followVerbs are the German verbs of following a person or channel.
var followVerbs = map[string]bool{"folgen": true, "folgten": true, "folgt": true, "folgte": true}

// followedPronouns are the dative pronouns of the one followed.
var followedPronouns = map[string]bool{"ihm": true, "ihr": true, "ihnen": true}

// followerUsers reports whether the users word at j counts followers: a
// German verb of following and the dative pronoun of the one followed
// stand among the few tokens before the count ("auf Twitter folgten ihm
// knapp 40.000 Nutzer"), or English "followed by" does. "Es folgen 1.500
// Nutzer" (next come) has no pronoun and stays a count of users.
func (c *ctx) followerUsers(j int) bool {
	sent := c.toks[j].sent
	k := j - 1
	for k >= 0 && c.toks[k].sent == sent && (c.toks[k].kind == tNum || countMultipliers[c.toks[k].f]) {
		k--
	}
	if k == j-1 {
		return false
	}
	verb, pron := false, false
	for m := k; m >= 0 && m >= k-4 && c.toks[m].sent == sent; m-- {
		f := c.toks[m].f
		if f == "by" && m > 0 && c.toks[m-1].f == "followed" {
			return true
		}
		verb = verb || followVerbs[f]
		pron = pron || followedPronouns[f]
	}
	return verb && pron
}

// accountHolderNouns are the people whose accounts a count after "von"
// or "of" counts (folded): "die Konten von sieben Millionen
// Minderjährigen", "the accounts of 200,000 users".
var accountHolderNouns = foldedSet("minderjahrigen|nutzern|nutzerinnen|usern|kindern|jugendlichen|teenagern|menschen|personen|users|minors|children|teenagers|people")

// deMultipliers are the German words of thousands and millions after a
// count (folded).
var deMultipliers = foldedSet("tausend|million|millionen|mio|milliarde|milliarden|mrd")

// accountNounsBefore name the accounts held (folded).
var accountNounsBefore = foldedSet("konten|accounts|profile|nutzerkonten|benutzerkonten")

// accountsOfPeople reports whether the people word at j, after a count,
// names the holders of accounts named right before the count: an
// accounts noun and "von" or "of" stand before it ("hat die Konten von
// sieben Millionen Minderjährigen gesperrt"). Each holder has one
// account, so the count is of accounts.
func (c *ctx) accountsOfPeople(j int) bool {
	if j < 3 || !accountHolderNouns[c.toks[j].f] {
		return false
	}
	sent := c.toks[j].sent
	k := j - 1
	for k >= 0 && c.toks[k].sent == sent && (c.toks[k].kind == tNum || countMultipliers[c.toks[k].f] || deMultipliers[c.toks[k].f] || deOnes[c.toks[k].f] > 0 || deTens[c.toks[k].f] > 0) {
		k-- // "sieben Millionen" is written in words
	}
	if k == j-1 || k < 1 || c.toks[k].sent != sent || c.toks[k-1].sent != sent {
		return false
	}
	return (c.toks[k].f == "von" || c.toks[k].f == "of") && accountNounsBefore[c.toks[k-1].f]
}
