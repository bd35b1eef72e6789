package extract

import "testing"

// TestKindBlockedServices: a bare "services" (French), "servicios",
// "servizi" counted in a clause of blocking names the illegal sites or
// IPTV services a regulator had blocked, as "services illégaux" already
// did; the word of blocking may stand before the count or after it, past a
// relative pronoun. Services of VPN and services in no clause of blocking
// stay no unit (held-out batch 76).
func TestKindBlockedServices(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"fr, verb before", "En 2023, le régulateur avait fait bloquer 2 100 services.", []string{"2100 sites"}},
		{"fr, relative after", "Depuis août, ce sont 410 services qui ont été bloqués par les opérateurs.", []string{"410 sites"}},
		{"fr, participle after", "Au total 87 services ont été bloqués samedi.", []string{"87 sites"}},
		{"es, verb before", "La Liga logró bloquear 320 servicios durante la temporada.", []string{"320 sites"}},
		{"it, verb before", "Nel weekend l'Agcom ha fatto bloccare 150 servizi.", []string{"150 sites"}},
		// unchanged: no blocking, or services of VPN
		{"fr, no blocking", "L'Arcom a contrôlé 12 services en 2024.", nil},
		{"fr, VPN services", "Roskomnadzor a bloqué 197 services VPN.", nil},
		{"fr, VPN services de", "Le régulateur a bloqué 40 services de VPN.", nil},
		{"fr, illegal services", "L'Arcom a fait bloquer 900 services illégaux.", []string{"900 sites"}},
	})
}

// TestKindInvestigatedOrWarned: sites and platforms a regulator
// investigated, warned or put on formal notice are no takedown figure, as
// those under "investigations into" already were: "investigated 40
// platforms", "mis en demeure 8 sites", "warned 30 sites" (held-out batch
// 76). Sites blocked after a warning stay a figure.
func TestKindInvestigatedOrWarned(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"en, investigated", "The regulator has investigated 40 platforms since March.", nil},
		{"en, is investigating", "Ofcom is investigating 12 platforms over age checks.", nil},
		{"es, investigó", "La CNMC investigó 25 plataformas el año pasado.", nil},
		{"fr, mettre en demeure", "Le régulateur vient de mettre en demeure huit sites de jeux.", nil},
		{"fr, a mis en demeure", "L'Arcom a mis en demeure 17 sites pornographiques.", nil},
		{"en, warned", "The authority warned 30 sites before blocking them.", nil},
		{"de, abgemahnt", "Die Behörde hat 14 Plattformen abgemahnt.", nil},
		// unchanged: sites blocked, complaints investigated
		{"en, blocked after warning", "After a warning, the authority blocked 30 sites.", []string{"30 sites"}},
		{"fr, bloqué", "L'Arcom a fait bloquer 17 sites pornographiques.", []string{"17 sites"}},
		{"en, complaints investigated", "The office investigated 900 complaints last year.", []string{"900 notices"}},
	})
}
