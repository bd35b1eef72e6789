package extract

// Counts that are no takedown figure: sizes, thresholds, ranks, ages,
// examples, views, what a subject owns or a database holds, platforms a
// law obliges, sites under investigation, and the like.

// rankWords name a place in a ranking: "ranked 161st", "la 161e place",
// "Platz 161", "el puesto 161", "al 161° posto", "на 161-м месте", "في
// المرتبة 161", "161वें स्थान".
var rankWords = foldedSet("rank|ranked|ranks|ranking|place|placed|position|classee|classe|classement|rang|platz|rang|rangliste|puesto|lugar|posicion|clasificada|clasificado|posto|posizione|classificata|classificato|classifica|место|месте|места|позиции|المرتبة|مرتبة|الترتيب|المركز|स्थान|रैंक|पायदान")

// rankOutOfWords stand right before the size of a ranking: "out of 180
// countries", "sur 180 pays", "von 180 Ländern", "de 180 países", "su 180
// paesi", "из 180 стран", "среди 180 стран", "من بين 180 بلدا".
var rankOutOfWords = foldedSet("of|sur|von|de|su|из|среди|بين|من")

// rankOutOf reports whether the count at i is the size of a ranking, not
// a number of countries acting or acted on: a preposition of rankOutOfWords
// stands right before it (or Hindi "में से" right after its unit), and a
// rank word stands in its clause before ("في المرتبة 161 من بين 180 بلدا",
// "ranked 161st out of 180 countries", "classée 161e sur 180 pays").
// "Requests came from 180 countries" names no rank and stays a figure.
func (c *ctx) rankOutOf(i, ue, sent int) bool {
	out := i > 0 && c.toks[i-1].sent == sent && rankOutOfWords[c.toks[i-1].f]
	if !out && ue+1 < len(c.toks) && c.toks[ue].f == "में" && c.toks[ue+1].f == "से" {
		out = true
	}
	if !out {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-8 && c.toks[j].sent == sent; j-- {
		if c.isPunct(j, ";") || c.isPunct(j, ".") {
			return false
		}
		if c.toks[j].kind == tWord && rankWords[c.toks[j].f] {
			return true
		}
	}
	// Hindi puts the rank after: "180 देशों में से 161वें स्थान पर"
	for j := ue; j < len(c.toks) && j < ue+6 && c.toks[j].sent == sent; j++ {
		if c.toks[j].kind == tWord && rankWords[c.toks[j].f] {
			return true
		}
	}
	return false
}
