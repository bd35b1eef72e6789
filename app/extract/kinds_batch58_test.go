package extract

import "testing"

// TestKindChangeComparedTo: "до" after a change in percent is the level
// reached, also with a comparison phrase and a dash between (held-out
// batch 58: "снижение … на 22% по сравнению с 2024 годом — до 41,5 тысячи
// материалов"). With no percent before, "до" stays "up to".
func TestKindChangeComparedTo(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ru, по сравнению с годом, тире", "Роскомнадзор зафиксировал снижение блокировок на 22% по сравнению с 2024 годом — до 41,5 тысячи материалов.", []string{"22 percent", "41500 content_items"}},
		{"ru, по сравнению с прошлым годом", "Число блокировок снизилось на 22% по сравнению с прошлым годом — до 41,5 тысячи материалов.", []string{"22 percent", "41500 content_items"}},
		{"ru, тире без сравнения", "Число блокировок снизилось на 22% — до 41,5 тысячи материалов.", []string{"22 percent", "41500 content_items"}},
		// unchanged: no percent before, "до" is "up to"
		{"ru, до без процента", "Роскомнадзор заблокировал до 41,5 тысячи материалов.", []string{"41500 content_items up_to"}},
		{"ru, процент в другой фразе", "Доля выросла на 22%, а ведомство заблокирует до 41,5 тысячи материалов.", []string{"22 percent", "41500 content_items up_to"}},
	})
}
