package app

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
)

// DeriveUID is the uid of a thing known by parts: the first 16 bytes of the
// SHA-256 of the parts joined by U+001F, in hex. The store's SQL function
// td_uid computes the same, so migrations and Go code agree.
func DeriveUID(parts ...string) string {
	sum := sha256.Sum256([]byte(strings.Join(parts, "\x1f")))
	return hex.EncodeToString(sum[:16])
}

// NewUID is a random uid, for things a reporter makes by hand.
func NewUID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic("crypto/rand: " + err.Error()) // never fails on supported systems
	}
	return hex.EncodeToString(b[:])
}

// ClaimUID derives the uid of an extracted claim from its notice and its
// anchor, so the same claim extracted on two laptops gets the same uid.
func ClaimUID(noticeUID string, kind ClaimKind, start, end int, unit string) string {
	return DeriveUID("claim", noticeUID, string(kind), strconv.Itoa(start), strconv.Itoa(end), unit)
}

// SourceUID derives a source's uid from its name and kind, which are
// unique together on every desk.
func SourceUID(name string, kind SourceKind) string {
	return DeriveUID("source", name, string(kind))
}

// TagUID derives a tag's uid from its name, unique on every desk.
func TagUID(name string) string { return DeriveUID("tag", name) }

// NoteUID derives the uid of a note restored from an export that did not
// carry one, from its notice, time and text.
func NoteUID(noticeUID, createdAt, body string) string {
	return DeriveUID("note", noticeUID, createdAt, body)
}
