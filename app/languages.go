package app

import "slices"

// LatinLanguages are the Latin-script languages DetectLanguage tells apart
// by their common words, in the order that breaks its ties.
func LatinLanguages() []string { return slices.Clone(latinOrder) }
