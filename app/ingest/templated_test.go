package ingest_test

import (
	"strings"
	"testing"

	"github.com/takedowndesk/takedowndesk/app/ingest"
)

// TestTemplatedPage: a page's template (Jinja, Liquid, Hugo) is read as
// the page: its comments, statements and expressions are no text of it,
// and its figures are the page's own.
func TestTemplatedPage(t *testing.T) {
	tests := []struct{ name, page, want, not string }{
		{"jinja", "{#\n  This Source Code Form is subject to the terms of the Mozilla Public License.\n #}\n{% extends \"report-base.html\" %}\n{% block report_body %}\n" +
			"<section><h2>Copyright</h2><p>In the Reporting Period, we received 12 Copyright Takedown Notices.</p>" +
			"<p>See the <a href=\"{{ url('transparency.index') + '#dfn-takedown-notice' }}\">definitions</a>.</p></section>\n{% endblock %}\n",
			"we received 12 Copyright Takedown Notices", "Source Code Form"},
		{"hugo", "{{ define \"main\" }}\n<article><h1>Removals</h1><p>Telegram removed 78 channels on Monday.</p><p>{{ .Params.author }}</p></article>\n{{ end }}\n",
			"Telegram removed 78 channels", "Params"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := openDB(t)
			importOK(t, db, writeFile(t, "page.html", tt.page), ingest.Options{})
			ns := allNotices(t, db)
			if len(ns) != 1 {
				t.Fatalf("%d notices", len(ns))
			}
			b := ns[0].Body
			if !strings.Contains(b, tt.want) || strings.Contains(b, tt.not) || strings.ContainsAny(b, "{}") {
				t.Errorf("body %q: want %q, no %q and no template tag", b, tt.want, tt.not)
			}
		})
	}
}
