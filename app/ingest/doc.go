// Package ingest turns files a reporter drops on the desk into notices with
// their claims and sources, and hands them to the store one file per
// transaction. Every file is treated as hostile: a bad file yields one
// clear error line naming it, and nothing from it is stored.
//
// Formats (Sniff tells them apart by content; the name only breaks ties):
//
//	format    kind           one notice per   origin (dedup key before the content hash)
//	telegram  telegram_post  message          telegram:<chat id>/<message id>
//	lumen     lumen_notice   notice           lumen:<id>
//	csv       csv_row        row              csv:<file name>#<row key>
//	rss/atom  feed_item      item             feed:<guid or link>
//	html      article        page             the canonical URL, if the page has one
//	text/md   text           file             none: a renamed copy is a duplicate
//
// Every notice then goes through the same pipeline: language and
// direction, content hash, a uid derived from the origin (or the hash), the
// format's own claims (a daily ban post's count and monthly total, a
// table's figure columns) plus the extractor's claims that do not overlap
// them, each anchored to its exact words, the sources, and the summary
// line. Publication times are stored in UTC.
//
// Large Telegram exports, Lumen pages and tables are streamed; formats that
// must be parsed whole (HTML, feeds, one text) are capped at 64 MB.
package ingest
