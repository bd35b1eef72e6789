package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"unicode"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
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
	enc1256    = "windows-1256"
	enc1252    = "windows-1252"
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

// detectEncoding names the encoding of a head of bytes. Invalid UTF-8 is a
// Windows code page: 1256 when most high bytes decode to Arabic letters
// there, else 1252.
func detectEncoding(head []byte) (string, encoding.Encoding) {
	switch {
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		return encUTF16LE, bom16(head)
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return encUTF16BE, bom16(head)
	case validUTF8Head(head):
		return encUTF8, nil
	}
	high, arabic := 0, 0
	for _, c := range head {
		if c < 0xC1 || c > 0xFE {
			continue
		}
		high++
		if unicode.Is(unicode.Arabic, charmap.Windows1256.DecodeByte(c)) {
			arabic++
		}
	}
	if high > 0 && arabic*3 >= high*2 {
		return enc1256, charmap.Windows1256
	}
	return enc1252, charmap.Windows1252
}

// decodingReader returns r decoded to UTF-8 (byte order marks dropped)
// with the name of the encoding found in its first bytes.
func decodingReader(r io.Reader) (io.Reader, string, error) {
	br := bufio.NewReaderSize(r, sniffSize)
	head, err := br.Peek(sniffSize)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, "", err
	}
	name, enc := detectEncoding(head)
	if enc == nil {
		if bytes.HasPrefix(head, []byte("\xef\xbb\xbf")) {
			br.Discard(3)
		}
		return br, name, nil
	}
	if name == encUTF16LE || name == encUTF16BE {
		return transform.NewReader(&evenReader{r: br}, enc.NewDecoder()), name, nil
	}
	return transform.NewReader(br, enc.NewDecoder()), name, nil
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
