//go:build !windows

package cli

// osLang is the user's language: the locale variables on Unix.
func osLang(getenv func(string) string) Lang { return unixLang(getenv) }
