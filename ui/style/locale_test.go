package style

// Tests run under LANG=C in CI; map it to English before Fyne reads it.
import _ "github.com/takedowndesk/takedowndesk/internal/posixlocale"
