package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"

	"golang.org/x/text/encoding"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Text encodings of tables: spreadsheets save UTF-8 with or without a byte
// order mark, "Unicode text" (UTF-16 with a mark), or the Windows code page
// of the machine: 1256 for Arabic, 1252 for Western European.
const (
	encUTF8    = "utf-8"
	encUTF16LE = "utf-16le"
	encUTF16BE = "utf-16be"
)

// bom16 returns the UTF-16 decoding for a head starting with a UTF-16 byte
// order mark, nil otherwise.
func bom16(head []byte) encoding.Encoding {
	switch {
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		return xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM)
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM)
	}
	return nil
}

// detectEncoding names the encoding of a head of bytes.
func detectEncoding(head []byte) (string, encoding.Encoding) {
	name, enc, _ := sniffEncoding(head)
	return name, enc
}

// sniffEncoding names the encoding of a head of bytes and how sure that
// is: a byte order mark or valid UTF-8 is certain (1); anything else is
// the single-byte code page whose reading of the bytes is most like text
// (guessCodePage).
func sniffEncoding(head []byte) (string, encoding.Encoding, float64) {
	switch {
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		return encUTF16LE, bom16(head), 1
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return encUTF16BE, bom16(head), 1
	case validUTF8Head(head):
		return encUTF8, nil, 1
	}
	return guessCodePage(head)
}

// decodingReader returns r decoded to UTF-8 (byte order marks dropped)
// with the name of the encoding found in its first bytes and how sure
// that is.
func decodingReader(r io.Reader) (io.Reader, string, float64, error) {
	br := bufio.NewReaderSize(r, sniffSize)
	head, err := br.Peek(sniffSize)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, "", 0, err
	}
	name, enc, conf := sniffEncoding(head)
	if enc == nil {
		if bytes.HasPrefix(head, []byte("\xef\xbb\xbf")) {
			br.Discard(3)
		}
		return br, name, conf, nil
	}
	if name == encUTF16LE || name == encUTF16BE {
		return transform.NewReader(&evenReader{r: br}, enc.NewDecoder()), name, conf, nil
	}
	return transform.NewReader(br, enc.NewDecoder()), name, conf, nil
}

// decodeWhole decodes a whole file to UTF-8 (a byte order mark dropped),
// guessing the encoding from its first bytes, and says which it used and
// how sure it was.
func decodeWhole(b []byte) ([]byte, string, float64, error) {
	name, enc, conf := sniffEncoding(b[:min(len(b), sniffSize)])
	if enc == nil {
		return bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")), name, conf, nil
	}
	if bom16(b) != nil && len(b)%2 == 1 {
		return nil, name, conf, errors.New("truncated UTF-16 text (an odd number of bytes)")
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), b)
	if err != nil {
		return nil, name, conf, fmt.Errorf("cannot decode %s text: %w", name, err)
	}
	return out, name, conf, nil
}

// evenReader fails at the end of a UTF-16 text of an odd number of bytes:
// the file was cut inside a character, and its last row would be garbage.
type evenReader struct {
	r io.Reader
	n int64
}

func (e *evenReader) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	e.n += int64(n)
	if err == io.EOF && e.n%2 == 1 {
		return n, errors.New("truncated UTF-16 text (an odd number of bytes)")
	}
	return n, err
}

// decodeHead decodes a head of bytes to UTF-8 for sniffing and guessing,
// dropping a byte order mark.
func decodeHead(head []byte) ([]byte, error) {
	_, enc := detectEncoding(head)
	if enc == nil {
		return bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), nil
	}
	if bom16(head) != nil && len(head)%2 == 1 {
		head = head[:len(head)-1]
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), head)
	return out, err
}
