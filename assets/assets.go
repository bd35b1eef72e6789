// Package assets embeds the files the app ships inside its binary: the
// icon, the translations of the interface, and (in assets/fonts) the fonts.
package assets

import (
	"embed"
	_ "embed" // for the icon

	"fyne.io/fyne/v2"
)

//go:embed icon.png
var iconPNG []byte

// Icon is the app icon, a page with a red takedown stamp.
var Icon = fyne.NewStaticResource("icon.png", iconPNG)

// Translations holds the interface strings, one JSON file per language
// (translation/en.json, translation/ar.json), for fyne's lang package.
//
//go:embed translation
var Translations embed.FS
