package ingest

import (
	"encoding/json"
	"strings"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/extract"
)

// bylineSources are the authors a saved article's byline names, each a
// source that reported the story; the outlet's own name given as its
// author ("The Guardian" by "the Guardian") is the outlet, already kept.
func bylineSources(byline, outlet string) []app.SourceLink {
	var out []app.SourceLink
	for _, s := range extract.Byline(byline) {
		if strings.EqualFold(s.Name, outlet) {
			continue
		}
		out = append(out, app.SourceLink{Source: s, Role: app.RoleReportedBy})
	}
	return out
}

// jsonLDAuthor finds the first author's name in a JSON-LD script: a
// string, a Person object or a list of them; several authors are joined
// with commas, as a byline prints them.
func jsonLDAuthor(src string) string {
	var names func(any) []string
	names = func(v any) []string {
		switch x := v.(type) {
		case string:
			return []string{x}
		case map[string]any:
			if n, ok := x["name"].(string); ok {
				return []string{n}
			}
		case []any:
			var out []string
			for _, e := range x {
				out = append(out, names(e)...)
			}
			return out
		}
		return nil
	}
	return jsonLDFind(src, func(x map[string]any) string {
		if a, ok := x["author"]; ok {
			return strings.Join(names(a), ", ")
		}
		return ""
	})
}

// jsonLDFind walks a JSON-LD script (an object, a list, an @graph, the
// main entity) and returns the first thing pick finds in one of its
// objects.
func jsonLDFind(src string, pick func(map[string]any) string) string {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return ""
	}
	var find func(any) string
	find = func(v any) string {
		switch x := v.(type) {
		case map[string]any:
			if d := pick(x); d != "" {
				return d
			}
			for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
				if d := find(x[k]); d != "" {
					return d
				}
			}
		case []any:
			for _, e := range x {
				if d := find(e); d != "" {
					return d
				}
			}
		}
		return ""
	}
	return find(v)
}
