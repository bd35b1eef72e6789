package ingest

import (
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/takedowndesk/takedowndesk/app"
)

// TestTitleOutlet: the outlet a page's <title> names after the headline
// it gives on its own, and nothing when the rest is not a short name.
func TestTitleOutlet(t *testing.T) {
	for _, tc := range []struct{ title, headline, want string }{
		{"United States to Lift Sudan Sanctions - The New York Times", "United States to Lift Sudan Sanctions", "The New York Times"},
		{"Telegram bans 78 channels | Reuters", "Telegram bans 78 channels", "Reuters"},
		{"تلغرام تحظر 78 قناة – الجزيرة نت", "تلغرام تحظر 78 قناة", "الجزيرة نت"},
		{"Telegram ferme 78 chaînes — Le Monde.fr", "Telegram ferme 78 chaînes", "Le Monde.fr"},
		{"Telegram bans 78 channels", "Telegram bans 78 channels", ""},                                       // nothing after
		{"Telegram bans 78 channels - Tech | News | Site", "Telegram bans 78 channels", ""},                  // a path, not a name
		{"Telegram bans 78 channels - and then it banned six hundred more", "Telegram bans 78 channels", ""}, // a sentence
		{"Other headline - Reuters", "Telegram bans 78 channels", ""},                                        // not its headline
		{"Telegram bans 78 channels - Reuters", "", ""},                                                      // no headline given
		{"Telegram bans 78 channels: Reuters", "Telegram bans 78 channels", ""},                              // no separator
	} {
		if got := titleOutlet(tc.title, tc.headline); got != tc.want {
			t.Errorf("titleOutlet(%q, %q) = %q, want %q", tc.title, tc.headline, got, tc.want)
		}
	}
}

// TestWithoutSiteName: a page's title signed with its site's name after
// a separator is the headline; a title that only ends in the name's
// words, or is the name, stays.
func TestWithoutSiteName(t *testing.T) {
	for _, tc := range []struct{ title, site, want string }{
		{"Obama admits US gun laws are his 'biggest frustration' - BBC News", "BBC News", "Obama admits US gun laws are his 'biggest frustration'"},
		{"Telegram bans 78 channels | Reuters", "Reuters", "Telegram bans 78 channels"},
		{"Telegram ferme 78 chaînes — Le Monde.fr", "le monde.fr", "Telegram ferme 78 chaînes"},
		{"Why we read the BBC News", "BBC News", "Why we read the BBC News"},
		{"BBC News", "BBC News", "BBC News"},
		{"Telegram-Reuters", "Reuters", "Telegram-Reuters"},
		{"Telegram bans 78 channels", "", "Telegram bans 78 channels"},
	} {
		if got := withoutSiteName(tc.title, tc.site); got != tc.want {
			t.Errorf("withoutSiteName(%q, %q) = %q, want %q", tc.title, tc.site, got, tc.want)
		}
	}
}

// TestPageMetaBylineAndDate: a page's byline and day as newspapers mark
// them. Le Figaro stamps its update before its publication and marks
// each journalist as a schema.org Person while its "author" meta names
// its own domain; Le Monde's byline holds an aside of co-authors.
func TestPageMetaBylineAndDate(t *testing.T) {
	for _, tc := range []struct{ page, author, day string }{
		{`<html><head><meta name="author" content="lefigaro.fr"></head><body><ul>` +
			`<li>Par <span itemscope itemtype="http://schema.org/Person" itemprop="author"><a itemprop="name" href="#auteur">Bertille Bayart</a></span>, ` +
			`<span itemprop="author"><a itemprop="name" href="#auteur">Marie Visot</a></span></li>` +
			`<li>Mis à jour <time itemprop="dateModified" datetime="2013-04-06T10:37:32+02:00">le 06/04/2013</time></li>` +
			`<li>Publié <time itemprop="datePublished" datetime="2013-04-05T17:08:23+02:00">le 05/04/2013</time></li></ul>` +
			`<aside><div itemprop="author"><a itemprop="name url" href="/page/bertille-bayart">Bertille Bayart</a><span>5 abonnés</span></div></aside></body></html>`,
			"Bertille Bayart, Marie Visot", "2013-04-05"},
		{`<html><body><time datetime="2015-05-04T13:36:31+02:00" itemprop="datePublished">04.05.2015</time> Par <span itemprop="author" class="auteur">` +
			`<a class="auteur" href="/journaliste/martin-untersinger/">Martin Untersinger</a> (avec Damien Leloup et Morgane Tual)</span>` +
			`<li itemprop="author"><a href="/journaliste/martin-untersinger/">Martin Untersinger</a> (avec Damien Leloup et Morgane Tual) Journaliste au Monde Suivre Aller sur la page de ce journaliste</li></body></html>`,
			"Martin Untersinger (avec Damien Leloup et Morgane Tual)", "2015-05-04"},
		// a <time> marked published only by its pubdate attribute
		{`<html><body><time datetime="2020-01-02">2 Jan</time><time pubdate datetime="2019-12-30">30 Dec</time></body></html>`, "", "2019-12-30"},
	} {
		doc, err := html.Parse(strings.NewReader(tc.page))
		if err != nil {
			t.Fatal(err)
		}
		m := pageMeta(doc)
		if m.author != tc.author || m.published.Format("2006-01-02") != tc.day {
			t.Errorf("author %q, day %s; want %q, %s", m.author, m.published.Format("2006-01-02"), tc.author, tc.day)
		}
	}
}

// TestPageMetaPublisher: a page that names its outlet only as the
// publisher of its JSON-LD (WirtschaftsWoche's) has that outlet; its
// og:site_name, when given, comes first.
func TestPageMetaPublisher(t *testing.T) {
	const ld = `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Organization","name":"Wirtschaftswoche"}],` +
		`"publisher":{"@type":"Organization","name":"Wirtschaftswoche","logo":{"width":75,"height":60}}}</script>`
	for _, tc := range []struct{ head, site string }{
		{ld + `<meta name="author" content="Wirtschaftswoche">`, "Wirtschaftswoche"},
		{ld + `<meta property="og:site_name" content="WiWo">`, "WiWo"},
		{`<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","publisher":[{"name":"Le Temps"}]}]}</script>`, "Le Temps"},
	} {
		doc, err := html.Parse(strings.NewReader("<html><head>" + tc.head + "</head><body><p>Text.</p></body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		if m := pageMeta(doc); m.site != tc.site {
			t.Errorf("site %q, want %q", m.site, tc.site)
		}
	}
}

// TestOwnOutletDropped: the outlet a page's text names shorter than its
// metadata does ("the BBC" on a page signed "BBC News") is the page's own
// outlet; other outlets, and other kinds of source, stay.
func TestOwnOutletDropped(t *testing.T) {
	outlet := func(name string) app.SourceLink {
		return app.SourceLink{Source: app.Source{Name: name, Kind: app.SourceNewsOutlet}, Role: app.RoleReportedBy}
	}
	own := []app.SourceLink{outlet("BBC News")}
	for _, tc := range []struct {
		found []app.SourceLink
		want  string
	}{
		{[]app.SourceLink{outlet("BBC")}, ""},
		{[]app.SourceLink{outlet("bbc")}, ""},
		{[]app.SourceLink{outlet("BBC News")}, "BBC News"}, // MergeSources drops it
		{[]app.SourceLink{outlet("BB")}, "BB"},
		{[]app.SourceLink{outlet("The Guardian")}, "The Guardian"},
		{[]app.SourceLink{{Source: app.Source{Name: "BBC", Kind: app.SourceResearcher}, Role: app.RoleStatedBy}}, "BBC"},
	} {
		var got []string
		for _, s := range ownOutletDropped(own, tc.found) {
			got = append(got, s.Source.Name)
		}
		if strings.Join(got, ",") != tc.want {
			t.Errorf("%v: got %q, want %q", tc.found, got, tc.want)
		}
	}
}
