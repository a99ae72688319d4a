package transfer

import "strings"

// Spreadsheet programs run a cell that starts with one of these as a formula (CSV injection,
// OWASP). Export puts an apostrophe in front; import takes it off again.
const formulaStarts = "=+-@\t\r"

// escapeCell protects a text cell. A cell that already starts with an apostrophe gets another
// one, so that unescapeCell gives back exactly what was exported.
func escapeCell(text string) string {
	if text != "" && strings.ContainsRune(formulaStarts+"'", rune(text[0])) {
		return "'" + text
	}
	return text
}

// unescapeCell undoes escapeCell. An apostrophe before anything else is the user's and stays.
func unescapeCell(text string) string {
	if len(text) >= 2 && text[0] == '\'' && strings.ContainsRune(formulaStarts+"'", rune(text[1])) {
		return text[1:]
	}
	return text
}
