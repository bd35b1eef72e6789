package ingest

import (
	"net/url"
	"regexp"
	"strings"
)

// hostPlatforms are the platforms the desk knows by the hosts their pages
// are on, spelled as the extractor spells them (GitHub, which it does not
// name, as GitHub spells itself). A subdomain ("gist.github.com",
// "m.facebook.com") is its domain's.
var hostPlatforms = map[string]string{
	"github.com": "GitHub", "githubusercontent.com": "GitHub", "github.io": "GitHub",
	"twitter.com": "Twitter", "x.com": "Twitter", "t.co": "Twitter",
	"facebook.com": "Facebook", "fb.com": "Facebook", "fb.me": "Facebook", "fb.watch": "Facebook",
	"instagram.com": "Instagram",
	"youtube.com":   "YouTube", "youtu.be": "YouTube",
	"t.me": "Telegram", "telegram.me": "Telegram", "telegram.org": "Telegram", "telegra.ph": "Telegram",
	"tiktok.com": "TikTok",
	"vk.com":     "VK", "vk.ru": "VK",
	"whatsapp.com": "WhatsApp", "wa.me": "WhatsApp",
	"reddit.com": "Reddit", "redd.it": "Reddit",
	"discord.com": "Discord", "discord.gg": "Discord", "discordapp.com": "Discord",
	"snapchat.com": "Snapchat",
	"google.com":   "Google", "goo.gl": "Google",
}

// hostPlatform is the platform whose site a web address is on, "".
func hostPlatform(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	h := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	for h != "" {
		if p, ok := hostPlatforms[h]; ok {
			return p
		}
		i := strings.IndexByte(h, '.')
		if i < 0 {
			break
		}
		h = h[i+1:]
	}
	return ""
}

// listedLink is a line that is a web address alone, perhaps after a list's
// mark ("- ", "* ", "1. ") and before a closing stop: how a notice lists
// what it asks to take down.
var listedLink = regexp.MustCompile(`(?m)^[ \t]*(?:[-*•][ \t]+|\d{1,4}[.)][ \t]+)?(https?://[^\s<>"]+)[ \t]*[.,;]?[ \t]*$`)

// listedLinks are the addresses a text lists a line each.
func listedLinks(body string) []string {
	var out []string
	for _, m := range listedLink.FindAllStringSubmatch(body, 2000) {
		out = append(out, m[1])
	}
	return out
}

// bodyLink is a web address anywhere in a text.
var bodyLink = regexp.MustCompile(`https?://[^\s<>"'()\[\]]+`)

// bodyLinks are the web addresses a text writes, at most 2,000.
func bodyLinks(body string) []string {
	return bodyLink.FindAllString(body, 2000)
}

// linksPlatform is the platform a notice's reported addresses are on: the
// one whose hosts hold more than half of them, two at least. A takedown
// notice names what it wants removed by address, and those addresses are
// on the platform it is sent to (GitHub's DMCA notices list github.com
// files, whatever else they mention: "featured in Facebook's React Native
// Showcase"). Addresses spread over many sites (a notice to a search
// engine) name none.
func linksPlatform(links []string) string {
	count := map[string]int{}
	best := ""
	for _, l := range links {
		if p := hostPlatform(l); p != "" {
			count[p]++
			if count[p] > count[best] || best == "" {
				best = p
			}
		}
	}
	if best == "" || count[best] < 2 || count[best]*2 <= len(links) {
		return ""
	}
	return best
}

// webAddress is a web address in running text; a platform's name in its
// path ("github.com/facebook/react-native") is no mention of it.
var webAddress = regexp.MustCompile(`(?i)\b(?:https?://|www\.)[^\s<>"]+`)
