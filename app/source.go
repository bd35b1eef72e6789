package app

import "strings"

// SourceKind classifies who made a claim.
type SourceKind string

// Source kinds.
const (
	SourcePlatformStatement SourceKind = "platform_statement"
	SourceNewsOutlet        SourceKind = "news_outlet"
	SourceWire              SourceKind = "wire"
	SourceThinkTank         SourceKind = "think_tank"
	SourceGovernment        SourceKind = "government"
	SourceNGO               SourceKind = "ngo"
	SourceResearcher        SourceKind = "researcher"
	SourceUnknown           SourceKind = "unknown"
)

// Role is what a source did with a notice or claim.
type Role string

// Source roles. Lumen's sender, principal and recipient are kept as roles too.
const (
	RoleStatedBy   Role = "stated_by"
	RoleReportedBy Role = "reported_by"
	RoleDisputedBy Role = "disputed_by"
	RoleSender     Role = "sender"
	RolePrincipal  Role = "principal"
	RoleRecipient  Role = "recipient"
)

// Source is a person or body that said something: a platform, a wire, a
// think tank. Sources are shared between notices.
type Source struct {
	ID          int64
	UID         string // stable across desks, derived from name and kind
	Name        string
	Kind        SourceKind
	URL         string
	Credibility int // 0 unknown, 1 (low) to 5 (high)
	Tags        []Tag
}

// SourceLink ties a source to a notice or claim with a role.
type SourceLink struct {
	Source Source
	Role   Role
}

// MergeSources keeps each source once per role, those of a first, names
// trimmed; nameless sources are dropped.
func MergeSources(a, b []SourceLink) []SourceLink {
	seen := map[string]bool{}
	var out []SourceLink
	for _, l := range append(append([]SourceLink(nil), a...), b...) {
		l.Source.Name = strings.TrimSpace(l.Source.Name)
		key := strings.ToLower(l.Source.Name) + "\x00" + string(l.Role)
		if l.Source.Name == "" || seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, l)
	}
	return out
}
