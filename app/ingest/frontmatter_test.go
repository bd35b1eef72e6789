package ingest

import "testing"

// TestFrontMatter: the front matter web clippers write above a saved
// article, and a rule above prose that is none.
func TestFrontMatter(t *testing.T) {
	clip := "---\ntitle: \"DSA: Google Reports Billions\"\nsource: https://torrentfreak.com/dsa-240308/\nauthor:\n  - \"[[Andy Maxwell]]\"\npublished: 2024-03-08\n---\n\nText."
	m := frontMatter(clip)
	if m.title != "DSA: Google Reports Billions" || m.url != "https://torrentfreak.com/dsa-240308/" ||
		len(m.authors) != 1 || m.authors[0] != "Andy Maxwell" || m.published.Format("2006-01-02") != "2024-03-08" {
		t.Errorf("clipped article: %+v", m)
	}
	srcs := articleSources(frontMatter("---\ntitle: x\nsource: TorrentFreak\n---\nMarch 8, 2024 by\n[Andy Maxwell](https://torrentfreak.com/author/andy/)\n"),
		"---\ntitle: x\nsource: TorrentFreak\n---\nMarch 8, 2024 by\n[Andy Maxwell](https://torrentfreak.com/author/andy/)\n")
	if len(srcs) != 2 || srcs[0].Source.Name != "TorrentFreak" || srcs[1].Source.Name != "Andy Maxwell" {
		t.Errorf("sources %+v", srcs)
	}
	for _, s := range []string{"---\nA rule above a paragraph, not front matter.\n---\n", "no front matter", "---\ntitle: never closed\n"} {
		if m := frontMatter(s); m.title != "" || m.url != "" || len(m.authors) != 0 {
			t.Errorf("%q: %+v", s, m)
		}
	}
}
