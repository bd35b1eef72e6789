package ingest

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestPageBylineLine: the byline readability finds runs its element's
// parts together; the element read line by line gives the credit alone
// (Infobae's "Por Juan Gaona" beside its "Seguir" button).
func TestPageBylineLine(t *testing.T) {
	tests := []struct{ page, byline, want string }{
		{`<div class="byline"><p><span>Por </span><a href="/autor/juan-gaona/">Juan Gaona</a></p><a href="https://profile.google.com/x">Seguir</a></div>`,
			"Por Juan GaonaSeguir", "Por Juan Gaona"},
		{`<div class="byline"><p>By Nina Mulamba</p><div>Follow</div></div>`, "By Nina MulambaFollow", "By Nina Mulamba"},
		// a byline whose element is whole stays as given
		{`<p class="byline">By Sam Ortiz</p>`, "By Sam Ortiz", "By Sam Ortiz"},
		// no element holds it: as given
		{`<p>text</p>`, "By Sam Ortiz", "By Sam Ortiz"},
	}
	for _, tc := range tests {
		doc, err := html.Parse(strings.NewReader("<html><body>" + tc.page + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		if got := pageBylineLine(doc, tc.byline); got != tc.want {
			t.Errorf("pageBylineLine(%q) = %q, want %q", tc.byline, got, tc.want)
		}
	}
}

// TestBylineOutletAddress: an author line that is the outlet with its
// address ("SPIEGEL ONLINE, Hamburg, Germany") names no journalist, and
// the city and country after the outlet are no one.
func TestBylineOutletAddress(t *testing.T) {
	tests := []struct{ byline, outlet, want string }{
		{"SPIEGEL ONLINE, Hamburg, Germany", "SPIEGEL ONLINE", ""},
		{"Nina Mulamba, Sam Ortiz", "The Daily", "Nina Mulamba Sam Ortiz"},
		{"Nina Mulamba, The Daily", "The Daily", "Nina Mulamba"},
	}
	for _, tc := range tests {
		var got []string
		for _, s := range bylineSources(tc.byline, tc.outlet) {
			got = append(got, s.Source.Name)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("bylineSources(%q, %q) = %q, want %q", tc.byline, tc.outlet, g, tc.want)
		}
	}
}

// TestAuthorClassLine: an element named for the authors in German,
// Spanish or Italian ("dig-autoren", "autor", "autore") holds the
// byline readability misses; other elements and long texts do not.
func TestAuthorClassLine(t *testing.T) {
	tests := []struct{ page, want string }{
		{`<div class="dig-autoren">
  Von Clemens Höges
 </div>`, "Von Clemens Höges"},
		{`<span class="nota-autor">Por Ana Ruiz</span>`, "Por Ana Ruiz"},
		{`<p class="autore">di Marco Rossi</p>`, "di Marco Rossi"},
		{`<div class="autorenliste">Von Clemens Höges</div>`, ""},
		// El Mundo's signature: the writer, then the city in its own span
		{`<p class="firma"><em>Ángeles Escrivá</em> | <span class="localizacion">Madrid</span></p>`, "Ángeles Escrivá"},
		// El País's: the authors' span inside the signature, the place and
		// time beside them
		{`<span class="firma"><span class="autor"><a rel="author">María R. Sahuquillo</a> /
<a rel="author">Emilio de Benito</a></span><span class="data">Madrid</span><a>27 OCT 2012 - 12:14</a></span>`, "María R. Sahuquillo / Emilio de Benito"},
		{`<div class="text">Von Clemens Höges</div>`, ""},
	}
	for _, tc := range tests {
		doc, err := html.Parse(strings.NewReader("<html><body>" + tc.page + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		if got := authorClassLine(doc); got != tc.want {
			t.Errorf("authorClassLine(%q) = %q, want %q", tc.page, got, tc.want)
		}
	}
}

// TestJSONLDHeadline: a page without og:title takes its JSON-LD
// headline, not the <title> that adds the issue.
func TestJSONLDHeadline(t *testing.T) {
	page := `<html><head><title>Ein Albtraum - DER SPIEGEL 52/2018</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ein Albtraum"}</script></head><body></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if m := pageMeta(doc); m.title != "Ein Albtraum" {
		t.Errorf("title %q, want %q", m.title, "Ein Albtraum")
	}
}

// TestNamesOutlet: an author that is the outlet or its publishing house
// ("Ediciones El País" on El País's page) names no journalist.
func TestNamesOutlet(t *testing.T) {
	tests := []struct {
		name, outlet string
		want         bool
	}{
		{"Ediciones El País", "EL PAÍS", true},
		{"SPIEGEL ONLINE", "SPIEGEL ONLINE", true},
		{"María R. Sahuquillo", "EL PAÍS", false},
		{"Paisano Ruiz", "El País", false},
		{"Anyone", "", false},
	}
	for _, tc := range tests {
		if got := namesOutlet(tc.name, tc.outlet); got != tc.want {
			t.Errorf("namesOutlet(%q, %q) = %v, want %v", tc.name, tc.outlet, got, tc.want)
		}
	}
}
