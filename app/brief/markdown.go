package brief

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strings"

	"github.com/takedowndesk/takedowndesk/app"
)

// markdown writes a readable brief for a story draft: the notices grouped
// by platform, each with its figures, the words they came from, their
// verification, conflicts called out, sources, tags and notes. Links are
// defanged so a pasted brief never makes a hostile URL clickable. Sections
// are spooled to a temporary file while the notices stream, so grouping
// holds only an index in memory.
func (e *exporter) markdown(w io.Writer, each walk) error {
	spool, err := os.CreateTemp(e.req.TempDir, ".takedowndesk-md-*")
	if err != nil {
		return fmt.Errorf("write markdown: %w", err)
	}
	defer os.Remove(spool.Name())
	defer spool.Close()
	type section struct{ off, len int64 }
	groups := map[string][]section{}
	var off int64
	notices, figures, conflicts := 0, 0, 0
	sw := bufio.NewWriter(spool)
	err = each(func(n *app.Notice) error {
		var b strings.Builder
		mdNotice(&b, n)
		for _, c := range n.Claims {
			if c.Kind == app.ClaimFigure {
				figures++
			}
			if len(c.Conflicts) > 0 {
				conflicts++
			}
		}
		notices++
		groups[n.Platform] = append(groups[n.Platform], section{off, int64(b.Len())})
		off += int64(b.Len())
		_, err := sw.WriteString(b.String())
		return err
	})
	if err == nil {
		err = sw.Flush()
	}
	if err != nil {
		return fmt.Errorf("write markdown: %w", err)
	}
	platforms := make([]string, 0, len(groups))
	for p := range groups {
		platforms = append(platforms, p)
	}
	// by platform name, notices without a platform last
	sort.Slice(platforms, func(i, j int) bool {
		if (platforms[i] == "") != (platforms[j] == "") {
			return platforms[j] == ""
		}
		return platforms[i] < platforms[j]
	})
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, "# Takedown brief\n\n%d notices · %d figures", notices, figures)
	if conflicts > 0 {
		fmt.Fprintf(b, " · ⚠ %d in conflict", conflicts)
	}
	b.WriteString("\n")
	for _, p := range platforms {
		name := p
		if name == "" {
			name = "No platform"
		}
		fmt.Fprintf(b, "\n## %s\n", mdEscape(name))
		for _, s := range groups[p] {
			if _, err := io.Copy(b, io.NewSectionReader(spool, s.off, s.len)); err != nil {
				return fmt.Errorf("write markdown: %w", err)
			}
		}
	}
	if err := b.Flush(); err != nil {
		return fmt.Errorf("write markdown: %w", err)
	}
	return nil
}

func mdNotice(b *strings.Builder, n *app.Notice) {
	fmt.Fprintf(b, "\n### %s\n\n", mdEscape(n.Title))
	var meta []string
	if d := date(n.PublishedAt); d != "" {
		meta = append(meta, d)
	}
	meta = append(meta, "status: "+string(n.Status))
	if len(n.Tags) > 0 {
		meta = append(meta, "tags: "+tagNames(n.Tags))
	}
	fmt.Fprintf(b, "%s\n", mdEscape(strings.Join(meta, " · ")))
	if n.URL != "" {
		fmt.Fprintf(b, "\nLink: `%s`\n", Defang(n.URL))
	}
	if len(n.Claims) > 0 {
		b.WriteString("\n")
		for _, c := range n.Claims {
			line := "- " + mdEscape(claimText(c))
			if c.Quote != "" {
				line += " — «" + mdEscape(c.Quote) + "»"
			}
			line += " (" + strings.ReplaceAll(string(c.Verification), "_", " ")
			if len(c.Tags) > 0 {
				line += "; " + mdEscape(tagNames(c.Tags))
			}
			line += ")"
			for _, k := range c.Conflicts {
				line += "\n  - ⚠ **conflict:** " + mdEscape(k.Reason())
			}
			b.WriteString(line + "\n")
		}
	}
	if len(n.Sources) > 0 {
		fmt.Fprintf(b, "\nSources: %s\n", mdEscape(sourceList(n.Sources)))
	}
	for _, note := range n.Notes {
		fmt.Fprintf(b, "\n> %s\n", mdEscape(strings.ReplaceAll(note.Body, "\n", " ")))
	}
}

var urlRE = regexp.MustCompile(`(?i)\b(?:https?|ftp)://[^\s<>"'` + "`" + `]+|\bwww\.[^\s<>"'` + "`" + `]+`)

// mdEscape keeps hostile text from turning into Markdown links, images or
// HTML when the brief is rendered; bare URLs are defanged, since renderers
// link them on their own.
func mdEscape(s string) string {
	s = urlRE.ReplaceAllStringFunc(s, Defang)
	r := strings.NewReplacer(`\`, `\\`, "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;", "`", "\\`", "*", `\*`, "_", `\_`, "#", `\#`, "!", `\!`)
	return r.Replace(s)
}

// Defang makes a link safe to show: hxxps://example[.]com, never clickable.
func Defang(u string) string {
	u = strings.Replace(u, "http", "hxxp", 1)
	return strings.ReplaceAll(u, ".", "[.]")
}
