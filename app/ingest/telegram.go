package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/takedowndesk/takedowndesk/app"
)

// Telegram Desktop exports (result.json) are read as a stream: the decoder
// walks the root object token by token and decodes one message at a time,
// so a 500 MB export needs the memory of one message, not of the file.
//
// Both roots are accepted: a single chat ({name,type,id,messages}) and a
// full account export (chats.list[*], left_chats.list[*]). A chat's name,
// type and id must come before its messages, as the exporter writes them.
//
// Dates: date_unixtime (epoch seconds, a string) is UTC. Exports made
// before it existed (early 2021) only have "date", the exporting
// computer's local time with no zone. Such a time is read in the zone the
// reporter gives (Options.Zone), else with the offset the export's own
// messages that carry both show, else as UTC; the report says which.

// tgMessage is the part of an exported message the desk uses.
type tgMessage struct {
	ID           json.Number     `json:"id"`
	Type         string          `json:"type"`
	Date         string          `json:"date"`
	DateUnix     flexString      `json:"date_unixtime"`
	From         flexString      `json:"from"`
	FromID       flexString      `json:"from_id"`
	Forwarded    flexString      `json:"forwarded_from"`
	Author       string          `json:"author"`
	Text         json.RawMessage `json:"text"`
	TextEntities []tgEntity      `json:"text_entities"`

	// Content that is not text, kept as text so the message is not lost.
	Poll      *tgPoll     `json:"poll"`
	TodoList  *tgTodoList `json:"todo_list"`
	Location  *tgLocation `json:"location_information"`
	PlaceName flexString  `json:"place_name"`
	Address   flexString  `json:"address"`
	Contact   *tgContact  `json:"contact_information"`
}

type tgPoll struct {
	Question    json.RawMessage `json:"question"`
	Closed      bool            `json:"closed"`
	TotalVoters json.Number     `json:"total_voters"`
	Answers     []struct {
		Text   json.RawMessage `json:"text"`
		Voters json.Number     `json:"voters"`
		Chosen bool            `json:"chosen"`
	} `json:"answers"`
}

type tgTodoList struct {
	Title json.RawMessage `json:"title"`
	Items []struct {
		Text json.RawMessage `json:"text"`
	} `json:"items"`
}

type tgLocation struct {
	Latitude  json.Number `json:"latitude"`
	Longitude json.Number `json:"longitude"`
}

type tgContact struct {
	FirstName   flexString `json:"first_name"`
	LastName    flexString `json:"last_name"`
	PhoneNumber flexString `json:"phone_number"`
}

// flexString accepts a JSON string, number or null: date_unixtime is a
// string in every known export, but a hand-edited file may have a number.
type flexString string

func (f *flexString) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case len(b) == 0 || string(b) == "null":
		*f = ""
	case len(b) >= 2 && b[0] == '"' && bytes.IndexByte(b, '\\') < 0 && utf8.Valid(b):
		// No escapes and valid UTF-8 (the common case): the text as it
		// stands, without a second decoder.
		*f = flexString(b[1 : len(b)-1])
	case b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*f = flexString(s)
	default:
		*f = flexString(b)
	}
	return nil
}

type tgEntity struct {
	Type string `json:"type"`
	Text string `json:"text"`
	Href string `json:"href"`
}

type tgChat struct {
	Name string
	Type string
	ID   string
}

type tgReader struct {
	s    *sink
	dec  *json.Decoder
	seen int // messages read so far, for error messages

	// Local times without a zone (exports from before 2021).
	offset    time.Duration // local minus UTC, as messages with both times show
	offsetSet bool
	local     int // messages whose time had no zone
	localUTC  int // of those, read as UTC for want of a zone
}

func parseTelegram(s *sink, r io.Reader) error {
	t := &tgReader{s: s, dec: json.NewDecoder(&xEscapeReader{r: &utf8Reader{r: r}})}
	t.dec.UseNumber()
	if err := t.expectDelim('{', "the export is not a JSON object"); err != nil {
		return err
	}
	root := &tgChat{}
	found, account := false, false
	err := t.object(func(key string) error {
		switch key {
		case "messages":
			found = true
			return t.messages(root)
		case "chats", "left_chats":
			found = true
			if err := t.expectDelim('{', key+" is not an object"); err != nil {
				return err
			}
			return t.object(func(key string) error {
				if key != "list" {
					return t.skip()
				}
				return t.chatList()
			})
		case "name", "type", "id":
			return t.chatField(root, key)
		case "personal_information", "contacts", "frequent_contacts", "sessions", "profile_pictures":
			account = true
		}
		return t.skip()
	})
	if err != nil {
		return err
	}
	if !found && account {
		return fmt.Errorf("a Telegram account export without chats (export it again with chats ticked): %w", ErrNothing)
	}
	if !found {
		return errors.New("not a Telegram export: no messages or chats")
	}
	t.noteLocalTimes()
	// The exporter writes one object; anything after it is damage (two
	// files run together, a copy cut and pasted over).
	if _, err := t.dec.Token(); err != io.EOF {
		var bad *badUTF8Error
		if errors.As(err, &bad) {
			return bad
		}
		return fmt.Errorf("unexpected data after the export's closing brace (at byte %d)", t.dec.InputOffset())
	}
	return nil
}

func (t *tgReader) chatList() error {
	if err := t.expectDelim('[', "chats list is not an array"); err != nil {
		return err
	}
	for t.dec.More() {
		if err := t.expectDelim('{', "chat is not an object"); err != nil {
			return err
		}
		chat := &tgChat{}
		err := t.object(func(key string) error {
			switch key {
			case "messages":
				return t.messages(chat)
			case "name", "type", "id":
				return t.chatField(chat, key)
			}
			return t.skip()
		})
		if err != nil {
			return err
		}
	}
	return t.closeDelim()
}

func (t *tgReader) chatField(c *tgChat, key string) error {
	var v any
	if err := t.dec.Decode(&v); err != nil {
		return t.jsonErr(err)
	}
	s := ""
	switch x := v.(type) {
	case string:
		s = x
	case json.Number:
		s = x.String()
	}
	switch key {
	case "name":
		c.Name = s
	case "type":
		c.Type = s
	case "id":
		if _, ok := v.(json.Number); ok && !wholeNumber(s) {
			return fmt.Errorf("chat id %.40s is not a 64-bit whole number (at byte %d)", s, t.dec.InputOffset())
		}
		c.ID = s
	}
	return nil
}

// wholeNumber reports an integer that fits in 64 bits, as Telegram's ids do.
func wholeNumber(s string) bool {
	_, err := strconv.ParseInt(s, 10, 64)
	return err == nil
}

// messages reads a chat's messages array one message at a time.
func (t *tgReader) messages(c *tgChat) error {
	if err := t.expectDelim('[', "messages is not an array"); err != nil {
		return err
	}
	src := channelSource(c.Name)
	for t.dec.More() {
		var m tgMessage
		if err := t.dec.Decode(&m); err != nil {
			return t.messageErr(err)
		}
		t.seen++
		im, ok, err := t.notice(c, &m, src)
		if err != nil {
			return fmt.Errorf("message %d: %w", t.seen, err)
		}
		if !ok {
			t.s.skip()
			continue
		}
		if err := t.s.emit(im); err != nil {
			return err
		}
	}
	return t.closeDelim()
}

// messageErr words a message that could not be decoded: a value of the
// wrong kind names the field and the message, anything else goes to jsonErr.
func (t *tgReader) messageErr(err error) error {
	var typ *json.UnmarshalTypeError
	if !errors.As(err, &typ) {
		return t.jsonErr(err)
	}
	at := t.dec.InputOffset()
	if typ.Field == "" {
		return fmt.Errorf("message %d is a JSON %s, not an object (at byte %d)", t.seen+1, typ.Value, at)
	}
	return fmt.Errorf("message %d: %s is a JSON %s, not %s (at byte %d)", t.seen+1, typ.Field, typ.Value, jsonKind(typ.Type.Kind().String()), at)
}

func jsonKind(goKind string) string {
	switch goKind {
	case "string":
		return "a string"
	case "slice":
		return "an array"
	case "struct", "map":
		return "an object"
	}
	return "a " + goKind
}

// notice turns one message into a notice; ok is false for service,
// unsupported and empty messages.
func (t *tgReader) notice(c *tgChat, m *tgMessage, src []app.SourceLink) (app.Imported, bool, error) {
	if m.Type != "" && m.Type != "message" {
		return app.Imported{}, false, nil
	}
	body, links, err := messageText(m)
	if err != nil {
		return app.Imported{}, false, err
	}
	if strings.TrimSpace(body) == "" {
		return app.Imported{}, false, nil
	}
	// The id makes the origin that a re-import is recognised by.
	if m.ID == "" {
		return app.Imported{}, false, errors.New("no message id")
	}
	if !wholeNumber(m.ID.String()) {
		return app.Imported{}, false, fmt.Errorf("message id %.40s is not a 64-bit whole number", m.ID)
	}
	published, err := t.messageTime(m)
	if err != nil {
		return app.Imported{}, false, err
	}
	chatID := c.ID
	if chatID == "" {
		chatID = "chat:" + c.Name
	}
	n := app.Notice{
		Kind:        app.KindTelegramPost,
		Title:       app.TitleFromText(body, 120),
		Body:        body,
		Platform:    "Telegram",
		Origin:      "telegram:" + chatID + "/" + m.ID.String(),
		PublishedAt: published,
	}
	return app.Imported{
		Notice:  n,
		Claims:  dailyBanClaims(body, published),
		Sources: messageSources(c, m, src),
		Links:   links,
	}, true, nil
}

// messageSources names who speaks in a message: a channel's own name on
// its posts, a member in a group. A forwarded message speaks for the peer
// it was forwarded from, and the one who forwarded it reports it. A
// sender without a name (a deleted account, from null) is the chat itself
// only where from_id says so or in a channel; a nameless member of a group
// is nobody we know.
func messageSources(c *tgChat, m *tgMessage, chat []app.SourceLink) []app.SourceLink {
	var sender []app.SourceLink
	from := strings.TrimSpace(string(m.From))
	switch {
	case from != "" && from != c.Name:
		sender = channelSource(from)
	case from != "" || chatSpeaks(c, string(m.FromID)):
		sender = chat
	}
	orig := strings.TrimSpace(string(m.Forwarded))
	if orig == "" {
		return sender
	}
	out := channelSource(orig)
	for _, l := range sender {
		if l.Source.Name != orig {
			l.Role = app.RoleReportedBy
			out = append(out, l)
		}
	}
	return out
}

// chatSpeaks reports a nameless sender that is the chat itself: from_id
// names the chat ("channel123" in chat 123), or the chat is a channel (or
// of no stated type), where only the channel posts.
func chatSpeaks(c *tgChat, fromID string) bool {
	if c.ID != "" && strings.TrimLeft(fromID, "abcdefghijklmnopqrstuvwxyz") == c.ID {
		return true
	}
	return c.Type == "" || strings.Contains(c.Type, "channel")
}

// messageText joins a message's text, preferring text_entities (every run
// an object) and falling back to the older string-or-array "text". Links
// come from link entities (the text is the URL) and text_link hrefs.
func messageText(m *tgMessage) (string, []string, error) {
	ents := m.TextEntities
	if len(ents) == 0 && len(m.Text) > 0 {
		var err error
		ents, err = textRuns(m.Text)
		if err != nil {
			return "", nil, err
		}
	}
	var b strings.Builder
	var links []string
	for _, e := range ents {
		b.WriteString(e.Text)
		link := ""
		switch e.Type {
		case "link":
			link = e.Text
		case "text_link":
			link = e.Href
		}
		if link = strings.TrimSpace(link); link != "" {
			links = append(links, link)
		}
	}
	content, err := messageContent(m)
	if err != nil {
		return "", nil, err
	}
	if content != "" {
		if strings.TrimSpace(b.String()) != "" {
			b.WriteString("\n\n")
		}
		b.WriteString(content)
	}
	return b.String(), links, nil
}

// messageContent writes out what a message holds beside its text: a poll
// with its options and votes, a to-do list, a place, a contact.
func messageContent(m *tgMessage) (string, error) {
	var b strings.Builder
	line := func(parts ...string) {
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(strings.Join(parts, ""))
	}
	if p := m.Poll; p != nil {
		q, err := plainText(p.Question)
		if err != nil {
			return "", fmt.Errorf("poll question: %w", err)
		}
		line("Poll: ", q)
		for _, a := range p.Answers {
			text, err := plainText(a.Text)
			if err != nil {
				return "", fmt.Errorf("poll answer: %w", err)
			}
			votes := ""
			if a.Voters != "" {
				votes = " — " + a.Voters.String() + " votes"
			}
			chosen := ""
			if a.Chosen {
				chosen = " (chosen)"
			}
			line("- ", text, votes, chosen)
		}
		status := ""
		if p.Closed {
			status = ", closed"
		}
		if p.TotalVoters != "" {
			line(p.TotalVoters.String(), " voters", status)
		}
	}
	if l := m.TodoList; l != nil {
		title, err := plainText(l.Title)
		if err != nil {
			return "", fmt.Errorf("to-do list title: %w", err)
		}
		line("To-do list: ", title)
		for _, it := range l.Items {
			text, err := plainText(it.Text)
			if err != nil {
				return "", fmt.Errorf("to-do item: %w", err)
			}
			line("- ", text)
		}
	}
	if name := strings.TrimSpace(string(m.PlaceName)); name != "" {
		line("Place: ", name)
	}
	if addr := strings.TrimSpace(string(m.Address)); addr != "" {
		line("Address: ", addr)
	}
	if l := m.Location; l != nil && l.Latitude != "" && l.Longitude != "" {
		line("Location: ", l.Latitude.String(), ", ", l.Longitude.String())
	}
	if c := m.Contact; c != nil {
		name := strings.TrimSpace(strings.TrimSpace(string(c.FirstName)) + " " + strings.TrimSpace(string(c.LastName)))
		if phone := strings.TrimSpace(string(c.PhoneNumber)); phone != "" {
			name = strings.TrimSpace(name + " " + phone)
		}
		if name != "" {
			line("Contact: ", name)
		}
	}
	return b.String(), nil
}

// plainText joins the runs of a text that is a string or an array of runs.
func plainText(raw json.RawMessage) (string, error) {
	runs, err := textRuns(raw)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, r := range runs {
		b.WriteString(r.Text)
	}
	return strings.TrimSpace(b.String()), nil
}

// textRuns reads the polymorphic "text": a string, or an array of strings
// and entity objects.
func textRuns(raw json.RawMessage) ([]tgEntity, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || raw[0] == 'n' {
		return nil, nil
	}
	if raw[0] == '"' {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return nil, fmt.Errorf("text: %w", err)
		}
		return []tgEntity{{Type: "plain", Text: s}}, nil
	}
	var parts []json.RawMessage
	if err := json.Unmarshal(raw, &parts); err != nil {
		return nil, fmt.Errorf("text is neither a string nor an array")
	}
	ents := make([]tgEntity, 0, len(parts))
	for _, p := range parts {
		p = bytes.TrimSpace(p)
		var e tgEntity
		if len(p) > 0 && p[0] == '"' {
			e.Type = "plain"
			if err := json.Unmarshal(p, &e.Text); err != nil {
				return nil, fmt.Errorf("text: %w", err)
			}
		} else if len(p) == 0 || p[0] != '{' {
			return nil, fmt.Errorf("text: an element is neither a string nor an entity object")
		} else if err := json.Unmarshal(p, &e); err != nil {
			var typ *json.UnmarshalTypeError
			if errors.As(err, &typ) {
				return nil, fmt.Errorf("text: an entity's %s is a JSON %s, not %s", typ.Field, typ.Value, jsonKind(typ.Type.Kind().String()))
			}
			return nil, fmt.Errorf("text entity: %w", err)
		}
		ents = append(ents, e)
	}
	return ents, nil
}

// Message times outside these bounds are damage, not posts: Telegram
// opened in 2013, and an epoch count far off (a millisecond count, an
// overflow) would otherwise be stored as a date thousands of years away.
var (
	tgEarliest = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	tgLatest   = time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC)
)

func (t *tgReader) messageTime(m *tgMessage) (time.Time, error) {
	if m.DateUnix != "" {
		sec, err := strconv.ParseInt(string(m.DateUnix), 10, 64)
		if err != nil {
			return time.Time{}, fmt.Errorf("bad date_unixtime %.40q", m.DateUnix)
		}
		if sec < tgEarliest.Unix() || sec >= tgLatest.Unix() {
			return time.Time{}, fmt.Errorf("date_unixtime %.40s is outside the years 2000 to 2099", m.DateUnix)
		}
		utc := time.Unix(sec, 0).UTC()
		if !t.offsetSet && m.Date != "" {
			// The exporter wrote the same moment in its local time: the
			// difference is the zone any time without date_unixtime is in.
			if d, err := time.Parse("2006-01-02T15:04:05", m.Date); err == nil {
				if off := d.Sub(utc); off > -15*time.Hour && off < 15*time.Hour {
					t.offset, t.offsetSet = off.Round(15*time.Minute), true
				}
			}
		}
		return utc, nil
	}
	if m.Date == "" {
		return time.Time{}, nil
	}
	zone := t.s.opt.Zone
	if zone == nil {
		zone = time.UTC
	}
	d, err := time.ParseInLocation("2006-01-02T15:04:05", m.Date, zone)
	if err != nil {
		return time.Time{}, fmt.Errorf("bad date %.40q", m.Date)
	}
	if d.Before(tgEarliest) || !d.Before(tgLatest) {
		return time.Time{}, fmt.Errorf("date %.40s is outside the years 2000 to 2099", m.Date)
	}
	t.local++
	if t.s.opt.Zone == nil {
		if t.offsetSet {
			return d.Add(-t.offset).UTC(), nil
		}
		t.localUTC++
	}
	return d.UTC(), nil
}

// noteLocalTimes tells the report how times without a zone were read.
func (t *tgReader) noteLocalTimes() {
	switch {
	case t.local == 0:
	case t.s.opt.Zone != nil:
		t.s.note("%d message times are local times without a zone (an export from before 2021): read in %s as asked", t.local, t.s.opt.Zone)
	case t.localUTC == 0:
		t.s.note("%d message times are local times without a zone (an export from before 2021): read at UTC%s, the offset the export's other messages show", t.local, offsetText(t.offset))
	default:
		t.s.note("%d message times are local times without a zone (an export from before 2021): read as UTC, which may be off by the exporting computer's offset; import again with --tz ZONE (e.g. --tz Europe/Moscow) to set it", t.local)
	}
}

func offsetText(d time.Duration) string {
	sign := "+"
	if d < 0 {
		sign, d = "-", -d
	}
	return fmt.Sprintf("%s%02d:%02d", sign, int(d.Hours()), int(d.Minutes())%60)
}

// platformChannels are channels run by a platform itself; what they post is
// the platform's own statement.
var platformChannels = map[string]bool{
	"isis watch": true, "stop child abuse": true, "telegram": true, "telegram news": true,
	"telegram tips": true, "durov's channel": true, "telegram contests": true,
}

func channelSource(name string) []app.SourceLink {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil
	}
	kind := app.SourceUnknown
	if platformChannels[strings.ToLower(name)] {
		kind = app.SourcePlatformStatement
	}
	return []app.SourceLink{{Source: app.Source{Name: name, Kind: kind}, Role: app.RoleStatedBy}}
}

// object reads the keys of an object whose '{' has been read, calling fn
// to consume each value, and the closing '}'.
func (t *tgReader) object(fn func(key string) error) error {
	for t.dec.More() {
		tok, err := t.dec.Token()
		if err != nil {
			return t.jsonErr(err)
		}
		key, ok := tok.(string)
		if !ok {
			return t.jsonErr(fmt.Errorf("expected a key, found %v", tok))
		}
		if err := fn(key); err != nil {
			return err
		}
	}
	return t.closeDelim()
}

func (t *tgReader) expectDelim(d json.Delim, what string) error {
	tok, err := t.dec.Token()
	if err != nil {
		return t.jsonErr(err)
	}
	if tok != d {
		return fmt.Errorf("%s (at byte %d)", what, t.dec.InputOffset())
	}
	return nil
}

func (t *tgReader) closeDelim() error {
	if _, err := t.dec.Token(); err != nil {
		return t.jsonErr(err)
	}
	return nil
}

// skip consumes one value without keeping it (profile pictures, contacts).
func (t *tgReader) skip() error {
	depth := 0
	for {
		tok, err := t.dec.Token()
		if err != nil {
			return t.jsonErr(err)
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
		if depth == 0 {
			return nil
		}
	}
}

// jsonErr words a decoding error for a reporter: where, and which message.
func (t *tgReader) jsonErr(err error) error {
	var bad *badUTF8Error
	if errors.As(err, &bad) {
		return bad
	}
	return describeJSONErr(err, t.dec.InputOffset(), fmt.Sprintf("message %d", t.seen+1))
}

func describeJSONErr(err error, offset int64, where string) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return fmt.Errorf("truncated JSON at byte %d (%s): %w", offset, where, io.ErrUnexpectedEOF)
	case errors.As(err, &syn):
		return fmt.Errorf("invalid JSON at byte %d (%s): %w", syn.Offset, where, err)
	case errors.As(err, &typ):
		return fmt.Errorf("unexpected JSON %s for %q at byte %d (%s)", typ.Value, typ.Field, typ.Offset, where)
	}
	return fmt.Errorf("invalid JSON at byte %d (%s): %w", offset, where, err)
}

// xEscapeReader rewrites the exporter's non-standard \xHH string escapes
// to \u00HH so a strict JSON decoder accepts them. A backslash only occurs
// inside strings in valid JSON, so tracking escape pairs suffices; "\\x"
// is an escaped backslash followed by a plain x and is left alone.
type xEscapeReader struct {
	r    io.Reader
	in   []byte
	out  []byte
	pend []byte
	esc  bool // the previous byte opened an escape
	err  error
}

func (x *xEscapeReader) Read(p []byte) (int, error) {
	for len(x.pend) == 0 {
		if x.err != nil {
			return 0, x.err
		}
		if x.in == nil {
			x.in = make([]byte, 64<<10)
		}
		n, err := x.r.Read(x.in)
		x.err = err
		x.pend = x.rewrite(x.in[:n])
	}
	n := copy(p, x.pend)
	x.pend = x.pend[n:]
	return n, nil
}

func (x *xEscapeReader) rewrite(b []byte) []byte {
	out := x.out[:0]
	for len(b) > 0 {
		if x.esc {
			x.esc = false
			if b[0] == 'x' {
				out = append(out, 'u', '0', '0')
			} else {
				out = append(out, b[0])
			}
			b = b[1:]
			continue
		}
		i := bytes.IndexByte(b, '\\')
		if i < 0 {
			out = append(out, b...)
			break
		}
		out = append(out, b[:i+1]...)
		x.esc = true
		b = b[i+1:]
	}
	x.out = out
	return out
}

// utf8Reader passes bytes through and fails at the first byte that is not
// UTF-8. The exporter writes UTF-8 only; a file that is not has been
// converted or damaged, and the JSON decoder would otherwise turn its bad
// bytes into U+FFFD without a word.
type utf8Reader struct {
	r       io.Reader
	tail    []byte // the start of a rune cut off by the previous read
	off     int64  // bytes passed on before tail
	started bool   // a leading byte order mark has been looked for
}

type badUTF8Error struct{ at int64 }

func (e *badUTF8Error) Error() string {
	return fmt.Sprintf("not UTF-8 text: invalid byte sequence at byte %d", e.at)
}

func (u *utf8Reader) Read(p []byte) (int, error) {
	if !u.started {
		// The exporter writes no byte order mark, but a file saved again
		// by a Windows editor may start with one; JSON does not allow it.
		u.started = true
		var bom [3]byte
		n, err := io.ReadFull(u.r, bom[:])
		if n == 3 && string(bom[:]) == "\ufeff" {
			u.off = 3
		} else if n > 0 {
			u.r = io.MultiReader(bytes.NewReader(bom[:n]), u.r)
		}
		if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
			return 0, err
		}
	}
	n, err := u.r.Read(p)
	if n > 0 {
		if bad := u.check(p[:n]); bad >= 0 {
			return 0, &badUTF8Error{at: bad}
		}
	}
	if err == io.EOF && len(u.tail) > 0 {
		return n, &badUTF8Error{at: u.off}
	}
	return n, err
}

// check validates b following the held tail and returns the offset of the
// first bad byte, or -1.
func (u *utf8Reader) check(b []byte) int64 {
	i := 0
	if len(u.tail) > 0 {
		// Complete the cut rune with the first bytes of b.
		var buf [utf8.UTFMax]byte
		k := copy(buf[:], u.tail)
		need := k
		for need < utf8.UTFMax && i < len(b) && !utf8.FullRune(buf[:need]) {
			buf[need] = b[i]
			need++
			i++
		}
		if !utf8.FullRune(buf[:need]) {
			u.tail = append(u.tail[:0], buf[:need]...)
			return -1
		}
		if r, size := utf8.DecodeRune(buf[:need]); r == utf8.RuneError && size <= 1 || size != need {
			return u.off
		}
		u.off += int64(need)
		u.tail = u.tail[:0]
	}
	rest := b[i:]
	// A rune may be cut off by the end of the read: hold it back.
	cut := len(rest)
	for k := 1; k < utf8.UTFMax && k <= len(rest); k++ {
		if c := rest[len(rest)-k]; c >= 0xC0 { // the lead byte of the last rune
			if !utf8.FullRune(rest[len(rest)-k:]) {
				cut = len(rest) - k
			}
			break
		} else if c < utf8.RuneSelf {
			break
		}
	}
	if !utf8.Valid(rest[:cut]) {
		for j := 0; j < cut; {
			r, size := utf8.DecodeRune(rest[j:cut])
			if r == utf8.RuneError && size == 1 {
				return u.off + int64(j)
			}
			j += size
		}
	}
	u.tail = append(u.tail[:0], rest[cut:]...)
	u.off += int64(cut)
	return -1
}
