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
