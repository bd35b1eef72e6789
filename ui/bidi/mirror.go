package bidi

// mirrorPairs lists characters whose glyph is mirrored in right-to-left
// text (rule L4, Bidi_Mirroring_Glyph). Only characters likely in news text
// are listed; the first of each pair is also the opening bracket used to
// match pairs for rule N0.
var mirrorPairs = [][2]rune{
	{'(', ')'}, {'[', ']'}, {'{', '}'}, {'<', '>'},
	{'«', '»'}, {'‹', '›'},
	{'⁅', '⁆'}, {'⁽', '⁾'}, {'₍', '₎'},
	{'≤', '≥'}, {'≪', '≫'}, {'⌈', '⌉'}, {'⌊', '⌋'}, {'\u2329', '\u232A'},
	{'⟨', '⟩'}, {'⟦', '⟧'}, {'⦃', '⦄'},
	{'〈', '〉'}, {'《', '》'}, {'「', '」'}, {'『', '』'}, {'【', '】'},
	{'〔', '〕'}, {'〖', '〗'}, {'〘', '〙'}, {'〚', '〛'},
	{'（', '）'}, {'［', '］'}, {'｛', '｝'}, {'＜', '＞'}, {'｟', '｠'}, {'｢', '｣'},
}

var mirrorMap = func() map[rune]rune {
	m := make(map[rune]rune, 2*len(mirrorPairs))
	for _, p := range mirrorPairs {
		m[p[0]], m[p[1]] = p[1], p[0]
	}
	return m
}()

// mirrorOf returns the mirrored form of r, if it has one.
func mirrorOf(r rune) (rune, bool) {
	m, ok := mirrorMap[r]
	return m, ok
}

// visualRTL turns a right-to-left run of neutral characters (punctuation,
// brackets, spaces) into the left-to-right string that looks the same:
// reversed, with mirrored glyphs swapped. Marks stay after their base.
func visualRTL(s string) string {
	rs := []rune(s)
	// Split into clusters so combining marks are not detached.
	var clusters [][]rune
	for i := 0; i < len(rs); {
		j := i + 1
		for j < len(rs) && isMark(rs[j]) {
			j++
		}
		c := append([]rune(nil), rs[i:j]...)
		if m, ok := mirrorOf(c[0]); ok {
			c[0] = m
		}
		clusters = append(clusters, c)
		i = j
	}
	out := make([]rune, 0, len(rs))
	for i := len(clusters) - 1; i >= 0; i-- {
		out = append(out, clusters[i]...)
	}
	return string(out)
}
