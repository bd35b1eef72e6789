package extract

import "testing"

// TestKindQuarterYearInContext: a quarter written without its year takes
// the year the text set just before it (al-Marsad/al-Mowaten, 15 January
// 2026: "على مدار عام 2025م، حيث شهد الربع الأول (يناير – مارس) … وفي
// الربع الثاني …") or the one after the months it spans; with no year
// near, a quarter keeps none, and a month keeps its old reading.
func TestKindQuarterYearInContext(t *testing.T) {
	real := "وتوزعت نتائج الجهود المشتركة على مدار عام 2025م، حيث شهد الربع الأول (يناير – مارس) إزالة 16,062,667 مادة متطرفة وإغلاق 1,408 قنوات. وفي الربع الثاني (أبريل – يونيو) تم حذف 30,846,485 مادة متطرفة كانت منشورة عبر 1,254 قناة. أما الربع الثالث (يوليو – سبتمبر) فقد أسفر عن إزالة 28,495,947 مادة متطرفة وإغلاق 1,150 قناة متطرفة، فيما جرى في الربع الرابع (أكتوبر – ديسمبر) حذف 22,206,688 مادة متطرفة وإغلاق 482 قناة استخدمتها التنظيمات المتطرفة في أنشطتها الدعائية."
	tests := []struct {
		text  string
		value float64
		want  string
	}{
		{real, 16062667, "2025-Q1"},
		{real, 1408, "2025-Q1"},
		{real, 30846485, "2025-Q2"},
		{real, 28495947, "2025-Q3"},
		{real, 482, "2025-Q4"},
		{"شهد الربع الأول (يناير – مارس) 2025 إغلاق 1,408 قنوات.", 1408, "2025-Q1"},
		{"In 2025, in the first quarter 400 channels were closed.", 400, "2025-Q1"},
		{"Telegram reported on its work in 2024. In the third quarter 400 channels were closed.", 400, "2024-Q3"},
		{"En 2023, au deuxième trimestre, 400 chaînes ont été fermées.", 400, "2023-Q2"},
		// negatives: no year near, a year too far back, a month
		{"In the first quarter 400 channels were closed.", 400, ""},
		{"وفي الربع الثاني تم حذف 30,846,485 مادة متطرفة.", 30846485, ""},
		{"The group was founded in 2019. It grew. It split. It moved. In the first quarter 400 channels were closed.", 400, ""},
		{"In 2025, the service grew. In May 300 channels were closed.", 300, ""},
	}
	for _, tt := range tests {
		found := false
		var got []string
		for _, c := range Text(tt.text, Options{}).Claims {
			got = append(got, c.ValueText()+" "+c.Period)
			if c.Value == tt.value {
				found = true
				if c.Period != tt.want {
					t.Errorf("%.60q: %v has period %q, want %q", tt.text, tt.value, c.Period, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%.60q: no figure %v among %q", tt.text, tt.value, got)
		}
	}
}
