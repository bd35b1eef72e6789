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
