package ingest_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/brief"
	"github.com/takedowndesk/takedowndesk/app/ingest"
	"github.com/takedowndesk/takedowndesk/store"
)

// notFigures are the spans of a text where no figure may come from: web
// addresses (with their percent-escapes), e-mail addresses, IP addresses,
// hashes (not a fraction's digits after its point: TikTok's
// "0.9109999999999999"), and codes that glue digits to letters or slashes
// (register decisions "27/3-286-2014/Ид6333-14", "9843-URL-on",
// "2/1/11-12201").
var notFigures = regexp.MustCompile(`(?i)(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+|\b\d{1,3}(?:\.\d{1,3}){3}\b|(?:^|[^.,0-9])[0-9a-f]{16,}\b|\S*\d[/\\]\S*|\S*\d-\pL\S*|\S*\pL-?\d\S*`)

// unitWords are the words a column or metric name must hold for a
// table's figure to have that unit.
var unitWords = map[string][]string{
	"requests": {"request"}, "accounts": {"account"}, "percent": {"percent", "%", "share", "rate"},
	"content_items": {"item", "content"}, "users": {"user"}, "urls": {"url"}, "channels": {"channel"},
	"posts": {"post", "tweet"}, "videos": {"video"}, "ip_addresses": {"ip"},
}

// countPart is a part of a row's title that is a count ("291", "<10"):
// a figure, not what the row is about. A year ("Reddit · 2024") is the
// row's period and names it.
var countPart = regexp.MustCompile(`^[<>≤≥]?\s*[0-9][0-9.,\s]*\+?$`)

var yearTitlePart = regexp.MustCompile(`^(?:19|20)\d\d$`)

// ipPart is an IP address, which names a register's row.
var ipPart = regexp.MustCompile(`^\d{1,3}(?:\.\d{1,3}){3}$`)

// fileSource is a source named like a file: the list a row came from.
var fileSource = regexp.MustCompile(`(?i)\.(?:txt|csv|pdf|json|xml|html?)$`)

// commonSources are names that are never sources.
var commonSources = map[string]bool{"he": true, "she": true, "so i": true, "i": true, "we": true, "they": true,
	"jews": true, "article": true, "january": true, "other": true, "some": true, "home": true, "it": true}

type realCheck struct {
	notices, figures int    // notices stored, figures among their claims
	encoding         string // "" for any
	sources          []string
	published        string   // the first notice's day, when checked
	titles           []string // titles some notice must have
	notSources       []string // names no source may have
	has              []string // figures some notice must hold, "value unit"
	noFigures        bool     // a text or page that must give none
	periods          []string // figures some notice must hold with their period, "value unit @period" ("@" for none)
	onlyUnits        []string // when set, the only units a figure may have
	undated          bool     // no figure may carry a date: the text's only date is no day they are of
	platform         string   // every notice's platform, when set
}

// TestRealFilesNoInventions imports real files (testdata/realfiles) into
// a fresh store and reads them as a reporter would: no figure from a web
// address, e-mail, IP, hash or register code; a table's units from its
// column names; no conflicts between rows about different things; real
// sources only, with the saved articles' bylines.
func TestRealFilesNoInventions(t *testing.T) {
	tests := map[string]realCheck{
		"zi-dump-2014-stored.csv":                {notices: 116, figures: 0},
		"zi-dump-2014-restored-cp1251.csv":       {notices: 113, figures: 0, encoding: "windows-1251"},
		"ali-ce-transparency-2009-2013.csv":      {notices: 146, figures: 431},
		"guardian-whales-2019.html":              {notices: 1, sources: []string{"Eleanor Ainge Roy/researcher/reported_by", "the Guardian/news_outlet/reported_by"}},
		"torrentfreak-2024-01-01-bogus-dmca.txt": {notices: 1},
		"techworm-2015-10-billion-links.txt":     {notices: 1},
		"torrentfreak-2024-03-08-dsa-google.md":  {notices: 1, sources: []string{"Andy Maxwell/researcher/reported_by", "TorrentFreak/news_outlet/reported_by"}},
		// the date in a meta that names itself twice (property and itemprop),
		// the outlet only in the <title> after the headline
		"nytimes-sudan-2017.html": {notices: 1, published: "2017-01-13",
			sources: []string{"Jeffrey Gettleman/researcher/reported_by", "The New York Times/news_outlet/reported_by"}},
		// a country's row of dashes is a row, not a new header; the
		// flag and page links name nothing; the totals row is left out
		"twitter-removal-requests-jan-jun-2018.csv": {notices: 74, figures: 266,
			titles: []string{"January - June 2018 · Norway · NO", "January - June 2018 · Turkey · TR"},
			has:    []string{"8480 requests", "13843 accounts", "1464 posts", "18 percent"}},
		// the list a row came from is no source and no title
		"india-blocked-master-list-2014.csv": {notices: 130, figures: 0,
			titles: []string{"http://http://http://http://225:182", "http://180upload.nl"}, notSources: []string{"blocked-websites-MSM-world-cup.txt"}},
		"bbc-world-rss-2017-01-20.xml": {notices: 3, noFigures: true, published: "2017-01-20", sources: []string{"BBC News - World/news_outlet/reported_by"},
			notSources: []string{"IS"}},
		"arabkhabar-2023-10-01-etidal-telegram.txt": {notices: 1, published: "2023-10-01",
			sources: []string{"صحيفة عاجل/news_outlet/reported_by"},
			has:     []string{"10565178 content_items", "2069 channels", "38799157 content_items", "12287 channels"},
			// the quarter closes the sentence of its counts; the page's
			// date line and a span's bound ("وحتى سبتمبر 2023م") are
			// no period
			periods: []string{"10565178 content_items @2023-Q3", "2069 channels @2023-Q3", "38799157 content_items @", "12287 channels @"}},
		// the masthead's editor and experts are not this story's sources;
		// the agency's name ends before "التابعة لتنظيم"
		"almarjie-2018-12-06-telegram-groups.txt": {notices: 1, published: "2018-12-06",
			titles:     []string{"«مجموعات التليجرام».. وسيلة «داعش» للتواصل مع عناصره"},
			notSources: []string{"عبد الرحيم علي", "رئيس التحرير", "وكالة ناشر التابعة لتنظيم الإرهابي"}},
		"copts-united-europol-telegram.txt": {notices: 1, sources: []string{"روماني صبري/researcher/reported_by"},
			has: []string{"26000 sites_and_accounts"}},
		"kommersant-2026-02-27-rkn-telegram.txt": {notices: 1, sources: []string{"RIA Novosti/wire/reported_by"},
			has: []string{"35600 content_items", "1400 posts"}},
		// "11,000 - 12,000" is one range, not 11,000 users read from the
		// header; the period is the file name's
		"facebook-government-report-2013-H1.csv": {notices: 71, figures: 213,
			has: []string{"11000 requests", "20000 accounts", "79 percent", "1547 requests"}},
		// "Court Orders: Number of Requests" counts requests (the group
		// before the colon, the count after), "<10" is up to 10, and no
		// count is taken for a row's name
		"google-government-removals-2009-H2.csv": {notices: 6, figures: 17,
			titles: []string{"Brazil · BR", "Armenia · AM"}, has: []string{"291 requests", "165 requests", "126 requests", "10 requests"}},
		// rows of one country and day by legal process do not conflict
		"google-user-data-requests-2009-2012.csv": {notices: 183, figures: 440,
			titles: []string{"United States · US · Subpoenas", "United States · US · Search Warrants"}},
		// Google's own detailed removals table, two periods: rows of one
		// country and reason on different products, and of one product
		// in the two periods, are different figures
		"google-government-detailed-removal-requests-2011.csv": {notices: 105, figures: 105,
			titles: []string{"Brazil · BR · Defamation", "Italy · IT · Defamation"}},
		// saved articles scored for their sources in realfiles_sources_test.go
		"lenta-2026-02-17-rkn-154k-channels.txt": {notices: 1, sources: []string{"Roskomnadzor/government/stated_by"},
			has: []string{"154000 channels", "400000 channels", "18000 channels"}},
		"lenta-2026-02-17-rkn-april.txt": {notices: 1, titles: []string{"В Роскомнадзоре прокомментировали сообщения о блокировке Telegram с 1 апреля"},
			sources: []string{"Мария Большакова/researcher/reported_by"}, notSources: []string{"Илья Московец", "URA.RU"}},
		// the stamp "12:39, 17.02.2026" is the day it was published
		"realnoevremya-2026-02-17-rkn-telegram.txt": {notices: 1, published: "2026-02-17", noFigures: true,
			sources: []string{"Никита Егоров/researcher/reported_by"}},
		"sibfm-2026-02-18-rkn-telegram.txt": {notices: 1, has: []string{"187000 groups_and_channels"},
			sources: []string{"Наталья Шлюшинская/researcher/reported_by"}, notSources: []string{"журналист"}},
		"golem-2022-02-bka-telegram-64-channels.txt": {notices: 1, has: []string{"64 channels"},
			notSources: []string{"Dutzende Kanäle"}},
		"kurd-online-sohr-reporting-campaign.txt": {notices: 1, noFigures: true,
			sources: []string{"المرصد السوري لحقوق الإنسان/ngo/stated_by"}},
		"journaldugeek-2015-11-19-telegram-daech.txt": {notices: 1, has: []string{"78 channels", "12 languages"}},
		// a page of Lumen's search API (kept with the Lumen fixtures): 50
		// DMCA notices about tweets, their addresses counting nothing
		"../lumen/search-sample.json": {notices: 50},
		// a deals channel's export: prices ("@399", "₹7,999"), sizes
		// ("600 ml", "4GB RAM"), model numbers ("Lenovo 300", "Redmi 12C"),
		// "Pack Of 2" and the photos' width and height count nothing; its
		// percentages are percentages
		// a trading channel's export of 2021 (numeric from_id, no zone):
		// prices and position sizes ("33467.0/1") count nothing
		"telegram-khream-trading-2021-01-31-result.json": {notices: 13, figures: 0, platform: "Telegram",
			titles: []string{"Position in long : 33467.0/1"}},
		"telegram-deals-channel-2023-06-08-result.json": {notices: 7, onlyUnits: []string{"percent"},
			titles: []string{"Lenovo 300 Wireless Compact Mouse @399", "Kesh King Shampoo 600 ml @ 55% Off"}},
		// the sidebar's "السجن 8 سنوات" and the footer's "© 2013" are
		// no figures; the outlet is the page's site name
		// the byline "Por: Redacción" is the newsroom, no journalist; the
		// minister "Sing’Oei" is one name with its apostrophe; the photo
		// credit "Foto: AFP" reports nothing
		"eluniverso-2026-08-24-kenia-repatriar.html": {notices: 1, noFigures: true, published: "2026-08-25",
			titles:     []string{"Kenia brindará apoyo para repatriar restos de Michele Sensi-Contugi y su esposa tras accidente de helicóptero"},
			sources:    []string{"El Universo/news_outlet/reported_by"},
			notSources: []string{"Redacción", "Oei", "AFP"}},
		// the byline's element runs "Por Juan Gaona" into its "Seguir"
		// button; the image sizes, the photo credits' figures and the
		// magnitude "7,4" count nothing
		"infobae-2026-08-24-terremoto-consumo.html": {notices: 1, published: "2026-08-24", onlyUnits: []string{"percent"},
			sources:    []string{"Juan Gaona/researcher/reported_by", "infobae/news_outlet/reported_by"},
			has:        []string{"8.9 percent", "40.9 percent"},
			notSources: []string{"Juan GaonaSeguir", "REUTERS", "AFP"}},
		// the metadata's author is the outlet with its city and country;
		// the writer signs at the foot ("Von Clemens Höges"); the title is
		// the JSON-LD headline, not "… - DER SPIEGEL 52/2018"; page
		// numbers ("ab Seite 49"), ages, clock times, an e-mail and
		// "von zwei Seiten" (from two sides) count nothing
		"spiegel-2018-12-22-relotius-albtraum.html": {notices: 1, published: "2018-12-21", noFigures: true,
			titles:     []string{"Ein Albtraum"},
			sources:    []string{"Clemens Höges/researcher/reported_by", "SPIEGEL ONLINE/news_outlet/reported_by"},
			notSources: []string{"Hamburg", "Germany"}},
		// the metadata's author is the publishing house ("Ediciones El
		// País"), the page's byline the two journalists; the regions
		// ("10 comunidades autónomas", "estas dos comunidades") count no
		// groups
		"elpais-2012-10-27-listas-espera.html": {notices: 1, published: "2012-10-27", onlyUnits: []string{"percent"},
			has:        []string{"125 percent", "178 percent"},
			sources:    []string{"María R. Sahuquillo/researcher/reported_by", "Emilio de Benito/researcher/reported_by", "EL PAÍS/news_outlet/reported_by"},
			notSources: []string{"Ediciones El País", "GORKA LEJARCEGI"}},
		// the day only in the story's stamp, with the month's two Arabic
		// names ("04 آب/اغسطس 2013"); ad sizes ("728x90"), "ثلاثة
		// مستودعات" and "© 2013" count nothing
		"cnnarabic-2013-08-04-syria-depots.html": {notices: 1, noFigures: true, published: "2013-08-04",
			titles:  []string{"معارضون يسيطرون على مخازن للصواريخ بريف دمشق"},
			sources: []string{"CNNArabic/news_outlet/reported_by", "المرصد السوري لحقوق الإنسان/ngo/stated_by"}},
		// served in ISO-8859-15; the writer's signature in <p
		// class="firma"> with the city in its own span; "el Ministerio
		// del Interior dijo" is the ministry (before: "Interior"); the
		// comment count "15", "70 kilómetros" and an age count nothing
		"elmundo-2012-10-28-eta-lesaka-iso-8859-15.html": {notices: 1, noFigures: true, published: "2012-10-28", encoding: "iso-8859-15",
			sources:    []string{"Ángeles Escrivá/researcher/reported_by", "elmundo.es/news_outlet/reported_by", "Ministerio del Interior/government/stated_by"},
			notSources: []string{"Madrid", "Interior"}},
		"cnnarabic-2013-08-28-syria.html": {notices: 1, noFigures: true, published: "2013-08-28",
			sources: []string{"CNNArabic/news_outlet/reported_by"}},
		// Twitter's information requests: a footnoted count ("9*") is its
		// count, a country's row of dashes names the country, the totals
		// row is left out
		"twitter-information-requests-jan-jun-2017.csv": {notices: 39, figures: 87,
			titles: []string{"January - June 2017 · Indonesia · ID", "January - June 2017 · Albania · AL"},
			has:    []string{"9 requests", "2111 requests", "4594 accounts", "77 percent"}},
		// Meta's long table: one row per app, policy, metric and quarter,
		// "N/A" for none; no two rows compared
		"meta-community-standards-2023-q4.csv": {notices: 85, figures: 77, onlyUnits: []string{"content_items", "percent"},
			titles:  []string{"Instagram · Dangerous Orgs: Organized Hate · Content Actioned · 2023Q4"},
			periods: []string{"13900000 content_items @2023-Q4", "99.1 percent @2023-Q4", "291700 content_items @2023-Q4"}},
		// TikTok's long table gives its rates as fractions (0.938 is 93.8%,
		// 0.006 is 0.6%) and its quarters by their months ("Jul-Sep 2020")
		"tiktok-community-guidelines-2023-q4.csv": {notices: 36, figures: 36, onlyUnits: []string{"percent", "videos", "accounts"},
			periods: []string{"93.8 percent @2020-Q3", "0.6 percent @2020-Q4", "43086543 videos @2020-Q3", "974454 accounts @2020-Q4"}},
		// Google's European privacy requests as scraped from its page,
		// one row per country, unit (a column of its own: requests or
		// urls), issue, outcome and snapshot day: two days' running totals
		// (12,000 then 12,001 requests complied with) are two figures
		"google-europe-privacy-requests-2014-10-snapshots.csv": {notices: 84, figures: 84, onlyUnits: []string{"requests", "urls"},
			titles: []string{"Germany · DE · requests · private_personal_info · complied · 2014-10-11",
				"Germany · DE · requests · private_personal_info · complied · 2014-10-12", "Slovakia · SK · urls · serious_crime · undefined · 2014-10-11"},
			has: []string{"12000 requests", "12001 requests", "38825 urls"}},
		// Apple's downloads (Apple named by the file alone) date a half by
		// its first and last days month
		// first ("7/1/22", "12/31/22"): the row is of the half, dated by
		// its last day as a "Period Ending" row is, never by its first;
		// the national security requests are ranges ("0 - 499") of one
		// row per type (FISA content, FISA non-content, NSLs); the
		// half is the title's, its last day not repeated
		"apple-us-national-security-requests-2013-2022.csv": {notices: 40, platform: "Apple", figures: 80, published: "2022-12-31",
			titles:  []string{"2022 H2 · United States of America · FISA Content", "2022 H2 · United States of America · NSLs"},
			periods: []string{"0 requests @2022-H2", "34500 accounts @2022-H2", "13255 requests @2017-H1"}},
		// " -" (with its space) withholds a count; apps specified and
		// removed are counted in no unit the desk knows
		"apple-app-takedown-legal-violation-requests-2018-2021.csv": {notices: 23, platform: "Apple", figures: 69, published: "2021-12-31", onlyUnits: []string{"requests"},
			periods: []string{"56 requests @2018-H2", "55 requests @2021-H2"}},
		// Google's national security letters: each range split in two
		// columns, "(range MIN)" and "(range MAX)"; 999 requests were not
		// made, at least 500 and up to 999 were
		"google-us-national-security-letters-2009-2023.csv": {notices: 30, figures: 120, published: "2023-12-31", onlyUnits: []string{"requests", "accounts"}},
		// Facebook's government requests of 2021's second half: 47
		// columns, most of them empty outside the United States; the
		// count words qualified before "of" ("Legal Number of Requests
		// Where Some Data Produced", "ER Number of …") count requests;
		// the period is the file name's
		"facebook-government-report-2021-H2.csv": {notices: 11, figures: 154, onlyUnits: []string{"requests", "accounts", "percent"},
			titles:  []string{"Bonaire, Sint Eustatius and Saba", "India"},
			periods: []string{"50382 requests @2021-H2", "32046 requests @2021-H2", "30305 requests @2021-H2", "1741 requests @2021-H2", "81501 accounts @2021-H2"}},
		// Mozilla's transparency report as its site's repository keeps it,
		// a Jinja template: read as the page it is; "more than one item",
		// "Article 45", "Section 702", "H2 2023" and the tables' cells
		// ("0-249", "Firefox Add-ons 9 0 10") give no figure
		"mozilla-transparency-report-jul-dec-2023.html": {notices: 1, onlyUnits: []string{"notices", "requests"},
			titles: []string{"Transparency Report Reporting Period: July 1, 2023 to December 31, 2023"},
			has:    []string{"12 notices", "16 notices", "2 notices", "6912 requests"}},
		// the same Google table as downloaded today: ISO days, other
		// column names, legal processes renamed ("Other Legal
		// Requests"), preservation requests with no percentage
		"google-global-user-data-requests-2012-2014.csv": {notices: 35, figures: 102, onlyUnits: []string{"requests", "accounts", "percent"},
			titles: []string{"Germany · DE · All", "Canada · CA · Preservation Requests", "United States · US · Other Legal Requests"}},
		// Discord's monthly table: counts it gives in no unit the desk
		// knows (reports, escalations), a blank row, a row of sums with no
		// name and a totals row: no figure
		"discord-trust-safety-2022-q3.csv": {notices: 4, figures: 0},
		// an old Telegram Desktop export of a volunteers' channel: the
		// forms' addresses (ids, "fbclid=…2954…") and the channel's name
		// ("pomoc2022") count nothing
		"telegram-help-ukrainians-germany-2022-02-25-result.json": {notices: 6, noFigures: true, published: "2022-02-25",
			sources: []string{"Help to Ukrainians in Germany/unknown/stated_by"}},
		// an aggregator's feed: each organisation behind a report in an
		// <author> of its own is a source, not the last alone; "Issue 55",
		// "Daily Report 221/2020", "Resolution No. 757", the enclosures'
		// lengths, "U.S. $50,476" and a telephone number give no figure
		"reliefweb-ukraine-rss-2020-09-17.xml": {notices: 3, noFigures: true, published: "2020-09-17",
			sources: []string{"Danish Refugee Council/unknown/reported_by", "Danish Demining Group/unknown/reported_by",
				"Organization for Security and Co-operation in Europe/unknown/reported_by",
				// "Source: UN Development Programme" closes a report: the
				// programme states its figures, it is no outlet
				"UN Development Programme/unknown/stated_by"}},
		// a Telegram channel's feed as tgfeed writes it (content:encoded, a
		// hashtag's search link "?q=%23Breaking", flags)
		"rageintel-tgfeed-2026-02-28.xml": {notices: 1, noFigures: true, published: "2026-02-28",
			sources: []string{"RAGE X - Urgent | Alerts/news_outlet/reported_by"}},
		// Hindi: the founding year ("2013 में") is no figure; the
		// reporter's line names the city and state after the name
		"atsamachar-telegram-ban-hindi.txt": {notices: 1, noFigures: true,
			sources: []string{"देवेन्द्र कुमार जैन/researcher/reported_by"}, notSources: []string{"देवेन्द्र कुमार जैन भोपाल मध्य प्रदेश", "भोपाल मध्य प्रदेश"}},
		"getlokalapp-tamil-2114-telegram-groups.txt": {notices: 1},
		// Telugu: a date line, a breadcrumb run into the headline, an
		// advertisement's label; no figure
		"teluguprabha-2025-11-15-delhi-blast-telegram.txt": {notices: 1, noFigures: true,
			notSources: []string{"Advertisement", "Home"}},
		// the weather widget (+4°) and the copyright line (© VK, 1999-2026)
		// give no figure, no source and no title
		"mail-ru-2026-02-17-rkn-400k-channels.txt": {notices: 1, notSources: []string{"VK"},
			titles: []string{"Роскомнадзор прокомментировал блокировку 400 тысяч каналов со стороны Telegram"},
			has:    []string{"154000 channels", "400000 channels"}},
		// notices GitHub received from governments: a document's number
		// in brackets ("… Cult Organizations (2) clearly stipulates that
		// if … propaganda materials") counts nothing; the register's
		// links, its address and "a 24-hour basis" give no figure; the
		// body of state that signs under the closing (past "[private]")
		// sent it, a known one by the name it gives in brackets
		"github-gov-takedowns-2019-09-05-mps.md": {notices: 1, noFigures: true, platform: "GitHub",
			sources: []string{"Cyber Security Department of the Ministry of Public Security of China/government/sender"}, notSources: []string{"[private]", "Thank you"}},
		// a DMCA notice GitHub published: its question in bold is the
		// title without the asterisks; the links cut at their spaces
		// ("Lumpen Radio/Assets.xcassets/…/Icon-App-20x20%401x.png"),
		// "FM 105.5", "a 3 month period in 2015" and "BSD-3-clause"
		// give no figure; "[private]" is no source; the files it lists are
		// on GitHub, which it was sent to, whatever else it mentions
		// ("featured in Facebook's React Native Showcase")
		"github-dmca-2019-12-18-lumpenradio.md": {notices: 1, noFigures: true, platform: "GitHub",
			titles: []string{"Are you the copyright holder or authorized to act on the copyright owner's behalf?"}, notSources: []string{"[private]", "Lumpen Radio"}},
		// two more of GitHub's published DMCA notices: the note GitHub
		// sets over each ("Before disabling any content …", then a rule)
		// is no title; LaLiga's decree ("Royal Decree-Law 5/2015",
		// "article 2.2", "7.1") and the MPA's case citations ("545 U.S.
		// 912 (2005)", "No. 06-5578", "Lexis 122661", "§ 512(c)(3)(A)(ii)")
		// give no figure; the files are on GitHub, whatever else the
		// notice links (LaLiga's YouTube channel, its own site); the
		// association that signs under "Yours faithfully," past the
		// "[private]" marks sent it, its "Inc." dropped
		"github-dmca-2023-06-13-laliga.md": {notices: 1, noFigures: true, platform: "GitHub",
			titles: []string{"Are you the copyright holder or authorized to act on the copyright owner's behalf?"}, notSources: []string{"[private]"}},
		"github-dmca-2023-06-13-mpa.md": {notices: 1, noFigures: true, platform: "GitHub",
			titles:  []string{"The Motion Picture Association, Inc. (\"MPA\") represents each of the major motion picture studios in the United States,…"},
			sources: []string{"Motion Picture Association/unknown/sender"}, notSources: []string{"[private]", "GitHub Inc."}},
		// a newsroom's table of Google's copyright removals by top-level
		// domain: "removed URLs per TLD" (0.3868…, 1916.02) is a ratio,
		// no count of URLs; "count" (the domains a TLD has) counts in no
		// unit the desk knows; the index column and the registries' names
		// count nothing, cells broken over lines are one
		"google-copyright-removed-urls-by-tld-2016.csv": {notices: 22, figures: 44, onlyUnits: []string{"urls", ""},
			titles: []string{".ie · University College Dublin Computing Services Computer Centre · country-code · Ireland Northern Ireland",
				".ru · Coordination Center for TLD RU · country-code"},
			has: []string{"8908939 urls", "31485942 urls", "1 urls", "23031390 "}},
		// Google's list of national security letters the FBI let it
		// publish: the letters' numbers ("NSL-20-525232(a)", "NSL-15-419402
		// (b)") name the rows and count nothing, the two dates are days
		"google-us-national-security-letters-released-2016-2024.csv": {notices: 25, figures: 0,
			titles: []string{"NSL-20-525232(a)", "NSL-15-419402 (b)", "NSL-21-538556-2"}},
		"github-gov-takedowns-2020-08-12-roskomnadzor.md": {notices: 1, noFigures: true,
			sources: []string{"Roskomnadzor/government/sender"}, notSources: []string{"ФЕДЕРАЛЬНАЯ СЛУЖБА ПО НАДЗОРУ В СФЕРЕ СВЯЗИ, ИНФОРМАЦИОННЫХ ТЕХНОЛОГИЙ И МАССОВЫХ КОММУНИКАЦИЙ"}},
		// LinkedIn's member data requests (the company named by the file
		// alone) with a programmer's column names: "memberDataRequests" counts requests, "accountsImpacted"
		// accounts, "percentProvided" per cent; the half is the one its
		// report_start and report_end bound, and no title repeats them
		"linkedin-member-data-requests-2011-2012.csv": {notices: 3, platform: "LinkedIn", figures: 7, onlyUnits: []string{"requests", "accounts", "percent"},
			titles:  []string{"India", "United States"},
			has:     []string{"12 requests", "22 requests", "33 requests", "31 accounts", "32 percent"},
			periods: []string{"12 requests @2011-H2", "21 percent @2011-H2", "33 requests @2012-H1", "31 accounts @2012-H1"}},
		// Apple's emergency requests: " -" withholds a count, the half
		// is the "TR Period" column's; "Requests Rejected/Challenged and
		// No Data Provided" counts requests
		"apple-emergency-requests-2015-2016.csv": {notices: 36, platform: "Apple", figures: 108, onlyUnits: []string{"requests", "percent"},
			titles:  []string{"2015 H1 · United States of America", "2016 H2 · Taiwan"},
			periods: []string{"107 requests @2015-H1", "81 requests @2016-H2", "88 percent @2016-H2"}},
		// the same report's account restriction and deletion requests:
		// one country a half, no conflict between halves or columns
		"apple-account-restriction-deletion-requests-2014-2022.csv": {notices: 87, platform: "Apple", figures: 427, onlyUnits: []string{"requests", "accounts"},
			periods: []string{"27 requests @2022-H2", "41 accounts @2022-H2", "73 accounts @2017-H1", "2 requests @2014-H2"}},
		"zona-2023-09-07-rkn-885k-sites.txt": {notices: 1, sources: []string{"Roskomnadzor/government/stated_by"},
			has: []string{"885000 sites", "1100000 content_items"}, periods: []string{"885000 sites @2023-H1"}},
		// "более чем 30 видам" and "1 ноября 2012 года" are no counts of
		// sites; the register's start ("функционирует с 1 ноября 2012
		// года") dates none of them
		"holod-2026-01-31-rkn-4-7m-sites.txt": {notices: 1, undated: true, onlyUnits: []string{"sites", "content_items"},
			has: []string{"4710000 sites", "641000 content_items", "538000 content_items", "300000 sites"}},
		// a widget's label in Latin letters ("Icon") over the Arabic
		// headline is no title; the stamp in Arabic-Indic digits is no
		// headline; "المواطن - فريق التحرير" credits the outlet's newsroom
		"almowaten-2026-01-15-etidal-telegram-2025.txt": {notices: 1, published: "2026-01-15",
			titles:     []string{"اعتدال وتليجرام يكافحان التطرف الرقمي بإزالة 97 مليون مادة خلال عام 2025"},
			sources:    []string{"المواطن/news_outlet/reported_by"},
			notSources: []string{"Icon", "فريق التحرير", "المواطن - فريق التحرير"},
			has:        []string{"97611787 content_items", "4294 channels", "16062667 content_items", "482 channels"}},
		// Le Monde's byline names co-authors in an aside ("Martin
		// Untersinger (avec Damien Leloup et Morgane Tual)"): three
		// journalists, no "(avec" in a name; the votes ("438 contre 86 et
		// 42 abstentions", "10 députés socialistes (sur 288)"), the
		// image's size and the ISSN count nothing
		"lemonde-2015-05-05-loi-renseignement.html": {notices: 1, noFigures: true, published: "2015-05-04",
			sources: []string{"Martin Untersinger/researcher/reported_by", "Damien Leloup/researcher/reported_by",
				"Morgane Tual/researcher/reported_by", "Le Monde.fr/news_outlet/reported_by"},
			notSources: []string{"Martin Untersinger (avec Damien Leloup", "Morgane Tual)"}},
		// Le Figaro: its "author" meta names its own domain, its byline
		// marks each journalist as a schema.org Person, and its update's
		// stamp comes before its publication's; the authors' box ("5
		// abonnés", "23 abonnés") and the photo credit count nothing
		"lefigaro-2013-04-05-privatisations.html": {notices: 1, published: "2013-04-05", onlyUnits: []string{"percent", "companies"},
			sources: []string{"Bertille Bayart/researcher/reported_by", "Marie Visot/researcher/reported_by",
				"Le Figaro/news_outlet/reported_by"},
			notSources: []string{"lefigaro.fr", "Jean-Christophe MARMARA"}},
		// WirtschaftsWoche: its outlet named only as the JSON-LD's
		// publisher (and its author, an Organization); a photo credit
		// ("Bild: Reuters") is no source; the staff ("6.000 Mitarbeiter")
		// and the revenue count nothing
		"wiwo-2017-03-23-linde-praxair.html": {notices: 1, published: "2017-03-23", onlyUnits: []string{"percent"},
			sources: []string{"Wirtschaftswoche/news_outlet/reported_by"}, notSources: []string{"Reuters", "Handelsblatt GmbH"}},
		// Libération: the story is AFP's (a schema.org author "AFP"), not
		// the journalists a box of related stories names ("Par Sébastien
		// Farcis"); "selon le Quai d'Orsay" and "selon le ministère des
		// Affaires étrangères" name the ministry whole, never "Quai" or
		// "Affaires"; passengers, tonnes, the dead and the inhabitants
		// count no takedown
		"liberation-2015-04-30-nepal-seisme.html": {notices: 1, published: "2015-04-30", noFigures: true,
			sources: []string{"AFP/wire/reported_by", "Libération.fr/news_outlet/reported_by", "Quai d'Orsay/government/stated_by",
				"ministère des Affaires étrangères/government/stated_by"},
			notSources: []string{"Quai", "Affaires", "Sébastien Farcis", "Laurence Defranoux"}},
		// NCMEC's CyberTipline reports by country, one column a year: the
		// years head the columns and date the counts, never count; empty
		// cells withhold a count; the reports are in no unit the desk knows
		"ncmec-cybertipline-reports-by-country-2019-2022.csv": {notices: 27, figures: 98, onlyUnits: []string{""},
			titles:  []string{"India · IND", "No Country Listed", "Bouvet Island · BVT"},
			periods: []string{"5675324  @2022", "1  @2021", "1668157  @2019"}},
		// the same year's reports as a platform counts them and as NCMEC
		// counts the platform's: two observers in their own rows, no
		// conflict within the file
		"ncmec-comparable-reports-by-provider-2019-2024.csv": {notices: 38, figures: 38, onlyUnits: []string{""},
			titles: []string{"NCMEC · 2021 · Amazon", "Amazon · 2021", "X · 2024"}},
		// a tech outlet's feed: each item's <dc:creator> is a journalist
		// of the feed's outlet, which reported it too; the image
		// addresses' numbers ("…-1587309110687.jpg") give no figure
		"infoq-news-rss-2020-04-21.xml": {notices: 2, published: "2020-04-21",
			sources: []string{"Matthew Coughlan/researcher/reported_by", "Anthony Alford/researcher/reported_by", "InfoQ - News/news_outlet/reported_by"}},
		// Apple's digital content provider requests, one country a half
		"apple-digital-content-provider-requests-2022.csv": {notices: 22, platform: "Apple", figures: 88, onlyUnits: []string{"requests", "percent"},
			periods: []string{"12 requests @2022-H1", "83 percent @2022-H2", "67 percent @2022-H2"}},
		// data sets written by Python or R group their digits with
		// underscores ("41_877", "2_497_438"): one number, never "2" or
		// "438" read from its parts; the year names each row; the counts
		// (reports, pieces) are in no unit the desk knows
		"iwf-reports-2011-2024.csv":    {notices: 14, figures: 0, titles: []string{"2011", "2024"}},
		"inhope-reports-2018-2024.csv": {notices: 9, figures: 0, titles: []string{"2018", "2024"}},
		// a melted table (source, target, year, variable, value): each
		// value counts what its "variable" names; the row is named by its
		// observer, platform, year and measure, so a platform's own count
		// and NCMEC's count of it (33,848 and 33,833 reports) are two rows,
		// not one row's conflict; the totals rows are left out
		"ncmec-ocse-reports-per-platform-2019-2024.csv": {notices: 32, figures: 32, onlyUnits: []string{""},
			titles:  []string{"Amazon · Amazon · 2021 · reports", "NCMEC · Amazon · 2021 · reports", "Meta · Meta · 2024 · pieces"},
			periods: []string{"33848  @2021", "33833  @2021", "50500000  @2024"}},
		// a blog post's front matter: its id ("3517"), its guid
		// ("?p=3517") and its address's "11-4" give no figure
		"startupnews-2020-08-31-youtube-11-4m-videos.md": {notices: 1, published: "2020-08-31", platform: "YouTube",
			sources: []string{"Jon/researcher/reported_by"},
			has:     []string{"11400000 videos", "1990000 channels", "33.5 percent"}},
		// a forwarded e-mail: its subject is the title, its "Date:" header
		// the day it was sent; the address it went to is no source
		"article19-2018-04-24-youtube-forwarded.md": {notices: 1, published: "2018-04-24", titles: []string{"Youtube"},
			notSources: []string{"ICT"}, has: []string{"8700000 videos", "81 percent", "98 percent"}},
		// a press release: the day on a line of its own under the headline
		// is the day it was published; its label ("Press Release") is no
		// author; "21-22 November 2019" and "16th" give no figure
		"europol-2019-11-25-telegram-referral-action-days.txt": {notices: 1, published: "2019-11-25", noFigures: true,
			notSources: []string{"Press Release", "Press Release/News"}},
		// a crawler's date run into the headline is the day, not the
		// title's; the dateline's city ("THE HAGUE-") is no part of the
		// wire's name
		"hurriyet-2019-11-26-europol-isil.txt": {notices: 1, published: "2019-11-26",
			titles:     []string{"Europol disrupts ISIL's online activities in Europe"},
			sources:    []string{"Anadolu Agency/wire/reported_by", "Europol/government/stated_by"},
			notSources: []string{"THE HAGUE-Anadolu Agency"},
			has:        []string{"12 member_states", "9 platforms", "26000 content_items"}},
		"marokko-europol-terror-propaganda-52-platforms.txt": {notices: 1,
			has: []string{"2000 videos_and_posts", "6 languages", "52 platforms"}},
		// the BBC's page: its title signed " - BBC News" is the headline
		// unsigned; "in an interview with the BBC" names the page's own
		// outlet, no second one; "18 months", "since 9/11", "less than
		// 100", the churchgoers and the images' sizes count no takedown
		"bbc-2015-07-24-obama-gun-laws.html": {notices: 1, published: "2015-07-24", noFigures: true,
			titles:     []string{"Obama admits US gun laws are his 'biggest frustration'"},
			sources:    []string{"BBC News/news_outlet/reported_by"},
			notSources: []string{"BBC", "Mr"}},
		// New Zealand police's proceedings for child abuse material, one
		// row per offender: "Age Group" (25-29) is a band, no count of
		// groups; the offence codes (341, 342), "Months Ago" (-91) and the
		// month of the year count nothing; proceedings and records are in
		// no unit the desk knows
		"nz-police-cam-proceedings-2014-2025.csv": {notices: 17, figures: 0},
		// France 24: no day in its metadata, "Date created : 2015-05-12"
		// under the story; the credit "(FRANCE 24 with AFP, REUTERS)"
		// names the wires beside the outlet; the blogger's age, "160
		// million" and the 1971 war count nothing
		"france24-2015-05-12-bangladesh-blogger.html": {notices: 1, published: "2015-05-12", noFigures: true,
			sources: []string{"France 24/news_outlet/reported_by", "AFP/wire/reported_by", "REUTERS/wire/reported_by"}},
		// the paper's name over its headline is its masthead: the outlet,
		// not the title
		"lecourrierderussie-2018-04-blocage-telegram.txt": {notices: 1,
			titles:  []string{"Blocage de Telegram : le fonctionnement d’internet perturbé en Russie"},
			sources: []string{"Le Courrier de Russie/news_outlet/reported_by"}},
	}
	for file, want := range tests {
		t.Run(file, func(t *testing.T) {
			db := openDB(t)
			rep := ingest.File(context.Background(), db, filepath.Join("testdata", "realfiles", file), ingest.Options{})
			if rep.Err != nil {
				t.Fatalf("import: %v", rep.Err)
			}
			if want.encoding != "" && rep.Encoding != want.encoding {
				t.Errorf("read as %s, want %s", rep.Encoding, want.encoding)
			}
			ns := allNotices(t, db)
			if len(ns) != want.notices {
				t.Errorf("%d notices, want %d", len(ns), want.notices)
			}
			figures := checkNotices(t, ns)
			for _, n := range ns {
				if want.platform != "" && n.Platform != want.platform {
					t.Errorf("%q: platform %q, want %q", n.Title, n.Platform, want.platform)
				}
			}
			if want.published != "" && (len(ns) == 0 || ns[0].PublishedAt.UTC().Format("2006-01-02") != want.published) {
				t.Errorf("published %v, want %s", ns[0].PublishedAt, want.published)
			}
			if want.figures >= 0 && (strings.HasSuffix(file, ".csv") || want.noFigures) && figures != want.figures {
				t.Errorf("%d figures, want %d", figures, want.figures)
			}
			var got []string
			for _, n := range ns {
				for _, s := range n.Sources {
					got = append(got, s.Source.Name+"/"+string(s.Source.Kind)+"/"+string(s.Role))
				}
			}
			for _, w := range want.sources {
				if !strings.Contains(strings.Join(got, "\n"), w) {
					t.Errorf("no source %s among %q", w, got)
				}
			}
			titles, figs, periods := map[string]bool{}, map[string]bool{}, map[string]bool{}
			for _, n := range ns {
				titles[n.Title] = true
				for _, c := range n.Claims {
					if c.Kind == app.ClaimFigure {
						if len(want.onlyUnits) > 0 && !slices.Contains(want.onlyUnits, c.Unit) {
							t.Errorf("%q: %v %s from %q", n.Title, c.Value, c.Unit, c.Quote)
						}
						figs[strconv.FormatFloat(c.Value, 'f', -1, 64)+" "+c.Unit] = true
						periods[strconv.FormatFloat(c.Value, 'f', -1, 64)+" "+c.Unit+" @"+c.Period] = true
						if want.undated && !c.EventDate.IsZero() {
							t.Errorf("%q: %v %s dated %s", n.Title, c.Value, c.Unit, c.EventDate.Format("2006-01-02"))
						}
					}
				}
				for _, s := range n.Sources {
					if slices.Contains(want.notSources, s.Source.Name) {
						t.Errorf("%q: source %q (%s)", n.Title, s.Source.Name, s.Source.Kind)
					}
				}
			}
			for _, w := range want.titles {
				if !titles[w] {
					t.Errorf("no notice titled %q", w)
				}
			}
			for _, w := range want.has {
				if !figs[w] {
					t.Errorf("no figure %s", w)
				}
			}
			for _, w := range want.periods {
				if !periods[w] {
					t.Errorf("no figure %s", w)
				}
			}
			if n := conflictsOf(t, db); n != 0 {
				t.Errorf("%d conflicts within one file", n)
			}
		})
	}
}

// checkNotices checks every figure, source and conflict of the notices and
// returns how many figures they hold.
func checkNotices(t *testing.T, ns []app.Notice) int {
	t.Helper()
	byID := map[int64]app.Notice{}
	claims := map[int64]app.Claim{}
	for _, n := range ns {
		byID[n.ID] = n
		for _, c := range n.Claims {
			claims[c.ID] = c
		}
	}
	figures := 0
	for _, n := range ns {
		body := []rune(n.Body)
		banned := [][2]int{}
		for _, m := range notFigures.FindAllStringIndex(n.Body, -1) {
			banned = append(banned, [2]int{len([]rune(n.Body[:m[0]])), len([]rune(n.Body[:m[1]]))})
		}
		for _, c := range n.Claims {
			if c.Kind != app.ClaimFigure {
				continue
			}
			figures++
			for _, b := range banned {
				if c.Start < b[1] && c.End > b[0] {
					t.Errorf("%q: figure %v %s from %q", n.Title, c.Value, c.Unit, string(body[b[0]:b[1]]))
				}
			}
			if c.Origin == app.OriginFormat && c.Unit != "" && !namesUnit(c.UnitText, c.Unit) {
				t.Errorf("%q: column %q given unit %s", n.Title, c.UnitText, c.Unit)
			}
			if len(c.Conflicts) > 3 {
				t.Errorf("%q: %d conflicts on one figure", n.Title, len(c.Conflicts))
			}
			for _, k := range c.Conflicts {
				o, other := claims[k.OtherClaimID], byID[k.OtherNoticeID]
				if k.Kind == app.ConflictUnit && n.Kind == app.KindCSVRow && c.Origin == app.OriginFormat &&
					o.Origin == app.OriginFormat && !strings.EqualFold(o.UnitText, c.UnitText) {
					t.Errorf("%q: %v in %q and %v in %q, two columns, given as one figure in two units", n.Title, c.Value, c.UnitText, o.Value, o.UnitText)
				}
				if k.Kind == app.ConflictUnit {
					continue
				}
				if o.Unit != c.Unit || !strings.EqualFold(o.Platform, c.Platform) {
					t.Errorf("%q: %v %s on %s conflicts with %v %s on %s", n.Title, c.Value, c.Unit, c.Platform, o.Value, o.Unit, o.Platform)
				}
				if n.Kind == app.KindCSVRow && (other.Title != n.Title || o.UnitText != c.UnitText) {
					t.Errorf("table rows %q (%s) and %q (%s) compared", n.Title, c.UnitText, other.Title, o.UnitText)
				}
			}
		}
		for _, s := range n.Sources {
			if commonSources[strings.ToLower(s.Source.Name)] || fileSource.MatchString(s.Source.Name) {
				t.Errorf("%q: source %q (%s)", n.Title, s.Source.Name, s.Source.Kind)
			}
		}
		if n.Kind == app.KindCSVRow {
			for _, part := range strings.Split(n.Title, " · ") {
				if strings.HasPrefix(part, "/") || part == "-" || countPart.MatchString(part) && !ipPart.MatchString(part) && !yearTitlePart.MatchString(part) {
					t.Errorf("row titled %q: %q names nothing", n.Title, part)
				}
			}
		}
	}
	return figures
}

func namesUnit(column, unit string) bool {
	l := strings.ToLower(column)
	for _, w := range unitWords[unit] {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// TestRealTableTwice: the same transparency table given again with one
// country's figure changed conflicts on that row and column only, with
// the other file's row named; the other 145 rows agree.
func TestRealTableTwice(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "realfiles", "ali-ce-transparency-2009-2013.csv"))
	if err != nil {
		t.Fatal(err)
	}
	const row = `"Israel - Google, 2011 (1st half)",Google,2011,2011 (1st half),Israel,60,36,60,67`
	if !bytes.Contains(src, []byte(row)) {
		t.Fatal("the row to change is not in the file")
	}
	changed := bytes.Replace(src, []byte(row), []byte(strings.Replace(row, ",60,36,", ",60,38,", 1)), 1)
	db := openDB(t)
	importOK(t, db, filepath.Join("testdata", "realfiles", "ali-ce-transparency-2009-2013.csv"), ingest.Options{})
	importOK(t, db, writeFile(t, "transparency-again.csv", string(changed)), ingest.Options{})
	ns := allNotices(t, db)
	checkNotices(t, ns)
	got := conflictLines(ns, func(n app.Notice, c app.Claim, k app.Conflict) string {
		return fmt.Sprintf("%s: %s %v vs %v", n.Title, c.UnitText, c.Value, k.OtherValue)
	})
	if len(got) != 2 || !strings.Contains(got[0], "Israel - Google, 2011 (1st half): Number of Requests where some data was disclosed") {
		t.Errorf("conflicts %q, want the changed cell's two sides", got)
	}
}

// TestLargeTableConflicts: a 20,000-row government removal requests
// table (period, country, code, product, reason, items) gives no
// conflicts, however many rows share a country and period, and the same
// table again with 1 row in 200 changed gives a conflict on just those;
// list --json stays small.
func TestLargeTableConflicts(t *testing.T) {
	if testing.Short() {
		t.Skip("a 20,000-row import")
	}
	countries := []string{"Germany,DE", "France,FR", "Russia,RU", "Turkey,TR", "India,IN", "Brazil,BR", "United States,US",
		"Pakistan,PK", "South Korea,KR", "Indonesia,ID", "Vietnam,VN", "Thailand,TH", "Israel,IL", "Italy,IT", "Spain,ES"}
	products := []string{"YouTube", "Web Search", "Blogger", "Google Ads", "Google Play", "Gmail", "Google Maps", "Google Photos"}
	reasons := []string{"Defamation", "Privacy and security", "National security", "Government criticism", "Copyright",
		"Religious offense", "Hate speech", "Obscenity/Nudity", "Violence", "Drug abuse", "Electoral law", "Impersonation"}
	r := rand.New(rand.NewPCG(7, 11))
	var a, b strings.Builder
	head := "Period Ending,Country,Country Code,Product,Reason,Items requested to be removed\n"
	a.WriteString(head)
	b.WriteString(head)
	rows, changed := 0, 0
	for y := 2010; y < 2024 && rows < 20000; y++ {
		for _, end := range []string{"-06-30", "-12-31"} {
			for _, c := range countries {
				for _, p := range products {
					for _, why := range reasons {
						if rows == 20000 || r.IntN(3) == 0 {
							continue
						}
						v := 1 + r.IntN(400)
						line := fmt.Sprintf("%d%s,%s,%s,%q", y, end, c, p, why)
						fmt.Fprintf(&a, "%s,%d\n", line, v)
						if rows%200 == 0 {
							v += 5
							changed++
						}
						fmt.Fprintf(&b, "%s,%d\n", line, v)
						rows++
					}
				}
			}
		}
	}
	db := openDB(t)
	start := time.Now()
	rep := importOK(t, db, writeFile(t, "google-government-removals.csv", a.String()), ingest.Options{})
	took := time.Since(start)
	if rep.New != rows {
		t.Fatalf("%d new of %d rows", rep.New, rows)
	}
	if n := conflictsOf(t, db); n != 0 {
		t.Errorf("%d conflicts between rows of one table about different countries, products and reasons", n)
	}
	importOK(t, db, writeFile(t, "google-government-removals-again.csv", b.String()), ingest.Options{})
	if n := conflictsOf(t, db); n != 2*changed {
		t.Errorf("%d conflicts, want %d (each changed cell, both sides)", n, 2*changed)
	}
	size := listJSONSize(t, db)
	t.Logf("%d rows imported in %v; list --json of %d notices: %.1f MB", rows, took.Round(time.Millisecond), 2*rows, float64(size)/1e6)
	if per := size / (2 * rows); per > 4000 {
		t.Errorf("list --json: %d bytes a notice", per)
	}
}

func conflictsOf(t *testing.T, db *store.DB) int {
	t.Helper()
	return len(conflictLines(allNotices(t, db), func(app.Notice, app.Claim, app.Conflict) string { return "" }))
}

// conflictLines writes each conflict of the notices' claims as line
// writes it, in notice and claim order.
func conflictLines(ns []app.Notice, line func(app.Notice, app.Claim, app.Conflict) string) []string {
	var got []string
	for _, n := range ns {
		for _, c := range n.Claims {
			for _, k := range c.Conflicts {
				got = append(got, line(n, c, k))
			}
		}
	}
	return got
}

// listJSONSize is how many bytes `list --json` writes for the desk: each
// notice as the command encodes it.
func listJSONSize(t *testing.T, db *store.DB) int {
	t.Helper()
	size := 0
	for _, n := range allNotices(t, db) {
		b, err := json.Marshal(brief.FromNotice(n))
		if err != nil {
			t.Fatal(err)
		}
		size += len(b) + 2
	}
	return size
}

// TestRegisterWithHeader: the register's rows under a header, with the
// register's entry numbers in a "Номер" column (as the official export
// has them), give no figure: entry numbers, IPs, decision numbers and
// dates count nothing.
func TestRegisterWithHeader(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "realfiles", "zi-dump-2014-stored.csv"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(src)), "\n")[2:]
	var b strings.Builder
	b.WriteString("Номер;IP;Домен;URL;Орган;Решение;Дата\n")
	for i, l := range lines {
		fmt.Fprintf(&b, "%d;%s\n", 4105350+i*17, l)
	}
	db := openDB(t)
	importOK(t, db, writeFile(t, "register.csv", b.String()), ingest.Options{})
	ns := allNotices(t, db)
	if len(ns) != len(lines) {
		t.Errorf("%d notices of %d rows", len(ns), len(lines))
	}
	if n := checkNotices(t, ns); n != 0 {
		for _, x := range ns[:1] {
			t.Logf("%q: %+v", x.Title, x.Claims)
		}
		t.Errorf("%d figures from a register's rows", n)
	}
}

// TestRemovalTableColumns: a removal-requests table in the shape Twitter
// published (country, time period, two kinds of removal requests,
// accounts specified and withheld): the two request columns count
// requests both and are different figures; the table again from a
// mirror with one cell changed conflicts on that cell alone.
func TestRemovalTableColumns(t *testing.T) {
	head := "Country,Time period,Removal requests (court orders),Removal requests (other legal demands),Accounts specified,Accounts withheld\n"
	rows := []string{
		"Turkey,Jan - Jun 2021,3,250,6000,120",
		"Turkey,Jul - Dec 2021,5,250,5000,110",
		"India,Jan - Jun 2021,12,40,2000,65",
		"Russia,Jan - Jun 2021,0,250,900,10",
	}
	a := head + strings.Join(rows, "\n") + "\n"
	b := strings.Replace(a, "India,Jan - Jun 2021,12,40", "India,Jan - Jun 2021,12,41", 1)
	db := openDB(t)
	importOK(t, db, writeFile(t, "twitter-removal-requests.csv", a), ingest.Options{})
	if n := conflictsOf(t, db); n != 0 {
		t.Errorf("%d conflicts within one table", n)
	}
	importOK(t, db, writeFile(t, "twitter-removal-requests-mirror.csv", b), ingest.Options{})
	ns := allNotices(t, db)
	checkNotices(t, ns)
	for _, n := range ns {
		for _, c := range n.Claims {
			if c.Kind == app.ClaimFigure && c.Platform != "Twitter" {
				t.Errorf("%q: platform %q", n.Title, c.Platform)
			}
		}
	}
	got := conflictLines(ns, func(n app.Notice, c app.Claim, k app.Conflict) string {
		return fmt.Sprintf("%s %s %s: %v vs %v", n.Title, c.Period, c.UnitText, c.Value, k.OtherValue)
	})
	if len(got) != 2 || !strings.Contains(got[0], "India · Jan - Jun 2021 2021-H1 Removal requests (other legal demands)") {
		t.Errorf("conflicts %q, want India's other legal demands, both sides", got)
	}
}

// TestTableTotalColumnTwice: a removal table given again with one row's
// "Total" changed (a column that names no unit) conflicts on that row and
// column only, and the conflict names the column.
func TestTableTotalColumnTwice(t *testing.T) {
	const head = "Period,Country,Product,Reason,Items requested to be removed,Total\n"
	a := head + "2023 H1,Russia,YouTube,National security,120,130\n2023 H1,Russia,Blogger,National security,15,15\n2023 H1,India,YouTube,Defamation,40,44\n"
	b := strings.Replace(a, "Blogger,National security,15,15", "Blogger,National security,15,16", 1)
	db := openDB(t)
	importOK(t, db, writeFile(t, "removals.csv", a), ingest.Options{})
	importOK(t, db, writeFile(t, "removals-again.csv", b), ingest.Options{})
	got := conflictLines(allNotices(t, db), func(n app.Notice, c app.Claim, k app.Conflict) string {
		return fmt.Sprintf("%s %s %v vs %v in %s", n.Platform, c.UnitText, c.Value, k.OtherValue, k.OtherColumn)
	})
	slices.Sort(got)
	want := []string{"Blogger Total 15 vs 16 in Total", "Blogger Total 16 vs 15 in Total"}
	if !slices.Equal(got, want) {
		t.Errorf("conflicts %q, want %q", got, want)
	}
}

// TestTwitterTableTwice: Twitter's own removal-requests table and a
// mirror of it with Turkey's government requests changed conflict on that
// cell alone, both sides, naming Turkey's row; rows about other countries
// (Norway's, all dashes, among them) and the other columns agree.
func TestTwitterTableTwice(t *testing.T) {
	got := conflictsWithOneCellChanged(t, "twitter-removal-requests-jan-jun-2018.csv", `Turkey,TR,508,"8,480"`, `Turkey,TR,508,"8,481"`,
		func(n app.Notice, c app.Claim, k app.Conflict) string {
			return fmt.Sprintf("%s: %v vs %v (%s)", n.Title, c.Value, k.OtherValue, k.Kind)
		})
	want := []string{"January - June 2018 · Turkey · TR: 8480 vs 8481 (value)", "January - June 2018 · Turkey · TR: 8481 vs 8480 (value)"}
	if !slices.Equal(got, want) {
		t.Errorf("conflicts %q, want %q", got, want)
	}
}

// conflictsWithOneCellChanged imports the real file name and a copy of it
// with cell written as changed, and returns the conflicts as line writes
// them, sorted.
func conflictsWithOneCellChanged(t *testing.T, name, cell, changed string, line func(app.Notice, app.Claim, app.Conflict) string) []string {
	t.Helper()
	path := filepath.Join("testdata", "realfiles", name)
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(src, []byte(cell)) {
		t.Fatal("the cell to change is not in the file")
	}
	db := openDB(t)
	importOK(t, db, path, ingest.Options{})
	importOK(t, db, writeFile(t, "copy-"+name, string(bytes.Replace(src, []byte(cell), []byte(changed), 1))), ingest.Options{})
	ns := allNotices(t, db)
	checkNotices(t, ns)
	got := conflictLines(ns, line)
	slices.Sort(got)
	return got
}

// TestColumnNameGivesNoUnit: a figure column whose cells do not read as
// figures ("11,000 - 12,000 (est.)", or half of them words) gives no claim
// from the extractor reading its name as a unit: "Requests for User
// Data: 1,547" once became 1,547 users. Counts never name the row.
func TestColumnNameGivesNoUnit(t *testing.T) {
	db := openDB(t)
	importOK(t, db, writeFile(t, "estimates.csv", "Country,Requests for User Data,Accounts\n"+
		"United States,\"11,000 - 12,000 (est.)\",5\nFrance,\"1,547\",4\n"), ingest.Options{})
	ns := allNotices(t, db)
	checkNotices(t, ns)
	var got []string
	for _, n := range ns {
		got = append(got, n.Title)
		for _, c := range n.Claims {
			if c.Kind == app.ClaimFigure && c.Unit != "accounts" {
				t.Errorf("%q: %v %s from %q", n.Title, c.Value, c.Unit, c.Quote)
			}
		}
	}
	slices.Sort(got)
	if want := []string{"France", "United States · 11,000 - 12,000 (est.)"}; !slices.Equal(got, want) {
		t.Errorf("titles %q, want %q", got, want)
	}
}

// TestModerationChannelsTwoCounts: Telegram's two moderation channels post
// the same day's counts in the words they use (as a public tool for them
// quotes: "1312 terrorist bots and channels banned on January, 27.",
// "1830 groups and channels related to child abuse banned on January,
// 30."): in one export, ISIS Watch's and Stop Child Abuse's counts of one
// day are two counts, not one figure that two posts give differently; a
// report giving ISIS Watch's count of that day otherwise conflicts with
// ISIS Watch's post alone.
func TestModerationChannelsTwoCounts(t *testing.T) {
	post := func(id int, channel, text string) string {
		return fmt.Sprintf(`{"id":%d,"type":"message","date":"2024-01-28T09:00:00","date_unixtime":"1706432400","from":%q,"text":%q}`, id, channel, text)
	}
	export := func(isis string) string {
		return `{"chats":{"list":[{"name":"ISIS Watch","type":"public_channel","id":1,"messages":[` +
			post(3001, "ISIS Watch", isis) + `]},{"name":"Stop Child Abuse","type":"public_channel","id":2,"messages":[` +
			post(801, "Stop Child Abuse", "1830 groups and channels related to child abuse banned on January, 27.\nTotal this month: 51889") + `]}]}}`
	}
	db := openDB(t)
	importOK(t, db, writeFile(t, "result.json", export("1312 terrorist bots and channels banned on January, 27.\nTotal this month: 16050")), ingest.Options{})
	if n := conflictsOf(t, db); n != 0 {
		t.Errorf("%d conflicts between the two channels' counts", n)
	}
	importOK(t, db, writeFile(t, "report.txt", "Telegram banned 1313 terrorist bots and channels on January 27, 2024, its ISIS Watch channel said.\n"), ingest.Options{})
	got := conflictLines(allNotices(t, db), func(_ app.Notice, c app.Claim, k app.Conflict) string {
		return fmt.Sprintf("%v vs %v", c.Value, k.OtherValue)
	})
	slices.Sort(got)
	if want := []string{"1312 vs 1313", "1313 vs 1312"}; !slices.Equal(got, want) {
		t.Errorf("conflicts %q, want %q", got, want)
	}
}

// TestGoogleDetailedTableTwice: Google's detailed removals table and a
// copy with one cell changed (Brazil's orkut "Other" requests of the first
// half of 2011) conflict on that cell alone, both sides; the same
// country and reason on Blogger, YouTube or Gmail, and the same product
// in the second half, are other figures.
func TestGoogleDetailedTableTwice(t *testing.T) {
	got := conflictsWithOneCellChanged(t, "google-government-detailed-removal-requests-2011.csv",
		"2011-06-30,Brazil,BR,orkut,Other,58", "2011-06-30,Brazil,BR,orkut,Other,59",
		func(n app.Notice, c app.Claim, k app.Conflict) string {
			return fmt.Sprintf("%s on %s: %v vs %v", n.Title, n.Platform, c.Value, k.OtherValue)
		})
	want := []string{"Brazil · BR · Other on orkut: 58 vs 59", "Brazil · BR · Other on orkut: 59 vs 58"}
	if !slices.Equal(got, want) {
		t.Errorf("conflicts %q, want %q", got, want)
	}
}

// TestRealRangeBounds: the national security letters' two columns of a
// range are its bounds, never two counts.
func TestRealRangeBounds(t *testing.T) {
	db := openDB(t)
	importOK(t, db, filepath.Join("testdata", "realfiles", "google-us-national-security-letters-2009-2023.csv"), ingest.Options{})
	for _, n := range allNotices(t, db) {
		for _, c := range n.Claims {
			low := strings.Contains(c.UnitText, "MIN")
			if c.Kind == app.ClaimFigure && (low && c.Qualifier != app.QualAtLeast || !low && c.Qualifier != app.QualUpTo) {
				t.Errorf("%q: %v %s in %q given as %q", n.Title, c.Value, c.Unit, c.UnitText, c.Qualifier)
			}
		}
	}
}
