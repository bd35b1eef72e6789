package brief

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/takedowndesk/takedowndesk/app"
)

// Annotations writes every claim as a W3C Web Annotation (JSON-LD), with a
// TextPositionSelector (rune offsets, as the model counts them) and a
// TextQuoteSelector (exact quote with prefix and suffix), gathered in one
// AnnotationCollection. Tools that speak the standard (Hypothesis among
// them) can re-anchor the claims on their own copy of the text.
func Annotations(w io.Writer, notices []app.Notice) error {
	type selector map[string]any
	var items []map[string]any
	for _, n := range notices {
		source := "urn:takedowndesk:notice:" + n.UID
		if n.URL != "" {
			source = n.URL
		}
		for _, c := range n.Claims {
			bodies := []map[string]any{
				{"type": "TextualBody", "purpose": "describing", "value": claimText(c)},
				{"type": "TextualBody", "purpose": "assessing", "value": string(c.Verification)},
			}
			for _, t := range c.Tags {
				bodies = append(bodies, map[string]any{"type": "TextualBody", "purpose": "tagging", "value": t.Name})
			}
			target := map[string]any{
				"source": source,
				"selector": []selector{
					{"type": "TextPositionSelector", "start": c.Start, "end": c.End},
					{"type": "TextQuoteSelector", "exact": c.Quote, "prefix": c.Prefix, "suffix": c.Suffix},
				},
			}
			items = append(items, map[string]any{
				"id":         "urn:takedowndesk:claim:" + n.UID + ":" + strconv.FormatInt(c.ID, 10),
				"type":       "Annotation",
				"motivation": "highlighting",
				"body":       bodies,
				"target":     target,
			})
		}
	}
	if items == nil {
		items = []map[string]any{}
	}
	doc := map[string]any{
		"@context": "http://www.w3.org/ns/anno.jsonld",
		"type":     "AnnotationCollection",
		"label":    "Takedown Desk claims",
		"total":    len(items),
		"first":    map[string]any{"type": "AnnotationPage", "items": items},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write annotations: %w", err)
	}
	return nil
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
	parts = append(parts, c.ValueText(), strings.ReplaceAll(c.Unit, "_", " "))
	if c.Rate != "" {
		parts = append(parts, strings.ReplaceAll(string(c.Rate), "_", " "))
	}
	return strings.Join(parts, " ")
}
