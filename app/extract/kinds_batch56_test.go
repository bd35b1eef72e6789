package extract

import "testing"

// TestKindCameFrom: a bare second count after a comma, followed by a verb
// of coming and the preposition of origin that also follows the first
// count, counts the first count's unit (held-out batch 56: "132.613
// Eingaben auf das Konto von Nutzern, 37.620 kamen von Beschwerdestellen").
// Another preposition, no verb of coming, or a time after the verb gives
// the bare count no unit.
func TestKindCameFrom(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"de, kamen von", "Im Halbjahr gingen 132.613 Eingaben auf das Konto von Nutzern, 37.620 kamen von Beschwerdestellen.", []string{"132613 notices", "37620 notices"}},
		{"en, came from", "Facebook received 132,613 complaints from users, 37,620 came from hotlines.", []string{"132613 notices", "37620 notices"}},
		{"es, vinieron de", "Facebook recibió 132.613 denuncias de usuarios, 37.620 vinieron de organismos.", []string{"132613 notices", "37620 notices"}},
		// unchanged: another preposition, a time, no verb of coming
		{"de, kamen aus", "Facebook erhielt 132.613 Beschwerden von Nutzern, 37.620 kamen aus Berlin.", []string{"132613 notices"}},
		{"de, kamen im Juni", "Facebook erhielt 132.613 Beschwerden von Nutzern, 37.620 kamen im Juni.", []string{"132613 notices"}},
		{"en, were checked by", "Facebook received 132,613 complaints from users, 37,620 were checked by lawyers.", []string{"132613 notices"}},
	})
}
