package ingest

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/extract"
)

// parseText reads a plain-text or Markdown file as one notice. The body is
// kept exactly as written (only line endings are unified). A text file has
// no origin: it is deduplicated by its content hash, so a renamed copy is a
// duplicate. Its kind is always "text": telling a story from notes by its
// shape guesses wrong too often to be worth it, and the reporter can see.
func parseText(s *sink, r io.Reader) error {
	b, err := readWhole(r)
	if err != nil {
		return err
	}
	if isBinary(b) {
		return errors.New("not a text file (binary data)")
	}
	b, name, conf, err := decodeWhole(b)
	if err != nil {
		return err
	}
	s.setEncoding(name, conf)
	b = []byte(strings.TrimPrefix(string(b), "\ufeff"))
	if !utf8.Valid(b) {
		return errors.New("not a text file (not valid UTF-8)")
	}
	body := strings.ReplaceAll(string(b), "\r\n", "\n")
	if strings.TrimSpace(body) == "" {
		return errors.New("empty file (only white space)")
	}
	meta := frontMatter(body)
	if meta.title == "" && meta.published.IsZero() && len(meta.authors) == 0 {
		meta = mailHeaders(body) // a saved e-mail: its subject and the day it was sent
	}
	n := app.Notice{
		Kind:        app.KindText,
		Title:       meta.title,
		Body:        body,
		URL:         meta.url,
		PublishedAt: meta.published,
	}
	if n.Title == "" {
		n.Title = textTitle(body)
	}
	if n.PublishedAt.IsZero() {
		n.PublishedAt = leadingDate(body)
	}
	if err := s.emit(app.Imported{Notice: n, Sources: articleSources(meta, body)}); err != nil {
		return fmt.Errorf("text: %w", err)
	}
	return nil
}

// dateLine matches a date line near the top of a saved article, as
// reporters and crawlers write it: "Date: 2026-02-17", "date 2026-02-17",
// "Published: 2015-11-18T19:43:00Z", or at its foot, as France 24 closes
// its stories: "Date created : 2015-05-12".
var dateLine = regexp.MustCompile(`(?i)^\s*(?:date(?: created| published| de publication| de création)?|published|publié le|publication|التاريخ)\s*:?\s*(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)\s*$`)

// stampedHeadline is a crawler's date label run into the headline on
// the text's first line: " date 2019-11-26 Europol disrupts ISIL's online
// activities in Europe".
var stampedHeadline = regexp.MustCompile(`(?i)\A\s*date\s+(\d{4}-\d{2}-\d{2})\s+(\S)`)

// labelledDate matches a publication line that names itself, with the
// date in words: "تاريخ النشر: 1st, October 2023 GMT", "Published on
// March 8, 2024", "Опубликовано: 17 февраля 2026".
var labelledDate = regexp.MustCompile(`(?i)^\s*(?:تاريخ النشر|نشر في|نشر بتاريخ|published(?: on)?|posted(?: on)?|publié le|date de publication|опубликовано|дата публикации|veröffentlicht(?: am)?)\s*:?\s*(.{6,60}?)\s*$`)

// dottedDate is a day written day.month.year, as Russian and German
// pages stamp them: "17.02.2026".
var dottedDate = regexp.MustCompile(`(?:^|[^0-9.])([0-3]?[0-9])\.([01]?[0-9])\.((?:19|20)[0-9]{2})(?:[^0-9.]|$)`)

// ordinal is the suffix of an English day number: "1st", "22nd".
var ordinal = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)\b`)

// wordDate reads a date written in words after a publication label:
// "1st, October 2023 GMT", "March 8, 2024", "8 March 2024", or an Arabic
// date; the zone name and a clock time after it are dropped.
func wordDate(s string) (time.Time, bool) {
	if t, ok := parseDate(s); ok {
		return t, true
	}
	if t, ok := arabicDate(s); ok {
		return t, true
	}
	s = ordinal.ReplaceAllString(s, "$1")
	s = strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' }), " ")
	for _, z := range []string{" GMT", " UTC", " UT"} {
		s = strings.TrimSuffix(s, z)
	}
	for _, l := range []string{"2 January 2006", "January 2 2006", "2 Jan 2006", "Jan 2 2006"} {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// dateLineDay is the day of the first line of a text that is a date
// line ("Date created : 2015-05-12"), wherever it stands: a page whose
// metadata gives no day may stamp its story at the foot.
func dateLineDay(body string) (time.Time, bool) {
	for _, l := range strings.Split(body, "\n") {
		if m := dateLine.FindStringSubmatch(l); m != nil {
			if t, ok := parseDate(m[1]); ok {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// dayLine reads a line that is a day in words and nothing else, as
// press rooms stamp their releases under the headline: "25 November
// 2019", "March 8, 2024". A line of a sentence, or of figures alone
// ("2019"), is none.
func dayLine(l string) (time.Time, bool) {
	l = strings.TrimSpace(l)
	if n := len(strings.Fields(l)); n < 3 || n > 4 || strings.IndexFunc(l, unicode.IsLetter) < 0 {
		return time.Time{}, false
	}
	return wordDate(l)
}

// leadingDate finds a publication date in the first lines of a text.
func leadingDate(body string) time.Time {
	for i, l := range strings.SplitN(body, "\n", 8) {
		if i == 7 {
			break
		}
		if m := dateLine.FindStringSubmatch(l); m != nil {
			if t, ok := parseDate(m[1]); ok {
				return t
			}
		}
		if m := labelledDate.FindStringSubmatch(l); m != nil {
			if t, ok := wordDate(m[1]); ok {
				return t
			}
		}
		if m := stampedHeadline.FindStringSubmatch(l); i == 0 && m != nil {
			if t, ok := parseDate(m[1]); ok {
				return t
			}
		}
		if t, ok := dayLine(l); ok {
			return t // "25 November 2019" on a line of its own under the headline
		}
		if m := dottedDate.FindStringSubmatch(l); m != nil && stampLine(strings.TrimSpace(l)) {
			// a stamp of a clock time and a day: "12:39, 17.02.2026"
			d, _ := strconv.Atoi(m[1])
			mo, _ := strconv.Atoi(m[2])
			y, _ := strconv.Atoi(m[3])
			if t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC); mo >= 1 && mo <= 12 && t.Day() == d {
				return t
			}
		}
	}
	if t, ok := textDate(body); ok {
		return t
	}
	return time.Time{}
}

// textTitle is a saved page's headline: its first line, unless that line
// is a byline ("كتب – روماني صبري"), a stamp or a site's masthead and menu
// ("Ричмонд", "رئيس التحرير"); then the last line of four or more words
// above the first paragraph, or else the first line that is no byline.
func textTitle(body string) string {
	body = stampedHeadline.ReplaceAllString(body, "$2") // " date 2019-11-26 Europol disrupts …"
	return unemphasize(pageTitle(letterBody(afterPreface(body))))
}

// prefaceLines and prefaceRunes are how far into a text a publisher's
// note may run.
const (
	prefaceLines = 40
	prefaceRunes = 1200
)

// afterPreface is a text without the publisher's note set off above a
// rule at its top: GitHub prints "Before disabling any content in
// relation to this takedown notice, GitHub …", then "---", over each
// notice it publishes, and the notice is what follows. A rule is a line
// of three or more "-", "*" or "_" between blank lines (a line of dashes
// right under text underlines a heading, and front matter opens the
// file); the last such rule in the text's first lines ends the note,
// when there is more text under it.
func afterPreface(body string) string {
	lines := strings.SplitAfterN(body, "\n", prefaceLines+2) // a note is at the top: a huge text is not split whole
	cut, off, above := -1, 0, false
	for i, l := range lines {
		if i >= prefaceLines {
			break
		}
		t := strings.TrimSpace(l)
		blankBefore := i > 0 && strings.TrimSpace(lines[i-1]) == ""
		blankAfter := i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == ""
		if above && blankBefore && blankAfter && thematicBreak(t) {
			cut = off + len(l)
		}
		above = above || t != ""
		off += len(l)
	}
	if cut < 0 {
		return body
	}
	// a note, not a letter over its list of links: short, and shorter
	// than what it introduces
	note, rest := utf8.RuneCountInString(body[:cut]), utf8.RuneCountInString(strings.TrimSpace(body[cut:]))
	if rest == 0 || note > prefaceRunes || note >= rest {
		return body
	}
	return body[cut:]
}

// thematicBreak is a Markdown rule: "---", "***", "___", "- - -".
func thematicBreak(t string) bool {
	t = strings.ReplaceAll(t, " ", "")
	return len(t) >= 3 && strings.Trim(t, t[:1]) == "" && strings.ContainsAny(t[:1], "-*_")
}

// salutation is a letter's opening line: "Dear GitHub Inc.,", "To whom
// it may concern", "Madame, Monsieur,", "Уважаемые коллеги!".
var salutation = regexp.MustCompile(`(?i)^(?:dear|to whom it may concern|hello|greetings|madam|madame|monsieur|messieurs|sehr geehrte|estimad[oa]s?|gentile|egregi|spettabile|уважаем|здравствуйте|السيد|السادة|عزيزي)`)

// letterBody is a text without the salutation a letter opens with: a
// notice's title is what it says, not whom it greets.
func letterBody(body string) string {
	off := 0
	for _, l := range strings.SplitAfterN(body, "\n", prefaceLines) {
		t := strings.TrimSpace(l)
		off += len(l)
		if t == "" {
			continue
		}
		if utf8.RuneCountInString(t) <= 60 && salutation.MatchString(t) && strings.TrimSpace(body[off:]) != "" {
			return body[off:]
		}
		break
	}
	return body
}

// unemphasize drops the Markdown bold or italics a whole title line is
// wrapped in: "**Are you the copyright holder …?**", as GitHub's notice
// forms print their questions.
func unemphasize(t string) string {
	for _, m := range []string{"**", "__", "*", "_"} {
		if len(t) > 2*len(m) && strings.HasPrefix(t, m) && strings.HasSuffix(t, m) {
			return strings.TrimSpace(t[len(m) : len(t)-len(m)])
		}
	}
	return t
}

// pageTitle is textTitle before its emphasis is dropped.
func pageTitle(body string) string {
	lines := strings.SplitN(body, "\n", 60)
	if len(lines) == 60 {
		lines = lines[:59]
	}
	var first string
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			first = l
			break
		}
	}
	if _, next, ok := masthead(lines); ok {
		// "Le Courrier de Russie" over its headline: the paper's name
		return app.Truncate(next, 120)
	}
	if first == "" || strings.HasPrefix(first, "#") || headlineLine(first) {
		// a Markdown heading is the title it says it is
		return app.TitleFromText(body, 120)
	}
	best, short, shortAbove := "", 0, 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if utf8.RuneCountInString(l) >= paragraphRunes {
			break
		}
		switch {
		case headlineLine(l):
			best, shortAbove = l, short
		case l != "":
			short++
		}
	}
	if best != "" && (shortAbove >= 3 || bylineLine(first) || stampLine(first) || (len(strings.Fields(first)) == 1 && best != first && foreignLabel(first, best))) {
		// a menu or masthead of short lines above the headline; a short
		// first line with no more than two below it is the headline; a
		// widget's one-word label in another script ("Icon" over an
		// Arabic headline) is none
		return app.Truncate(best, 120)
	}
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" && !bylineLine(l) && !stampLine(l) {
			return app.Truncate(l, 120)
		}
	}
	return app.TitleFromText(body, 120)
}

// foreignLabel reports a one-word line written in another script than
// the headline under it: a page's widget or button kept with its text.
func foreignLabel(label, headline string) bool {
	a, _ := utf8.DecodeRuneInString(label)
	for _, r := range headline {
		if unicode.IsLetter(r) {
			return scriptOf(a) != scriptOf(r)
		}
	}
	return false
}

// scriptOf names the script of a letter, for telling a label's from a
// headline's.
func scriptOf(r rune) string {
	for _, s := range []string{"Latin", "Cyrillic", "Arabic", "Han", "Devanagari", "Greek", "Hebrew"} {
		if unicode.Is(unicode.Scripts[s], r) {
			return s
		}
	}
	return ""
}

// pressWords name a newspaper (lower-cased): a page's first line made of
// a few capitalised words with one of them is its masthead.
// Words a headline uses too ("post", "daily", "press") are left out.
var pressWords = map[string]bool{"courrier": true, "courier": true, "journal": true, "times": true, "gazette": true,
	"herald": true, "tribune": true, "observer": true, "zeitung": true, "presse": true, "dépêche": true, "echos": true,
	"quotidien": true, "telegraph": true, "chronicle": true, "gazeta": true, "газета": true, "вестник": true,
	"известия": true, "صحيفة": true, "جريدة": true}

// masthead finds a saved page's masthead: its first line a newspaper's
// name ("Le Courrier de Russie", "The Moscow Times") of two to five words
// with no digits or sentence punctuation, and a headline among the next
// three lines. It returns the name and the headline.
func masthead(lines []string) (string, string, bool) {
	i := 0
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if i == len(lines) {
		return "", "", false
	}
	name := strings.TrimSpace(lines[i])
	fs := strings.Fields(name)
	if len(fs) < 2 || len(fs) > 5 || strings.ContainsAny(name, "0123456789:;,.!?«»\"“”()[]|/@#©-–—") {
		return "", "", false
	}
	press := false
	for _, f := range fs {
		press = press || pressWords[strings.ToLower(f)]
	}
	if r, _ := utf8.DecodeRuneInString(name); !press || unicode.IsLower(r) {
		return "", "", false
	}
	seen := 0
	for _, l := range lines[i+1:] {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if seen++; seen > 3 || utf8.RuneCountInString(l) >= paragraphRunes {
			break
		}
		if headlineLine(l) {
			return name, l, true
		}
	}
	return "", "", false
}

// paragraphRunes is how long a line of a saved page is when it is the
// story's first paragraph rather than its headline or its menu.
const paragraphRunes = 140

// headlineLine reports a line that can be a headline: four words or more,
// no byline, no stamp.
func headlineLine(l string) bool {
	return len(strings.Fields(l)) >= 4 && !bylineLine(l) && !stampLine(l)
}

// bylineOpeners open a byline or a credit line.
var bylineOpeners = map[string]bool{"by": true, "par": true, "von": true, "por": true, "di": true, "автор": true,
	"текст": true, "بقلم": true, "كتب": true, "كتبت": true, "लेखक": true, "source": true, "المصدر": true, "источник": true}

// bylineLine reports a short line that credits an author or a source:
// "كتب – روماني صبري", "By Andy Maxwell", "المصدر: صحيفة عاجل".
func bylineLine(l string) bool {
	fs := strings.Fields(l)
	if len(fs) == 0 || len(fs) > 8 {
		return false
	}
	if _, ok := teamCredit(l); ok {
		return true
	}
	return bylineOpeners[strings.ToLower(strings.Trim(fs[0], ":–—-|"))]
}

// teamCredit reads a credit line that names the outlet and its newsroom,
// "المواطن - فريق التحرير", and returns the outlet's name.
func teamCredit(l string) (string, bool) {
	for _, sep := range []string{" - ", " – ", " — ", " | "} {
		i := strings.LastIndex(l, sep)
		if i <= 0 {
			continue
		}
		name, team := strings.TrimSpace(l[:i]), strings.ToLower(strings.TrimSpace(l[i+len(sep):]))
		if n := len(strings.Fields(name)); extract.IsNewsroom(team) && n >= 1 && n <= 4 && !strings.ContainsAny(name, "0123456789:;,!?«»\"“”()[]/@#©.") {
			return name, true
		}
	}
	return "", false
}

// stampLine reports a short line of a date, a clock time, a copyright or
// a widget's reading: "الخميس 06/ديسمبر/2018 - 12:06 م", "© VK,
// 1999-2026", "+4°", "Published: March 8, 2024". A short headline with a
// count in it ("Telegram bans 78 ISIS channels") is none.
func stampLine(l string) bool {
	if strings.ContainsAny(l, "©®") || dateLine.MatchString(l) || labelledDate.MatchString(l) {
		return true
	}
	fs := strings.Fields(l)
	if strings.IndexFunc(l, unicode.IsDigit) < 0 {
		return false
	}
	if len(fs) <= 8 && clock.MatchString(asciiDigits(l)) {
		// "الخميس ١٥ يناير ٢٠٢٦ الساعة ٢:٥٠ مساءً": a day, a date and a
		// clock time in Arabic-Indic digits
		return true
	}
	if len(fs) > 6 {
		return false
	}
	words := 0 // words of two letters or more
	for _, f := range fs {
		letters := 0
		for _, r := range f {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters >= 2 {
			words++
		}
	}
	if words <= 2 {
		return true
	}
	_, dated := arabicDate(l)
	return dated
}

// clock matches a time of day: "12:06".
var clock = regexp.MustCompile(`(?:^|[^0-9])[0-2]?[0-9]:[0-5][0-9](?:[^0-9]|$)`)
