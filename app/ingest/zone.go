package ingest

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ParseZone reads the zone a reporter names for local times written
// without one: an IANA name ("Europe/Moscow"), "UTC" or "Local", or a
// fixed offset ("UTC+3", "+03:00", "-0430"). "" is no zone (nil).
func ParseZone(s string) (*time.Location, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, nil
	}
	off := strings.TrimPrefix(strings.TrimPrefix(strings.ToUpper(s), "UTC"), "GMT")
	if off != strings.ToUpper(s) && off == "" {
		return time.UTC, nil
	}
	if off != "" && (off[0] == '+' || off[0] == '-') {
		if min, ok := offsetMinutes(off); ok {
			return time.FixedZone("UTC"+offsetText(time.Duration(min)*time.Minute), min*60), nil
		}
		return nil, fmt.Errorf("%q is not an offset such as +03:00 or -0430", s)
	}
	loc, err := time.LoadLocation(s)
	if err != nil {
		return nil, fmt.Errorf("unknown zone %q (use a name such as Europe/Moscow or an offset such as UTC+3)", s)
	}
	return loc, nil
}

// offsetMinutes reads "+3", "+03", "+0300", "+03:00", "+5:30" as minutes
// east of UTC.
func offsetMinutes(s string) (int, bool) {
	sign := 1
	if s[0] == '-' {
		sign = -1
	}
	hs, ms := s[1:], ""
	if i := strings.IndexByte(hs, ':'); i >= 0 {
		hs, ms = hs[:i], hs[i+1:]
		if len(ms) != 2 {
			return 0, false
		}
	} else if len(hs) > 2 {
		hs, ms = hs[:len(hs)-2], hs[len(hs)-2:]
	}
	if len(hs) == 0 || len(hs) > 2 {
		return 0, false
	}
	h, err := strconv.Atoi(hs)
	m := 0
	if err == nil && ms != "" {
		m, err = strconv.Atoi(ms)
	}
	if err != nil || h > 14 || m > 59 || m < 0 || h < 0 {
		return 0, false
	}
	return sign * (h*60 + m), true
}
