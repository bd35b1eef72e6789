package extract

import "testing"

// TestKindArHostAlone: the Arabic "مضيف" (a live-stream host, one account
// each) counts accounts alone or with its accusative ending, as it did
// followed by "بث مباشر".
func TestKindArHostAlone(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"ar, alone", "وحظرت المنصة 212 ألف مضيف لمخالفتهم القواعد.", []string{"212000 accounts"}},
		{"ar, accusative", "وقد حظرت تيك توك 41250 مضيفًا بث مباشر في المغرب.", []string{"41250 accounts"}},
		{"ar, plural", "كما تم حظر نحو 9 آلاف من المضيفين خلال الربع.", []string{"9000 accounts about"}},
	})
}
