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
