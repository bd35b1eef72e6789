package ingest_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/takedowndesk/takedowndesk/app/ingest"
)

// articleSources are the sources a reader finds in each saved article of
// testdata/realfiles (name/kind): the outlet and author of its credits,
// and whoever its sentences quote for their facts. also are names that
// are right to suggest but that a reader would not miss (a site quoted
// by another, an agency quoted on nothing counted).
var articleSources = map[string]struct{ want, also []string }{
	"almarjie-2018-12-06-telegram-groups.txt":   {want: []string{"المرجع/news_outlet", "أحمد لملوم/researcher", "وكالة ناشر/wire", "BBC/news_outlet"}},
	"arabkhabar-2023-10-01-etidal-telegram.txt": {want: []string{"صحيفة عاجل/news_outlet"}},
	"cnnarabic-2013-08-28-syria.html": {want: []string{"CNNArabic/news_outlet", "المرصد السوري لحقوق الإنسان/ngo"},
		also: []string{"الائتلاف الوطني السوري المعارض/unknown"}},
	"copts-united-europol-telegram.txt": {want: []string{"روماني صبري/researcher", "مداد نيوز/news_outlet"}},
	"guardian-whales-2019.html": {want: []string{"Eleanor Ainge Roy/researcher", "the Guardian/news_outlet",
		"New Zealand Department of Conservation/government"}},
	"kommersant-2026-02-27-rkn-telegram.txt":   {want: []string{"RIA Novosti/wire", "Roskomnadzor/government", "Максут Шадаев/government"}},
	"mail-ru-2026-02-17-rkn-400k-channels.txt": {want: []string{"Roskomnadzor/government", "Lenta.ru/news_outlet", "Сергей Боярский/unknown"}},
	"nytimes-sudan-2017.html":                  {want: []string{"Jeffrey Gettleman/researcher", "The New York Times/news_outlet", "Mr. Reeves/unknown"}},
	"techworm-2015-10-billion-links.txt":       {also: []string{"Google/platform_statement"}},
	"torrentfreak-2024-01-01-bogus-dmca.txt":   {},
	"torrentfreak-2024-03-08-dsa-google.md": {want: []string{"Andy Maxwell/researcher", "TorrentFreak/news_outlet"},
		also: []string{"Google/platform_statement"}},
	"lenta-2026-02-17-rkn-154k-channels.txt": {want: []string{"Roskomnadzor/government", "Telegram/platform_statement"}},
	"lenta-2026-02-17-rkn-april.txt": {want: []string{"Мария Большакова/researcher", "Roskomnadzor/government", "TASS/wire"},
		also: []string{"Baza/news_outlet"}},
	"realnoevremya-2026-02-17-rkn-telegram.txt": {want: []string{"Никита Егоров/researcher", "Roskomnadzor/government", "RT/news_outlet"}},
	"sibfm-2026-02-18-rkn-telegram.txt": {want: []string{"RIA Novosti/wire", "Наталья Шлюшинская/researcher"},
		also: []string{"Roskomnadzor/government", "Baza/news_outlet"}},
	"golem-2022-02-bka-telegram-64-channels.txt": {want: []string{"Süddeutsche Zeitung/news_outlet"},
		also: []string{"BKA/government", "Bundeskriminalamt/government"}},
	"kurd-online-sohr-reporting-campaign.txt":     {want: []string{"المرصد السوري لحقوق الإنسان/ngo"}},
	"journaldugeek-2015-11-19-telegram-daech.txt": {want: []string{"Elodie/researcher", "Le Monde/news_outlet", "Telegram/platform_statement"}},
	"atsamachar-telegram-ban-hindi.txt":           {want: []string{"देवेन्द्र कुमार जैन/researcher"}},
	// "நிறுவனம் தெரிவித்துள்ளது" (the company said): Telegram
	"getlokalapp-tamil-2114-telegram-groups.txt":       {want: []string{"Telegram/platform_statement"}},
	"teluguprabha-2025-11-15-delhi-blast-telegram.txt": {},
	// "рассказали «Коммерсанту»": the agency told Kommersant, which
	// reported it
	"zona-2023-09-07-rkn-885k-sites.txt": {want: []string{"Roskomnadzor/government", "Kommersant/news_outlet"}},
	// "сообщила глава управления … РКН Татьяна Денискина": the official
	// after her long title
	"holod-2026-01-31-rkn-4-7m-sites.txt":           {want: []string{"Татьяна Денискина/government", "Roskomnadzor/government"}},
	"almowaten-2026-01-15-etidal-telegram-2025.txt": {want: []string{"المواطن/news_outlet"}},
	// "interviewé par le Wall Street Journal": the paper the minister spoke to
	"lefigaro-2013-04-05-privatisations.html": {want: []string{"Bertille Bayart/researcher", "Marie Visot/researcher",
		"Le Figaro/news_outlet", "Wall Street Journal/news_outlet"}},
	"wiwo-2017-03-23-linde-praxair.html": {want: []string{"Wirtschaftswoche/news_outlet"}},
	"liberation-2015-04-30-nepal-seisme.html": {want: []string{"AFP/wire", "Libération.fr/news_outlet", "Quai d'Orsay/government",
		"ministère des Affaires étrangères/government"}, also: []string{"Laurent Fabius/unknown"}},
	"lemonde-2015-05-05-loi-renseignement.html": {want: []string{"Martin Untersinger/researcher", "Damien Leloup/researcher",
		"Morgane Tual/researcher", "Le Monde.fr/news_outlet"}, also: []string{"CNIL/government", "CNCTR/government"}},
	"lecourrierderussie-2018-04-blocage-telegram.txt": {want: []string{"Le Courrier de Russie/news_outlet"},
		also: []string{"Roskomnadzor/government"}},
	// "in an interview with the BBC": the page's own outlet, signed "BBC
	// News"; its North America editor is quoted on nothing counted
	"bbc-2015-07-24-obama-gun-laws.html": {want: []string{"BBC News/news_outlet", "Mr Obama/unknown"},
		also: []string{"Jon Sopel/unknown"}},
	// the wire under its dateline's city
	"hurriyet-2019-11-26-europol-isil.txt": {want: []string{"Anadolu Agency/wire", "Europol/government"}},
	// Europol's own release: the agency states what it did
	"europol-2019-11-25-telegram-referral-action-days.txt": {want: []string{"Europol/government"}},
	"marokko-europol-terror-propaganda-52-platforms.txt":   {want: []string{"Europol/government"}},
	"startupnews-2020-08-31-youtube-11-4m-videos.md":       {want: []string{"Jon/researcher", "YouTube/platform_statement"}},
	// "Por: Redacción": the newsroom, credited as the outlet
	"eluniverso-2026-08-24-kenia-repatriar.html": {want: []string{"El Universo/news_outlet", "Sing’Oei/unknown"}},
	// "De acuerdo con un análisis de Bancolombia": the bank's analysis
	// gives the figures
	"infobae-2026-08-24-terremoto-consumo.html": {want: []string{"Juan Gaona/researcher", "infobae/news_outlet", "Bancolombia/unknown"}},
	"spiegel-2018-12-22-relotius-albtraum.html": {want: []string{"Clemens Höges/researcher", "SPIEGEL ONLINE/news_outlet"}},
	// "Ediciones El País" in the metadata is the publisher; the byline
	// names the two journalists. "según los datos reflejados en la web de
	// la Consejería de Sanidad" and the ministry's spokeswoman are not
	// yet read
	"elpais-2012-10-27-listas-espera.html": {want: []string{"María R. Sahuquillo/researcher", "Emilio de Benito/researcher", "EL PAÍS/news_outlet"},
		also: []string{"Ministerio de Sanidad/government", "Consejería de Sanidad/government"}},
	"cnnarabic-2013-08-04-syria-depots.html": {want: []string{"CNNArabic/news_outlet", "المرصد السوري لحقوق الإنسان/ngo"},
		also: []string{"الائتلاف الوطني السوري المعارض/unknown"}},
	// "informa Europa Press": the wire, not yet read
	"elmundo-2012-10-28-eta-lesaka-iso-8859-15.html": {want: []string{"Ángeles Escrivá/researcher", "elmundo.es/news_outlet",
		"Ministerio del Interior/government", "Europa Press/wire"}},
	"france24-2015-05-12-bangladesh-blogger.html": {want: []string{"France 24/news_outlet", "AFP/wire", "Reuters/wire"}},
}

// TestRealArticleSources imports each saved article and scores the
// sources the import suggests against the ones a reader finds: every
// suggestion must be one (precision 1), and recall must not fall below
// what the credits' lines, the organisations named after Arabic and
// Russian verbs and the Russian case forms of known names give.
func TestRealArticleSources(t *testing.T) {
	const minRecall = 0.85
	found, wanted, right, suggested := 0, 0, 0, 0
	for file, gold := range articleSources {
		db := openDB(t)
		rep := ingest.File(context.Background(), db, filepath.Join("testdata", "realfiles", file), ingest.Options{})
		if rep.Err != nil {
			t.Fatalf("%s: %v", file, rep.Err)
		}
		want := map[string]bool{}
		for _, w := range gold.want {
			want[strings.ToLower(w)] = true
		}
		also := map[string]bool{}
		for _, w := range gold.also {
			also[strings.ToLower(w)] = true
		}
		got := map[string]bool{}
		for _, n := range allNotices(t, db) {
			for _, s := range n.Sources {
				k := strings.ToLower(s.Source.Name + "/" + string(s.Source.Kind))
				if got[k] {
					continue
				}
				got[k] = true
				switch {
				case want[k]:
					suggested++
					right++
					found++
				case also[k]:
				default:
					suggested++
					t.Errorf("%s: %s/%s is no source of the article", file, s.Source.Name, s.Source.Kind)
				}
			}
		}
		wanted += len(want)
		for w := range want {
			if !got[w] {
				t.Logf("%s: missed %s", file, w)
			}
		}
	}
	precision, recall := float64(right)/float64(max(suggested, 1)), float64(found)/float64(max(wanted, 1))
	t.Logf("sources of %d saved articles: precision %.2f (%d/%d), recall %.2f (%d/%d)", len(articleSources), precision, right, suggested, recall, found, wanted)
	if recall < minRecall {
		t.Errorf("recall %.2f, want at least %.2f", recall, minRecall)
	}
}
