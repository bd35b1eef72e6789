package deskgen

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/takedowndesk/takedowndesk/app"
)

// Kinds of notice, by share of the desk (percent).
var kindShare = []weighted[app.Kind]{
	{app.KindTelegramPost, 35}, {app.KindArticle, 25}, {app.KindFeedItem, 12},
	{app.KindLumenNotice, 13}, {app.KindCSVRow, 15},
}

// Statuses by share: most of a desk is untriaged.
var statusShare = []weighted[app.Status]{
	{app.StatusNew, 45}, {app.StatusTriaged, 20}, {app.StatusVerifying, 12},
	{app.StatusVerified, 10}, {app.StatusPublished, 8}, {app.StatusDiscarded, 5},
}

// Publication dates are spread over these years.
var (
	firstDay = time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	lastDay  = time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
)

// dates are when notice i of the desk for seed was published and when it
// was imported: an hour to 90 days later, and no later than the day after
// the last publication (the desk's today). They have a random source of
// their own, so the import order is known without writing the notices.
func dates(seed int64, i int) (published, imported time.Time) {
	r := rand.New(rand.NewPCG(uint64(seed), uint64(i)|1<<61))
	span := lastDay.Sub(firstDay)
	published = firstDay.Add(time.Duration(r.Int64N(int64(span/time.Minute))) * time.Minute)
	imported = published.Add(time.Duration(1+r.IntN(90*24)) * time.Hour)
	if today := lastDay.Add(24 * time.Hour); imported.After(today) {
		imported = today
	}
	return published, imported
}

// compose writes notice i of the desk for seed. It depends on nothing else,
// so notices can be written on any core in any order.
func compose(seed int64, i int) app.Imported {
	r := rand.New(rand.NewPCG(uint64(seed), uint64(i)))
	lang := pickWeighted(r, langShare)
	kind := pickWeighted(r, kindShare)
	published, imported := dates(seed, i)
	s := newScene(r, lang, published.Add(-time.Duration(r.IntN(72))*time.Hour).Truncate(24*time.Hour))
	var im app.Imported
	switch kind {
	case app.KindTelegramPost:
		im = s.post(i)
	case app.KindArticle:
		im = s.article(i)
	case app.KindFeedItem:
		im = s.statement(i)
	case app.KindLumenNotice:
		im = s.lumen(i)
	default:
		im = s.csvRow(i)
	}
	n := &im.Notice
	n.Kind = kind
	n.Lang = lang
	n.Direction = app.LTR
	if lang == "ar" {
		n.Direction = app.RTL
		st := drawArStyle(r)
		n.Title, n.Body = st.apply(n.Title), st.apply(n.Body)
	}
	if n.Platform == "" {
		n.Platform = s.plat.canonical
	}
	n.PublishedAt = published
	n.ImportedAt = imported
	n.Status = pickWeighted(r, statusShare)
	n.Starred = r.IntN(100) < 3
	return im
}

// post is a channel post: Telegram's daily ban count in English now and
// then, otherwise a news channel's short post.
func (s *scene) post(i int) app.Imported {
	r := s.r
	channel := map[string]string{"en": "CVE Monitor", "fr": "Veille Terrorisme", "ru": "Экстремизм.Монитор", "ar": "رصد التطرف"}[s.lang]
	chatID := map[string]int{"en": 1001, "fr": 1002, "ru": 1003, "ar": 1004}[s.lang]
	if s.lang == "en" && r.IntN(2) == 0 {
		return s.dailyBan(i)
	}
	t := pick(r, posts[s.lang])
	t = strings.ReplaceAll(t, "{urgent}", pick(r, []string{"عاجل", tatweel("عاجل")}))
	t = strings.ReplaceAll(t, "{platTag}", strings.ReplaceAll(s.platName, " ", "_"))
	body := s.fill(t)
	// The post links to its story, as news channels do; the link also
	// keeps two posts of the same words apart.
	handle := map[string]string{"en": "cvemonitor", "fr": "veilleterro", "ru": "extremism_monitor", "ar": "rasd_tatarruf"}[s.lang]
	more := map[string][]string{"en": {"More: ", "Source: ", ""}, "fr": {"Lire : ", "Source : ", ""},
		"ru": {"Подробнее: ", "Источник: ", ""}, "ar": {"التفاصيل: ", "المصدر: ", ""}}[s.lang]
	link := fmt.Sprintf("https://t.me/%s/%d", handle, i+1)
	body += "\n\n" + pick(r, more) + link
	return app.Imported{
		Links: []string{link},
		Notice: app.Notice{
			Title:  app.TitleFromText(body, 120),
			Body:   body,
			Origin: fmt.Sprintf("telegram:%d/%d", chatID, i+1),
		},
		Sources: []app.SourceLink{{Source: app.Source{Name: channel, Kind: app.SourceUnknown}, Role: app.RoleStatedBy}},
	}
}

// dailyBan is an @isiswatch post with the two figures its format carries,
// as the Telegram reader stores them.
func (s *scene) dailyBan(i int) app.Imported {
	r := s.r
	s.plat, s.platName = platforms[0], "Telegram"
	d := s.date
	n := 200 + r.IntN(2800)
	total := n * d.Day()
	total += r.IntN(total/5 + 1)
	t := pick(r, dailyBan)
	body := strings.NewReplacer("{n}", strconv.Itoa(n), "{Month}", enMonths[d.Month()-1],
		"{d}", strconv.Itoa(d.Day()), "{total}", strconv.Itoa(total)).Replace(t)
	unitText := "bots and channels"
	claim := func(v int, quote string, rate app.Rate, period string) app.Claim {
		at := strings.Index(body, quote)
		return app.Claim{Kind: app.ClaimFigure, Value: float64(v), Unit: "bots_and_channels", UnitText: unitText,
			Rate: rate, Start: utf8.RuneCountInString(body[:at]), End: utf8.RuneCountInString(body[:at+len(quote)]),
			Actor: "ISIS", Platform: "Telegram", EventDate: d, Period: period,
			Verification: app.SelfReported, Origin: app.OriginFormat}
	}
	head := body[:strings.Index(body, unitText)+len(unitText)]
	totalLine := "Total this month: " + strconv.Itoa(total)
	return app.Imported{
		Notice: app.Notice{
			Title:    app.TitleFromText(body, 120),
			Body:     body,
			Platform: "Telegram",
			Origin:   fmt.Sprintf("telegram:1036240821/%d", i+1),
		},
		Claims: []app.Claim{
			claim(n, head, app.RateNone, ""),
			claim(total, totalLine, app.RatePerMonth, d.Format("2006-01")),
		},
		Sources: []app.SourceLink{{Source: app.Source{Name: "ISIS Watch", Kind: app.SourcePlatformStatement}, Role: app.RoleStatedBy}},
	}
}

// article is a news story of 150 to 800 words (as many as its language's
// paragraphs hold), most of them 250 to 500.
func (s *scene) article(i int) app.Imported {
	r := s.r
	target := 150 + r.IntN(150) + r.IntN(150) + r.IntN(351)
	title := s.fill(pick(r, articleTitles[s.lang]))
	var b strings.Builder
	b.WriteString(s.fill(pick(r, articleLeads[s.lang])))
	paras := articleParas[s.lang]
	order := r.Perm(len(paras))
	words := wordCount(b.String())
	// No paragraph twice: the longest stories use the whole pool.
	for k := 0; words < target && k < len(order); k++ {
		p := s.fill(paras[order[k]])
		b.WriteString("\n\n")
		b.WriteString(p)
		words += wordCount(p)
	}
	slug := strings.ToLower(strings.Join(strings.Fields(s.plat.canonical+" "+s.unitKey()), "-"))
	url := fmt.Sprintf("https://%s/%d/%02d/%s-%d", s.outlet.domain, s.date.Year(), s.date.Month(), slug, i+1)
	return app.Imported{
		Notice:  app.Notice{Title: title, Body: b.String(), URL: url, Origin: url},
		Sources: []app.SourceLink{{Source: app.Source{Name: s.outlet.name, Kind: app.SourceNewsOutlet, URL: "https://" + s.outlet.domain}, Role: app.RoleReportedBy}},
		Links:   []string{url},
	}
}

func (s *scene) unitKey() string {
	if f, ok := s.figs["fig1"]; ok {
		return f.unit.key
	}
	return "takedown"
}

// statement is a platform's own announcement, three or four paragraphs.
func (s *scene) statement(i int) app.Imported {
	r := s.r
	title := s.fill(pick(r, statementTitles[s.lang]))
	paras := statementParas[s.lang]
	// The first paragraph, with the headline figures, is always there.
	parts := []string{s.fill(paras[0])}
	for _, k := range r.Perm(len(paras) - 1)[:1+r.IntN(len(paras)-1)] {
		parts = append(parts, s.fill(paras[k+1]))
	}
	r.Shuffle(len(parts)-1, func(a, b int) { parts[a+1], parts[b+1] = parts[b+1], parts[a+1] })
	domain := strings.ToLower(s.plat.canonical) + ".example"
	url := fmt.Sprintf("https://newsroom.%s/%s/%d/%d", domain, s.lang, s.date.Year(), i+1)
	return app.Imported{
		Notice:  app.Notice{Title: title, Body: strings.Join(parts, "\n\n"), URL: url, Origin: url, Platform: s.plat.canonical},
		Sources: []app.SourceLink{{Source: app.Source{Name: s.plat.canonical, Kind: app.SourcePlatformStatement}, Role: app.RoleStatedBy}},
	}
}

// lumen is a removal request as the Lumen database lists one: its fields,
// one a line, as the Lumen reader writes a notice without text.
func (s *scene) lumen(i int) app.Imported {
	r := s.r
	id := 10000000 + i
	f := s.figure("fig1")
	labels := map[string][8]string{
		"en": {"Type", "Sender", "Recipient", "Topics", "Action taken", "Work", "URL", "Counter-terrorism referral to"},
		"fr": {"Type", "Expéditeur", "Destinataire", "Sujets", "Mesure prise", "Œuvre", "URL", "Signalement antiterroriste à"},
		"ru": {"Тип", "Отправитель", "Получатель", "Темы", "Принятые меры", "Материал", "URL", "Требование об удалении для"},
		"ar": {"النوع", "المرسل", "المستلم", "المواضيع", "الإجراء المتخذ", "المادة", "الرابط", "طلب إزالة محتوى إرهابي إلى"},
	}[s.lang]
	work := map[string]string{
		"en": "{fig1} spreading {actor} {topic}, reported {date}",
		"fr": "{fig1} lié{e1}s à {actor}, signalé{e1}s {date}",
		"ru": "{fig1} с материалами {actor}, выявленных {date}",
		"ar": "{fig1} تنشر {topic} لـ{actor}، رُصدت {date}",
	}[s.lang]
	action := map[string][]string{"en": {"Removed", "Partially removed", "No action"}, "fr": {"Supprimé", "Partiellement supprimé"},
		"ru": {"Удалено", "Доступ ограничен"}, "ar": {"تمت الإزالة", "إزالة جزئية"}}[s.lang]
	var b strings.Builder
	line := func(k, v string) { b.WriteString(k + ": " + v + "\n") }
	line(labels[0], map[string]string{"en": "Government request", "fr": "Demande gouvernementale", "ru": "Запрос госоргана", "ar": "طلب حكومي"}[s.lang])
	line(labels[1], s.agency)
	line(labels[2], s.plat.canonical)
	line(labels[3], s.fill("{topic}"))
	line(labels[4], pick(r, action))
	line(labels[5], s.fill(work))
	handle := strings.ToLower(strings.ReplaceAll(s.plat.canonical, " ", ""))
	for range min(int(f.value), 1+r.IntN(4)) {
		line(labels[6], fmt.Sprintf("https://%s.example/c/%x", handle, r.Uint64()))
	}
	title := fmt.Sprintf("%s %s (%s)", labels[7], s.plat.canonical, s.agency)
	return app.Imported{
		Notice: app.Notice{Title: title, Body: strings.TrimRight(b.String(), "\n"), URL: fmt.Sprintf("https://lumendatabase.example/notices/%d", id),
			Origin: "lumen:" + strconv.Itoa(id), Platform: s.plat.canonical},
		Sources: []app.SourceLink{
			{Source: app.Source{Name: s.agency, Kind: app.SourceUnknown}, Role: app.RoleSender},
			{Source: app.Source{Name: s.plat.canonical, Kind: app.SourceUnknown}, Role: app.RoleRecipient},
		},
	}
}

// csvRow is one row of a transparency-report table as the CSV reader
// stores it: "header: value" lines, the figure columns carried as claims.
func (s *scene) csvRow(i int) app.Imported {
	r := s.r
	h := map[string][5]string{
		"en": {"Platform", "Period", "Country", "Policy", "removed"},
		"fr": {"Plateforme", "Période", "Pays", "Règle", "supprimés"},
		"ru": {"Платформа", "Период", "Страна", "Правило", "удалено"},
		"ar": {"المنصة", "الفترة", "البلد", "السياسة", "محذوفة"},
	}[s.lang]
	policy := map[string][]string{"en": {"Violent extremism", "Dangerous organisations", "Terrorist content"},
		"fr": {"Extrémisme violent", "Organisations dangereuses"}, "ru": {"Насильственный экстремизм", "Опасные организации"},
		"ar": {"التطرف العنيف", "المنظمات الخطرة", "المحتوى الإرهابي"}}[s.lang]
	period := s.date.Format("2006-01")
	country := pick(r, tableCountries[s.lang])
	var b strings.Builder
	var claims []app.Claim
	field := func(k, v string) (start, end int) {
		b.WriteString(k + ": ")
		start = utf8.RuneCountInString(b.String())
		b.WriteString(v)
		end = utf8.RuneCountInString(b.String())
		b.WriteByte('\n')
		return start, end
	}
	field("ID", strconv.Itoa(i+1))
	field(h[0], pick(r, s.plat.names(s.lang)))
	field(h[1], period)
	field(h[2], country)
	field(h[3], pick(r, policy))
	for k := range 1 + r.IntN(3) {
		f := s.figure("fig" + strconv.Itoa(k+1))
		head := header(s.lang, f.unit, h[4])
		start, end := field(head, strconv.FormatInt(int64(f.value), 10))
		claims = append(claims, app.Claim{Kind: app.ClaimFigure, Value: f.value, Unit: f.unit.key, UnitText: head,
			Start: start, End: end, Platform: s.plat.canonical, EventDate: s.date, Rate: app.RatePerMonth, Period: period,
			Verification: app.Unreviewed, Origin: app.OriginFormat})
	}
	file := map[string]string{"en": "transparency", "fr": "transparence", "ru": "prozrachnost", "ar": "shafafiya"}[s.lang]
	return app.Imported{
		Notice: app.Notice{Title: fmt.Sprintf("%s, %s, %s", s.platName, period, country), Body: strings.TrimRight(b.String(), "\n"),
			Origin: fmt.Sprintf("csv:%s-%s.csv#id-%d", file, strings.ToLower(s.plat.canonical), i+1), Platform: s.plat.canonical},
		Claims: claims,
	}
}

// header names a figure column: "Channels removed", "قنوات محذوفة".
func header(lang string, u unit, removed string) string {
	switch lang {
	case "fr":
		return strings.ToUpper(u.fr[1][:1]) + u.fr[1][1:] + " " + removed
	case "ru":
		return removed + ", " + u.ru[2]
	case "ar":
		return u.ar[0] + " " + removed
	}
	return strings.ToUpper(u.en[1][:1]) + u.en[1][1:] + " " + removed
}
