//go:build windows

package cli

import "golang.org/x/sys/windows"

// osLang is the user's default UI language on Windows; the locale variables (set in Git
// Bash or MSYS shells) win when present.
func osLang(getenv func(string) string) Lang {
	if l, ok := envLang(getenv); ok {
		return l
	}
	if langs, err := windows.GetUserPreferredUILanguages(windows.MUI_LANGUAGE_NAME); err == nil && len(langs) > 0 {
		if l, ok := langFromLocale(langs[0]); ok {
			return l
		}
	}
	return English
}
