package extract

// marketPhrases, written right after a percentage, say it is a move of a
// share price: "ha perso il 9 per cento in borsa", "a chuté de 9 % en
// Bourse", "verlor 9 Prozent an der Börse", "fell 9% on the stock market".
var marketPhrases = [][]string{
	{"in", "borsa"}, {"a", "piazza", "affari"}, {"en", "bourse"}, {"en", "bolsa"}, {"an", "der", "borse"},
	{"on", "the", "stock", "market"}, {"on", "the", "stock", "exchange"}, {"on", "wall", "street"},
	{"a", "wall", "street"}, {"en", "wall", "street"}, {"на", "бирже"},
}

// stockNouns name a share or its price: "il titolo", "the stock", "die
// Aktie", "la cotización".
var stockNouns = map[string]bool{
	"titolo": true, "stock": true, "stocks": true, "aktie": true, "aktien": true, "aktienkurs": true,
	"cotizacion": true, "borsa": true, "bourse": true, "bolsa": true, "borse": true, "акции": true,
}

// priceMoves are verbs of a price going up or down: "perso", "fell",
// "verlor", "chuté", "cayó".
var priceMoves = map[string]bool{
	"perso": true, "guadagnato": true, "calato": true, "sceso": true, "salito": true, "crollato": true, "perde": true,
	"fell": true, "rose": true, "dropped": true, "lost": true, "gained": true, "slid": true, "jumped": true, "plunged": true,
	"verlor": true, "verliert": true, "stieg": true, "fiel": true, "sank": true, "verloren": true, "gestiegen": true, "gefallen": true,
	"chute": true, "perdu": true, "recule": true, "gagne": true, "baisse": true,
	"cayo": true, "subio": true, "perdio": true, "cae": true, "bajo": true,
	"упали": true, "выросли": true, "подешевели": true,
}

// stockMove reports whether the percentage from i to ue is how much a
// share price moved, no share of takedowns: a market phrase follows it
// ("il titolo ha perso il 9 per cento in borsa"), or a word for the stock
// and a verb of moving stand before it in its clause ("Meta's stock fell
// 9%", "die Aktie verlor 9 Prozent").
func (c *ctx) stockMove(i, ue, sent int) bool {
	for _, ws := range marketPhrases {
		if c.wordsAt(ue, sent, ws) {
			return true
		}
	}
	move := false
	for j := i - 1; j >= 0 && j >= i-7 && c.toks[j].sent == sent; j-- {
		t := &c.toks[j]
		if t.kind == tNum || c.isPunct(j, ",") || c.isPunct(j, ";") {
			return false
		}
		if priceMoves[t.f] {
			move = true
		}
		if stockNouns[t.f] && move {
			return true
		}
	}
	return false
}

// marketShareWords name a share of a market, folded: a percentage said
// of it is how much of a market a business holds, no share of takedowns
// ("Der Marktanteil illegaler Online-Glücksspiele … liegt … bei rund 25
// Prozent", "a market share of 25 percent", "une part de marché de 25 %").
var marketShareWords = [][]string{
	{"marktanteil"}, {"marktanteile"}, {"marktanteils"}, {"market", "share"}, {"market", "shares"},
	{"part", "de", "marche"}, {"parts", "de", "marche"}, {"cuota", "de", "mercado"}, {"quota", "di", "mercato"},
	{"доля", "рынка"}, {"доли", "рынка"}, {"الحصه", "السوقيه"}, {"حصه", "السوق"}, {"बाजार", "हिस्सेदारी"},
}

// marketNouns name a market, marketOfWords the "of the" before it.
var (
	marketNouns   = foldedSet("market|markets|marche|marches|markt|marktes|mercado|mercato|рынка|рынке|السوق|बाजार")
	marketOfWords = foldedSet("of|the|du|des|de|del|della|dell|di|der|des|доли|من|के|का")
)

// marketShare reports whether the percentage from i to ue is a share of
// a market: a market-share phrase stands in its clause before it, with no
// other number between, right after it ("25 % Marktanteil", "25%
// market share"), or the market follows its "of" ("90% of the search
// market").
func (c *ctx) marketShare(i, ue, sent int) bool {
	for _, ws := range marketShareWords {
		if c.wordsAt(ue, sent, ws) {
			return true
		}
	}
	// "90% of the search market", "25 % du marché", "25 % des Marktes"
	for j, h := ue, 0; j < len(c.toks) && h < 4 && c.toks[j].sent == sent && c.toks[j].kind == tWord; j, h = j+1, h+1 {
		if marketNouns[c.toks[j].f] {
			return h > 0
		}
		if !marketOfWords[c.toks[j].f] && h == 0 {
			break
		}
	}
	for j := i - 1; j >= 0 && j >= i-20 && c.toks[j].sent == sent; j-- {
		t := &c.toks[j]
		if t.kind == tNum || c.isPunct(j, ";") || c.isPunct(j, ".") {
			return false
		}
		for _, ws := range marketShareWords {
			if c.wordsAt(j, sent, ws) {
				return true
			}
		}
	}
	return false
}
