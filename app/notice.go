package app

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
	"unicode"
)

// Kind says what shape a notice arrived in.
type Kind string

// The kinds of notice the desk imports.
const (
	KindArticle      Kind = "article"
	KindTelegramPost Kind = "telegram_post"
	KindLumenNotice  Kind = "lumen_notice"
	KindCSVRow       Kind = "csv_row"
	KindFeedItem     Kind = "feed_item"
	KindText         Kind = "text"
)

// Direction is the paragraph direction of a notice's text.
type Direction string

// Paragraph directions.
const (
	LTR Direction = "ltr"
	RTL Direction = "rtl"
)

// Notice is one item a reporter triages: a story, a statement, a post, a
// legal notice or a table row. Body is the original text and is never
// rewritten; claims point into it by rune offsets.
type Notice struct {
	ID          int64
	UID         string // stable across machines and exports
	Title       string
	Body        string
	URL         string
	Lang        string // BCP 47 primary tag, e.g. "ar", "en"
	Direction   Direction
	Kind        Kind
	Platform    string // canonical platform name, e.g. "Telegram"
	Origin      string // file path, URL or "channel:<id>/<msg>"; stable for re-imports
	PublishedAt time.Time
	ImportedAt  time.Time
	ContentHash string
	Status      Status
	Starred     bool
	Summary     string // headline figures, "78 channels · 12 languages"

	Tags    []Tag
	Claims  []Claim
	Sources []SourceLink
	Notes   []Note
	Links   []string // links found in the body, when loaded whole
}

// ContentHash returns the dedup key of a notice's text: SHA-256 over the
// title and body with line endings unified and outer space trimmed, so the
// same story saved on Windows and on Linux is one notice.
func ContentHash(title, body string) string {
	norm := func(s string) string {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		return strings.TrimSpace(s)
	}
	h := sha256.New()
	h.Write([]byte(norm(title)))
	h.Write([]byte{0})
	h.Write([]byte(norm(body)))
	return hex.EncodeToString(h.Sum(nil))
}

// TitleFromText takes the first non-empty line of text as a title, without
// Markdown heading marks, cut at a word boundary near max runes.
func TitleFromText(text string, max int) string {
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		line = strings.TrimSpace(strings.TrimLeft(line, "#"))
		if line == "" || strings.Trim(line, "=-*_ ") == "" {
			continue
		}
		return Truncate(line, max)
	}
	return ""
}

// Truncate cuts s to at most max runes, at a word boundary when one is near,
// and marks the cut with an ellipsis.
func Truncate(s string, max int) string {
	r := []rune(s)
	if max <= 0 || len(r) <= max {
		return s
	}
	cut := max - 1
	for i := cut; i > max/2; i-- {
		if unicode.IsSpace(r[i]) {
			cut = i
			break
		}
	}
	return strings.TrimSpace(string(r[:cut])) + "…"
}

// UID derives a notice's stable id from where it came from, or from its text
// when it has no origin, so the same notice gets the same uid on every
// machine that imports it.
func UID(origin, contentHash string) string {
	key := "hash:" + contentHash
	if origin != "" {
		key = "origin:" + origin
	}
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:16])
}

// Filter narrows a notice list.
type Filter struct {
	Status Status // empty for all
	Limit  int    // 0 for no limit
}

// Hit is one search result.
type Hit struct {
	Notice Notice
	Score  float64 // higher is better
}
