package brief

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/takedowndesk/takedowndesk/app"
)

// Markdown writes a readable brief: one section per notice with its figures,
// the words they came from, sources, tags and notes. Links are defanged so a
// pasted brief never makes a hostile URL clickable.
func Markdown(w io.Writer, notices []app.Notice) error {
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, "# Takedown brief\n\n%d notices\n", len(notices))
	for _, n := range notices {
		fmt.Fprintf(b, "\n## %s\n\n", mdEscape(n.Title))
		var meta []string
		if d := date(n.PublishedAt); d != "" {
			meta = append(meta, d)
		}
		if n.Platform != "" {
			meta = append(meta, n.Platform)
		}
		meta = append(meta, "status: "+string(n.Status))
		if len(n.Tags) > 0 {
			meta = append(meta, "tags: "+tagNames(n.Tags))
		}
		fmt.Fprintf(b, "%s\n", mdEscape(strings.Join(meta, " · ")))
		if n.URL != "" {
			fmt.Fprintf(b, "\nLink: `%s`\n", Defang(n.URL))
		}
		if n.Summary != "" {
			fmt.Fprintf(b, "\n**%s**\n", mdEscape(n.Summary))
		}
		if len(n.Claims) > 0 {
			b.WriteString("\n")
			for _, c := range n.Claims {
				line := "- " + mdEscape(claimText(c))
				if c.Quote != "" {
					line += " — «" + mdEscape(c.Quote) + "»"
				}
				line += " (" + string(c.Verification)
				if len(c.Tags) > 0 {
					line += "; " + mdEscape(tagNames(c.Tags))
				}
				line += ")"
				for _, k := range c.Conflicts {
					line += " ⚠ " + mdEscape(k.Reason())
				}
				b.WriteString(line + "\n")
			}
		}
		if len(n.Sources) > 0 {
			fmt.Fprintf(b, "\nSources: %s\n", mdEscape(sourceNames(n.Sources)))
		}
		for _, note := range n.Notes {
			fmt.Fprintf(b, "\n> %s\n", mdEscape(strings.ReplaceAll(note.Body, "\n", " ")))
		}
	}
	if err := b.Flush(); err != nil {
		return fmt.Errorf("write markdown: %w", err)
	}
	return nil
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
