package extract

import "testing"

// TestKindBracketDocNumber: a number in brackets after a name takes a unit
// named later in its own clause only, not one past "that", "if", "que" or
// "что", where another clause begins: "(2)" after a document's title
// numbers the document (a notice to a platform, github/gov-takedowns).
func TestKindBracketDocNumber(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en, a document's number", "The Explanation of the Supreme People's Court on Criminal Cases of Organizing and Utilizing Cult Organizations (2) clearly stipulates that if the production and dissemination of Cult propaganda materials undermines the law, Article 300 applies.", nil},
		{"fr, a document's number", "Le Décret du Ministère (2) précise que si la diffusion de contenus illicites persiste, le service est bloqué.", nil},
		{"ru, a document's number", "Положение о Реестре (2) устанавливает, что если материалы не удалены, доступ ограничивается.", nil},
		// the names' counts still take the unit their own clause names
		{"en, names (N) and the unit after", "US (4287) and Brazil (2435) had made more data requests than India.", []string{"4287 requests", "2435 requests"}},
	})
}
