package bidi

import (
	"fmt"
	"testing"
)

// The shared width cache stays within twice its bound however many words
// pass through it, and a word in use survives the words that pass.
func TestWidthCacheBoundedKeepsWordsInUse(t *testing.T) {
	c := newWidthCache(100)
	kept := measureKey{text: "Telegram", size: 14}
	c.put(kept, 61)
	for i := range 10000 {
		c.put(measureKey{text: fmt.Sprint("word", i), size: 14}, float32(i))
		if i%50 == 0 {
			if w, ok := c.get(kept); !ok || w != 61 {
				t.Fatalf("after %d words: the word in use is gone (%v, %v)", i, w, ok)
			}
		}
		if n := len(c.new) + len(c.older); n > 200 {
			t.Fatalf("after %d words the cache holds %d", i, n)
		}
	}
	if _, ok := c.get(measureKey{text: "word5", size: 14}); ok {
		t.Error("a word not used since the first hundred is still cached")
	}
}
