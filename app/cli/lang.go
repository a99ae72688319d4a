package cli

import "strings"

// Lang is the language of the human output: "de" or "en".
type Lang string

const (
	German  Lang = "de"
	English Lang = "en"
)

// langFromLocale picks the language of a POSIX locale name ("de_DE.UTF-8", "de", "en_US")
// or a Windows language tag ("de-DE"): German for any German locale, else English.
func langFromLocale(locale string) (Lang, bool) {
	locale = strings.ToLower(strings.TrimSpace(locale))
	if locale == "" || locale == "c" || locale == "posix" {
		return "", false
	}
	if strings.HasPrefix(locale, "de") {
		return German, true
	}
	return English, true
}

// envLang reads LC_ALL, LC_MESSAGES and LANG in POSIX order of precedence; false when
// none of them names a language.
func envLang(getenv func(string) string) (Lang, bool) {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if l, ok := langFromLocale(getenv(name)); ok {
			return l, true
		}
	}
	return "", false
}

// unixLang is the locale variables' language, English when they name none.
func unixLang(getenv func(string) string) Lang {
	if l, ok := envLang(getenv); ok {
		return l
	}
	return English
}
