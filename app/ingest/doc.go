// Package ingest turns files a reporter drops on the desk into notices with
// their claims and sources, and hands them to the store one file per
// transaction. Every file is treated as hostile: a bad file yields one
// clear error line naming it, and nothing from it is stored.
//
// Formats (Sniff tells them apart by content; the name only breaks ties):
//
//	format    kind           one notice per   origin (the notice's key)
//	telegram  telegram_post  message          telegram:<chat id>/<message id>
//	lumen     lumen_notice   notice           lumen:<id>
//	csv       csv_row        row              csv:<file name>#<row key>
//	rss/atom  feed_item      item             feed:<guid or link>
//	html      article        page             the canonical URL, if the page has one
//	text/md   text           file             none: a renamed copy is a duplicate
//
// A notice is known by its origin first: two group members who both wrote
// "ok" are two notices. Only a notice without an origin is known by its
// content hash. A key a file gives twice to different notices (a feed
// that reuses a guid, a table whose id repeats) keeps every one, the later
// ones under the key with "#2", "#3" after it.
//
// Text in no declared encoding (a page without a charset, a text file, a
// table) is read in the code page its bytes read best in (charset.go), and
// the report says which and how sure.
//
// Every notice then goes through the same pipeline: language and
// direction, the format's own claims (a daily ban post's count and monthly
// total, a table's figures) plus the extractor's claims that do not overlap
// them, at most MaxClaims, each anchored to its exact words, the sources,
// then app.Imported.Complete (hash, uid, defaults, summary) and the search
// row, once, in one place; the store writes what it is given. Publication
// times are stored in UTC.
//
// Large Telegram exports, Lumen pages and tables are streamed; formats that
// must be parsed whole (HTML, feeds, one text) are capped at 64 MB.
package ingest
