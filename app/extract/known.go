package extract

import (
	"strings"

	"github.com/takedowndesk/takedowndesk/app"
)

// Roskomnadzor's full name, as its notices sign them in Russian and in
// English: the same office as the short name.
func init() {
	lex.add(entry{cat: catSource, s: "Roskomnadzor", kind: app.SourceGovernment},
		"федеральная служба по надзору в сфере связи, информационных технологий и массовых коммуникаций|"+
			"федеральная служба по надзору в сфере связи информационных технологий и массовых коммуникаций|"+
			"федеральной службы по надзору в сфере связи, информационных технологий и массовых коммуникаций|"+
			"federal service for supervision in the sphere of telecom, information technologies and mass communications|"+
			"federal service for supervision of communications, information technology and mass media|"+
			"federal service for supervision of communications, information technology, and mass media")
}

// KnownSource reports the known source, platform or authority a whole
// name is, by the desk's lexicon ("ФЕДЕРАЛЬНАЯ СЛУЖБА ПО НАДЗОРУ В СФЕРЕ
// СВЯЗИ, …" is Roskomnadzor): a sender's line that spells out a known
// office's name is that office, not a second sender.
func KnownSource(name string) (app.Source, bool) {
	name = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(name), "."))
	if name == "" || len(name) > 400 {
		return app.Source{}, false
	}
	c := ctxPool.Get().(*ctx)
	defer func() {
		c.reset()
		ctxPool.Put(c)
	}()
	c.rs = append(c.rs[:0], []rune(name)...)
	c.toks, _ = tokenize(c.rs, c.toks[:0], c.buf[:0])
	c.lookup()
	c.sentences()
	s, e := c.subjectName(0)
	if e != len(c.toks) || s.Name == "" {
		return app.Source{}, false
	}
	return s, true
}
