package ingest_test

import (
	"testing"

	"github.com/takedowndesk/takedowndesk/app/ingest"
)

// TestNoticePlatformFromListedLinks: a notice's platform is the one its
// listed addresses are on (GitHub's DMCA forms list github.com files),
// not a platform its text mentions in passing or names in a link's path
// ("github.com/facebook/react-native"); addresses spread over many sites,
// or one address alone, name no platform.
func TestNoticePlatformFromListedLinks(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"dmca-form.md", "**What files should be taken down?**\n\nMy work was featured in Facebook's React Native Showcase (https://github.com/facebook/react-native/pull/2337).\n\n" +
			"- https://github.com/someone/app/blob/master/Icon.png\n\n- https://github.com/someone/app/blob/master/Icon@2x.png\n\n" +
			"**Have you searched for any forks?**\n\nhttps://github.com/fork1/app\nhttps://github.com/fork2/app\n", "GitHub"},
		{"notice-fr.txt", "Madame, Monsieur,\nNous vous demandons de retirer les vidéos suivantes, qui reprennent notre émission :\n" +
			"1. https://www.youtube.com/watch?v=aaaaaaaaaaa\n2. https://youtu.be/bbbbbbbbbbb\n3. https://m.youtube.com/watch?v=ccccccccccc.\nCordialement,\n", "YouTube"},
		{"demand-ru.txt", "Требуем удалить материалы:\n* https://t.me/somechannel/123\n* https://t.me/somechannel/124\n* https://example.org/page\n", "Telegram"},
		{"drive.txt", "We ask you to remove the following files, which copy our course:\n- https://drive.google.com/file/d/1aBcD/view\n- https://docs.google.com/document/d/2eFgH/edit\n", "Google"},
		// a search engine's notice: the addresses are on many sites
		{"search-delisting.txt", "Please remove the following results from your index.\n- https://pirate.example/a\n- https://other.example/b\n- https://github.com/x/y\n- https://third.example/c\n", ""},
		// one listed address is not enough to say where the notice went
		{"one-link.txt", "Please remove this page, which copies our report word for word.\nhttps://github.com/x/y\n", ""},
		// the platform a link's path names, twice, is no mention: the
		// pages are GitHub's
		{"paths.txt", "A developer's notes on the framework, " + longEnough + "\nSee https://github.com/facebook/react and https://github.com/facebook/jest for the code.\n", "GitHub"},
		{"other-site.txt", "A developer's notes on the framework, " + longEnough + "\nSee https://example.org/facebook/react and https://example.org/facebook/jest for the code.\n", ""},
		// a letter names what it reports in its sentences
		{"letter.md", "Dear GitHub Inc.,\n\nThe APK is hosted on and available for download from your repository at https://github.com/a/CloudStream-2; https://github.com/b/CloudStream-2 (the \u201cURLs\u201d). " + longEnough + "\n\nYours faithfully,\n\n[private]\n", "GitHub"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := openDB(t)
			importOK(t, db, writeFile(t, tt.name, tt.text), ingest.Options{})
			ns := allNotices(t, db)
			if len(ns) != 1 || ns[0].Platform != tt.want {
				t.Errorf("platform %q, want %q", ns[0].Platform, tt.want)
			}
		})
	}
}

// longEnough makes a text too long to be a short post, whose every
// platform named is its subject.
const longEnough = "written over a long afternoon about builds, tests, the order in which modules load, what a bundler keeps " +
	"and what it throws away, and why a small change to a configuration file can make a build twice as slow; " +
	"none of it is news, all of it is the kind of thing one learns by breaking it first, and the notes go on for " +
	"a while longer about caches, lock files, version ranges and the many ways two machines disagree about the same code, " +
	"then about how to write such things down so that the next person to break them has somewhere to start."
