package brief

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

// annotations writes every claim, note and notice tag as a W3C Web
// Annotation (JSON-LD) in one AnnotationCollection, an annotation at a
// time. A claim is "assessing" (its figure described, its verification the
// assessment, its tags "tagging" bodies); a note is "commenting"; a notice's
// tags are "tagging". Claims and notes with a span carry a
// TextPositionSelector (rune offsets, as the model counts them) and a
// TextQuoteSelector (exact quote with prefix and suffix), so tools that
// speak the standard (Hypothesis among them) can re-anchor them on their
// own copy of the text.
func (e *exporter) annotations(w io.Writer, each walk) error {
	type object = map[string]any
	if _, err := io.WriteString(w, `{
  "@context": "http://www.w3.org/ns/anno.jsonld",
  "type": "AnnotationCollection",
  "label": "Takedown Desk claims and notes",
  "first": {
    "type": "AnnotationPage",
    "items": [`); err != nil {
		return fmt.Errorf("write annotations: %w", err)
	}
	total := 0
	put := func(a object) error {
		b, err := marshalIndent(a, "      ")
		if err != nil {
			return err
		}
		sep := ",\n      "
		if total == 0 {
			sep = "\n      "
		}
		total++
		if _, err := io.WriteString(w, sep); err != nil {
			return err
		}
		_, err = w.Write(b)
		return err
	}
	text := func(purpose, value string) object {
		return object{"type": "TextualBody", "purpose": purpose, "value": value}
	}
	err := each(func(n *app.Notice) error {
		source := "urn:takedowndesk:notice:" + n.UID
		if n.URL != "" {
			source = n.URL
		}
		body := []rune(n.Body)
		target := func(start, end int, quote, prefix, suffix string) object {
			return object{"source": source, "selector": []object{
				{"type": "TextPositionSelector", "start": start, "end": end},
				{"type": "TextQuoteSelector", "exact": quote, "prefix": prefix, "suffix": suffix},
			}}
		}
		for _, c := range n.Claims {
			bodies := []object{text("describing", claimText(c)), text("assessing", string(c.Verification))}
			for _, t := range c.Tags {
				bodies = append(bodies, text("tagging", t.Name))
			}
			for _, k := range c.Conflicts {
				bodies = append(bodies, text("commenting", "conflict: "+k.Reason()))
			}
			if err := put(object{
				"id":         "urn:takedowndesk:claim:" + n.UID + ":" + strconv.FormatInt(c.ID, 10),
				"type":       "Annotation",
				"motivation": "assessing",
				"body":       bodies,
				"target":     target(c.Start, c.End, c.Quote, c.Prefix, c.Suffix),
			}); err != nil {
				return err
			}
		}
		for i, note := range n.Notes {
			a := object{
				"id":         "urn:takedowndesk:note:" + n.UID + ":" + strconv.Itoa(i+1),
				"type":       "Annotation",
				"motivation": "commenting",
				"body":       text("commenting", note.Body),
				"target":     source,
			}
			if !note.CreatedAt.IsZero() {
				a["created"] = note.CreatedAt.UTC().Format(time.RFC3339)
			}
			if note.End > note.Start && note.End <= len(body) {
				a["target"] = target(note.Start, note.End, string(body[note.Start:note.End]),
					string(body[max(0, note.Start-app.AnchorContext):note.Start]),
					string(body[note.End:min(len(body), note.End+app.AnchorContext)]))
			}
			if err := put(a); err != nil {
				return err
			}
		}
		if len(n.Tags) > 0 {
			bodies := make([]object, len(n.Tags))
			for i, t := range n.Tags {
				bodies[i] = text("tagging", t.Name)
			}
			if err := put(object{
				"id":         "urn:takedowndesk:tags:" + n.UID,
				"type":       "Annotation",
				"motivation": "tagging",
				"body":       bodies,
				"target":     source,
			}); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil {
		end := "\n    ]\n  },\n  \"total\": %d\n}\n"
		if total == 0 {
			end = "]\n  },\n  \"total\": %d\n}\n"
		}
		_, err = fmt.Fprintf(w, end, total)
	}
	if err != nil {
		return fmt.Errorf("write annotations: %w", err)
	}
	return nil
}

// marshalIndent is json.MarshalIndent without HTML escaping, so quotes
// with < and & stay as written.
func marshalIndent(v any, prefix string) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}

// claimText says what a claim states: "more_than 78 channels per_day".
func claimText(c app.Claim) string {
	if c.Kind != app.ClaimFigure {
		s := string(c.Kind)
		if !c.EventDate.IsZero() {
			s += " " + c.EventDate.Format("2006-01-02")
		}
		return s
	}
	parts := []string{}
	if c.Qualifier != "" {
		parts = append(parts, strings.ReplaceAll(string(c.Qualifier), "_", " "))
	}
	parts = append(parts, app.FormatCount(c.Value), strings.ReplaceAll(c.Unit, "_", " "))
	if c.Rate != "" {
		parts = append(parts, strings.ReplaceAll(string(c.Rate), "_", " "))
	}
	return strings.Join(parts, " ")
}
