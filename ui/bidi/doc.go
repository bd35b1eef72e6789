// Package bidi shows bidirectional text (Arabic or Hebrew mixed with digits,
// Latin names, URLs and punctuation) in the order a browser would.
//
// Fyne's own text widgets shape each script run but place runs left to
// right in logical order, and wrap lines before any reordering, so a mixed
// Arabic sentence comes out with its clauses scrambled. Here the Unicode
// Bidirectional Algorithm (UAX #9) resolves levels per paragraph, lines are
// broken in logical order by measured width, and each line's runs are put
// in visual order (rule L2). Every run is drawn as its own canvas.Text, so
// Fyne never reorders it again; right-to-left runs get the bundled Arabic
// font. The text itself is never changed: no bidi marks are inserted, and
// copying gives the logical text.
//
// Use:
//   - Label for list rows and static text: it takes no taps, so a List row
//     still selects. Set MaxLines for fixed-height rows (with ellipsis).
//   - Paragraph for a notice body: Highlights for claims (rune offsets,
//     like the stored spans), OnTapHighlight to jump to a claim, and a
//     right-click menu to copy the text or the highlighted quote.
//   - Entry (NewEntry, NewMultiLineEntry) wherever a reporter types: it
//     shows typed Arabic, digits and Latin in visual order, with the caret
//     and selection where they are on screen, and takes the place of
//     widget.Entry (Text, SetText, SetPlaceHolder, OnChanged, OnSubmitted,
//     MultiLine, Wrapping). NewPreview, a corrected copy under a Fyne
//     Entry, is for fields not yet moved to Entry.
//   - Layout for tests or custom drawing: the pure line breaking and
//     ordering, with a caller-supplied measure function.
package bidi
