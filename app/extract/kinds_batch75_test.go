package extract

import "testing"

// TestKindBlockedMedia: Spanish news media ("medios de comunicación",
// "medios digitales", "medios de noticias") said to be blocked count the
// sites that were blocked, as "portales" do; with no blocking named, or
// as means ("medios de pago"), they stay no unit (held-out batch 75).
func TestKindBlockedMedia(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"es, estaban bloqueados", "Según la ONG, al menos 28 medios de comunicación estaban bloqueados en el país.", []string{"28 sites at_least"}},
		{"es, medios digitales bloqueados", "Conatel bloqueó 14 medios digitales durante la campaña.", []string{"14 sites"}},
		{"es, medios de noticias", "Hay más de 45 medios de noticias bloqueados por los proveedores.", []string{"45 sites more_than"}},
		{"es, in words", "En una semana, tres medios digitales se sumaron a la lista de portales bloqueados.", []string{"3 sites"}},
		{"es, portals of media", "El regulador bloqueó los portales web de siete medios de comunicación.", []string{"7 sites"}},
		// unchanged: no blocking, or means rather than media
		{"es, media covering", "Unos 40 medios de comunicación cubrieron la rueda de prensa.", nil},
		{"es, media reporting a block", "Según 20 medios de comunicación, el Gobierno ordenó que se bloquearan las redes.", nil},
		{"es, means of payment", "La policía bloqueó cuentas en 12 medios de pago distintos.", nil},
		{"es, sites counted", "Conatel bloqueó 20 portales web de noticias.", []string{"20 sites"}},
	})
}

// TestKindSuperadoCount: a Spanish perfect of "superar" (to exceed)
// before a count, with its article between, says "more than" ("han
// superado las dos mil"), as "superan" already does.
func TestKindSuperadoCount(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"es, han superado las", "Desde 2009, el número de páginas web bloqueadas en el país han superado las tres mil.", []string{"3000 sites more_than"}},
		{"es, ha superado los", "Desde 2009, el número de sitios bloqueados en el país ha superado los 3.000.", []string{"3000 sites more_than"}},
		// unchanged: a plain count
		{"es, plain", "Las autoridades bloquearon 300 páginas web.", []string{"300 sites"}},
	})
}

// TestKindArabicOutOfTotal: an Arabic count after "من أصل" (out of) is the
// whole the blocked part was taken from ("حجب 290 موقعاً من أصل 400
// موقع"): no takedown figure of its own, unless a takedown is said of the
// whole itself (held-out batch 75).
func TestKindArabicOutOfTotal(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ar, out of a total of sites", "قررت الهيئة حجب 150 موقعاً من أصل 320 موقع إخباري.", []string{"150 sites"}},
		{"ar, out of accounts", "أغلقت الشركة 80 حساباً من أصل 500 حساب تمت مراجعتها.", []string{"80 accounts"}},
		// unchanged: the whole is itself restricted
		{"ar, whole blocked", "وشكلت 30 موقعاً من أصل 900 موقع محجوبة خلال العام.", []string{"30 sites", "900 sites"}},
		{"ar, whole restricted", "حُجب أكثر من 40 ألف موقع من أصل نحو 52 ألف موقع تم تقييد الوصول إليها.", []string{"40000 sites more_than", "52000 sites about"}},
	})
}

// TestKindArabicLicensedCount: an Arabic count of licensed sites
// ("المواقع الإخبارية المرخصة 111 موقعا", "93 موقعاً مرخصاً") tells what
// may operate, not what was taken down, as "16 portales autorizados" does
// (held-out batch 75).
func TestKindArabicLicensedCount(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ar, licensed before the count", "وبلغ عدد المواقع الإخبارية المرخصة 87 موقعا.", nil},
		{"ar, licensed after the unit", "ويعمل في المملكة 93 موقعاً مرخصاً.", nil},
		// unchanged: unlicensed sites blocked
		{"ar, unlicensed blocked", "حجبت الدائرة 60 موقعا غير مرخص.", []string{"60 sites"}},
		{"ar, blocked", "حجبت الدائرة 60 موقعا إخباريا.", []string{"60 sites"}},
	})
}

// TestKindArabicPageAdmins: Arabic people who run pages ("10 من مسؤولي
// صفحات", "اثنان من مدراء صفحة", "5 من مديري الحسابات") are people, not
// pages or accounts, as "Eight channel administrators" are (held-out
// batch 75).
func TestKindArabicPageAdmins(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ar, مسؤولي صفحات", "ألقت الشرطة القبض على 12 من مسؤولي صفحات على فيسبوك.", nil},
		{"ar, مدراء صفحة", "واعتقلت اثنين من مدراء صفحة على فيسبوك.", nil},
		{"ar, مديري الحسابات", "وأوقفت السلطات 7 من مديري الحسابات المحرضة.", nil},
		// unchanged: pages closed
		{"ar, pages closed", "أغلقت الوزارة 40 صفحة على فيسبوك.", []string{"40 pages"}},
		{"ar, of the pages", "وأغلقت 30 من الصفحات المحرضة.", []string{"30 pages"}},
	})
}

// TestKindArabicSeizedMaterial: "مادة" (a material, an item) counted after
// a verb of seizing ("ضبط 11620 مادة منتهكة") is goods seized in shops,
// not content removed; removed or blocked material stays a content count
// (held-out batch 75).
func TestKindArabicSeizedMaterial(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ar, تم ضبط", "وخلال الحملة تم ضبط 4500 مادة منتهكة لحقوق المؤلف.", nil},
		{"ar, ضبطت", "ضبطت الفرق 900 مادة مقلدة في المحلات.", nil},
		// unchanged: material removed
		{"ar, removed", "أزالت المنصة 4500 مادة متطرفة.", []string{"4500 content_items"}},
	})
}
