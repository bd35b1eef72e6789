package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/takedowndesk/takedowndesk/app"
)

// Lumen Database JSON comes in three shapes, all accepted:
//   - a search page: {"notices":[…], "meta":{…}} (streamed one notice at a time);
//   - a single notice keyed by its type: {"dmca":{…}}, {"notice":{…}},
//     {"law_enforcement_request":{…}} …;
//   - a bare notice object or an array of them.
//
// Field names follow Lumen's serializers, which rename a notice's body and
// a work's fields by notice type: body is "explanation" in law-enforcement
// requests, court orders, private-information and other notices, and
// "legal_complaint" in defamation and data-protection ones; the infringing
// URLs are "urls_in_request", "targetted_urls", "defamatory_urls",
// "urls_mentioned_in_request", "urls_with_private_information",
// "problematic_urls" or "offending_urls". Trademark notices list "marks"
// instead of works. Without a researcher's token the URLs come counted by
// domain ({"domain","count"}) instead of listed.
type lumenNotice struct {
	ID             json.Number     `json:"id"`
	Type           string          `json:"type"`
	Title          string          `json:"title"`
	Body           *string         `json:"body"`
	Explanation    *string         `json:"explanation"`
	LegalComplaint *string         `json:"legal_complaint"`
	DateSent       *string         `json:"date_sent"`
	DateReceived   *string         `json:"date_received"`
	SenderName     *string         `json:"sender_name"`
	PrincipalName  *string         `json:"principal_name"`
	RecipientName  *string         `json:"recipient_name"`
	Sender         json.RawMessage `json:"sender"`
	Principal      json.RawMessage `json:"principal"`
	Recipient      json.RawMessage `json:"recipient"`
	Topics         []string        `json:"topics"`
	ActionTaken    string          `json:"action_taken"`
	Language       *string         `json:"language"`
	RequestType    string          `json:"request_type"`
	Works          []lumenWork     `json:"works"`
	Marks          []lumenWork     `json:"marks"`
}

type lumenWork struct {
	Description *string `json:"description"`
	// Renamed descriptions, by notice type.
	Subject          *string `json:"subject_of_enforcement_request"`
	SubjectOfOrder   *string `json:"subject_of_court_order"`
	SubjectComplaint *string `json:"subject_of_complaint"`
	Complaint        *string `json:"complaint"`

	InfringingURLs  []lumenURL `json:"infringing_urls"`
	URLsInRequest   []lumenURL `json:"urls_in_request"`
	TargettedURLs   []lumenURL `json:"targetted_urls"`
	DefamatoryURLs  []lumenURL `json:"defamatory_urls"`
	MentionedURLs   []lumenURL `json:"urls_mentioned_in_request"`
	PrivateInfoURLs []lumenURL `json:"urls_with_private_information"`
	ProblematicURLs []lumenURL `json:"problematic_urls"`
	OffendingURLs   []lumenURL `json:"offending_urls"`
}

// description is the work's description under whichever name it has.
func (w *lumenWork) description() string {
	for _, d := range []*string{w.Description, w.Subject, w.SubjectOfOrder, w.SubjectComplaint, w.Complaint} {
		if s := strings.TrimSpace(str(d)); s != "" {
			return s
		}
	}
	return ""
}

// urls lists the work's reported URLs under whichever name they have.
func (w *lumenWork) urls() []lumenURL {
	var out []lumenURL
	for _, l := range [][]lumenURL{w.InfringingURLs, w.URLsInRequest, w.TargettedURLs, w.DefamatoryURLs,
		w.MentionedURLs, w.PrivateInfoURLs, w.ProblematicURLs, w.OffendingURLs} {
		out = append(out, l...)
	}
	return out
}

// lumenURL is one reported URL: {"url": …}, a bare string (trademark
// marks), or a count of URLs on a domain.
type lumenURL struct {
	URL    string
	Domain string
	Count  int64
}

func (u *lumenURL) UnmarshalJSON(b []byte) error {
	var s string
	if json.Unmarshal(b, &s) == nil {
		u.URL = s
		return nil
	}
	var obj struct {
		URL    *string     `json:"url"`
		Domain *string     `json:"domain"`
		Count  json.Number `json:"count"`
	}
	if err := json.Unmarshal(b, &obj); err != nil {
		return err
	}
	u.URL, u.Domain = str(obj.URL), str(obj.Domain)
	u.Count, _ = obj.Count.Int64()
	return nil
}

// reportedURL reports a real URL: not Lumen's "No URL submitted" filler
// nor a redaction mask.
func reportedURL(u string) bool {
	u = strings.TrimSpace(u)
	return u != "" && !strings.EqualFold(u, "No URL submitted") && !strings.ContainsAny(u, " \t\n[]")
}

func parseLumen(s *sink, r io.Reader) error {
	l := &tgReader{s: s, dec: json.NewDecoder(&xEscapeReader{r: r})}
	l.dec.UseNumber()
	tok, err := l.dec.Token()
	if err != nil {
		return lumenErr(l, err)
	}
	switch tok {
	case json.Delim('['):
		return l.lumenArray()
	case json.Delim('{'):
	default:
		return errors.New("not a Lumen notice: the file is not a JSON object")
	}
	rest := map[string]json.RawMessage{}
	streamed := false
	err = l.object(func(key string) error {
		if key == "notices" {
			streamed = true
			if err := l.expectDelim('[', "notices is not an array"); err != nil {
				return err
			}
			return l.lumenArray()
		}
		var raw json.RawMessage
		if err := l.dec.Decode(&raw); err != nil {
			return lumenErr(l, err)
		}
		rest[key] = raw
		return nil
	})
	if err != nil || streamed {
		return err
	}
	if _, ok := rest["id"]; ok { // a bare notice
		b, _ := json.Marshal(rest)
		return l.lumenOne(b)
	}
	keys := make([]string, 0, len(rest))
	for k, v := range rest {
		if v = bytes.TrimSpace(v); len(v) > 0 && v[0] == '{' && k != "meta" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		if err := l.lumenOne(rest[k]); err != nil {
			return err
		}
	}
	if len(keys) == 0 {
		return errors.New("not a Lumen notice: no notice object found")
	}
	return nil
}

func lumenErr(l *tgReader, err error) error {
	return describeJSONErr(err, l.dec.InputOffset(), fmt.Sprintf("notice %d", l.seen+1))
}

// lumenArray reads notices until the array's closing bracket.
func (l *tgReader) lumenArray() error {
	for l.dec.More() {
		var n lumenNotice
		if err := l.dec.Decode(&n); err != nil {
			return lumenErr(l, err)
		}
		l.seen++
		if err := l.lumenEmit(&n); err != nil {
			return err
		}
	}
	if _, err := l.dec.Token(); err != nil {
		return lumenErr(l, err)
	}
	return nil
}

func (l *tgReader) lumenOne(raw []byte) error {
	var n lumenNotice
	if err := json.Unmarshal(raw, &n); err != nil {
		return fmt.Errorf("notice %d: %w", l.seen+1, err)
	}
	l.seen++
	return l.lumenEmit(&n)
}

func (l *tgReader) lumenEmit(ln *lumenNotice) error {
	im, err := lumenImported(ln)
	if err != nil {
		return fmt.Errorf("notice %d: %w", l.seen, err)
	}
	return l.s.emit(im)
}

func lumenImported(ln *lumenNotice) (app.Imported, error) {
	id := ln.ID.String()
	if id == "" {
		return app.Imported{}, errors.New("notice has no id")
	}
	sender := lumenName(ln.SenderName, ln.Sender)
	principal := lumenName(ln.PrincipalName, ln.Principal)
	recipient := lumenName(ln.RecipientName, ln.Recipient)

	var links, works, domains []string
	for _, w := range append(ln.Works, ln.Marks...) {
		if d := w.description(); d != "" {
			works = append(works, d)
		}
		for _, u := range w.urls() {
			switch {
			case reportedURL(u.URL):
				links = append(links, strings.TrimSpace(u.URL))
			case u.URL == "" && strings.TrimSpace(u.Domain) != "":
				domains = append(domains, fmt.Sprintf("%s (%d)", strings.TrimSpace(u.Domain), u.Count))
			}
		}
	}
	body := ""
	for _, b := range []*string{ln.Body, ln.Explanation, ln.LegalComplaint} {
		if body = strings.TrimSpace(str(b)); body != "" {
			break
		}
	}
	if body == "" {
		// Most notices carry no text of their own; the reporter reads the
		// fields, so the body lists them.
		var b strings.Builder
		line := func(k, v string) {
			if v = strings.TrimSpace(v); v != "" {
				fmt.Fprintf(&b, "%s: %s\n", k, v)
			}
		}
		line("Type", ln.Type)
		line("Sender", sender)
		line("Principal", principal)
		line("Recipient", recipient)
		line("Topics", strings.Join(ln.Topics, ", "))
		line("Action taken", ln.ActionTaken)
		for _, w := range works {
			line("Work", w)
		}
		for _, u := range links {
			line("URL", u)
		}
		for _, d := range domains {
			line("URLs on", d)
		}
		body = strings.TrimRight(b.String(), "\n")
	}
	published, _ := parseDate(str(ln.DateSent))
	if published.IsZero() {
		published, _ = parseDate(str(ln.DateReceived))
	}
	title := ln.Title
	if title == "" {
		title = strings.TrimSpace(ln.Type + " notice " + id)
	}
	n := app.Notice{
		Kind:        app.KindLumenNotice,
		Title:       title,
		Body:        body,
		URL:         "https://lumendatabase.org/notices/" + id,
		Lang:        str(ln.Language),
		Origin:      "lumen:" + id,
		PublishedAt: published,
	}
	var sources []app.SourceLink
	add := func(name string, role app.Role) {
		if name != "" {
			sources = append(sources, app.SourceLink{Source: app.Source{Name: name, Kind: app.SourceUnknown}, Role: role})
		}
	}
	add(sender, app.RoleSender)
	add(principal, app.RolePrincipal)
	add(recipient, app.RoleRecipient)
	return app.Imported{Notice: n, Sources: sources, Links: links}, nil
}

// lumenName takes a party's name from the flat field or a nested
// {"name": …} object.
func lumenName(flat *string, nested json.RawMessage) string {
	if s := strings.TrimSpace(str(flat)); s != "" {
		return s
	}
	var obj struct {
		Name string `json:"name"`
	}
	if len(nested) > 0 && json.Unmarshal(nested, &obj) == nil {
		return strings.TrimSpace(obj.Name)
	}
	var s string
	if len(nested) > 0 && json.Unmarshal(nested, &s) == nil {
		return strings.TrimSpace(s)
	}
	return ""
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
