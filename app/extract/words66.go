package extract

// roleNouns name the people who run a channel, account, page or site. A
// count before "channel administrators" counts those people, the unit
// noun only says what they run: "Eight channel administrators are
// suspected", "three account holders".
var roleNouns = foldedSet("administrators|administrator|admins|admin|owners|owner|operators|operator|holders|holder|moderators|moderator|creators|creator|managers|manager|founders|founder|runners")

// unitModifiesRole reports whether the unit ending at ue is a noun that
// modifies a noun for people right after it, so that the count is of the
// people ("Eight channel administrators"), not of what they run.
func (c *ctx) unitModifiesRole(ue, sent int) bool {
	return ue < len(c.toks) && c.toks[ue].sent == sent && c.toks[ue].kind == tWord && roleNouns[c.toks[ue].f]
}

// hiActiveWords say channels or groups became or are active ("एक्टिव हो
// गए हैं", "सक्रिय हैं"); hiBeWords are the verb after them. "सक्रिय रूप
// से" (proactively) is an adverb of a takedown and is not among them.
var (
	hiActiveWords = map[string]bool{"एक्टिव": true, "सक्रिय": true, "ऐक्टिव": true}
	hiBeWords     = map[string]bool{"हो": true, "हुए": true, "हैं": true, "है": true, "थे": true, "था": true, "रहे": true}
	enActiveVerbs = foldedSet("are|were|became|become|is|was|went|remain|remained|stay|stayed")
)

// becameActive reports whether the count whose unit ends at ue is of
// channels, groups or accounts that became or are active: "20 से ज्यादा
// चैनल एक्टिव हो गए हैं", "20 channels became active". They are running,
// not taken down.
func (c *ctx) becameActive(ue, sent int) bool {
	k := ue
	if k+1 < len(c.toks) && c.toks[k].sent == sent && c.toks[k+1].sent == sent {
		if hiActiveWords[c.toks[k].f] && hiBeWords[c.toks[k+1].f] {
			return true
		}
		if enActiveVerbs[c.toks[k].f] && (c.toks[k+1].f == "active" || c.toks[k+1].f == "live") {
			return true
		}
	}
	return false
}

// tallyNouns name a day's or period's tally ("значение", "показатель",
// "the figure", "der Wert"); tallyOfWords, right after them (past "по",
// "of", "der"), say the tally is of blocks or removals: "значение по
// блокировкам", "the number of blocks", "der Wert der Sperrungen".
var (
	tallyNouns   = foldedSet("значение|показатель|число|количество|figure|number|tally|count|wert|zahl|chiffre|nombre|cifra|numero|valore")
	tallyOfWords = foldedSet("блокировок|блокировкам|блокировки|удалений|удалениям|blocks|blockings|bans|removals|takedowns|sperrungen|loschungen|blocages|suppressions|bloqueos|eliminaciones|blocchi|rimozioni")
)

// tallyReferent returns the figure a bare count at i takes its unit from
// when its clause names a tally of blocks before it: "Последний раз
// значение по блокировкам больше этого было в феврале - более 490 тыс."
// after "… заблокировала более 402 тыс. каналов и групп". The figure is
// the last count of this or the sentence before (countBefore); -1 when
// no tally is named or there is no figure.
func (c *ctx) tallyReferent(i, sent int) int {
	for j := i - 1; j >= 1 && j >= i-15 && c.toks[j].sent == sent; j-- {
		if !tallyOfWords[c.toks[j].f] {
			continue
		}
		k := j - 1
		if preps := c.toks[k].f; preps == "по" || preps == "of" || preps == "der" || preps == "des" || preps == "de" || preps == "di" || preps == "dei" {
			k--
		}
		if k >= 0 && c.toks[k].sent == sent && tallyNouns[c.toks[k].f] {
			return c.countBefore(sent)
		}
	}
	return -1
}
