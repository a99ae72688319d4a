package textsearch

import (
	"errors"
	"strings"
	"testing"
)

func TestMatchExpr(t *testing.T) {
	for in, want := range map[string]string{
		"int adv":        `"int"* AND "adv"*`,
		Fold("Bäckerei"): `"backerei"*`,
		`a"b OR c*`:      `"a"* AND "b"* AND "or"* AND "c"*`,
		"  -- ":          "",
	} {
		if got := MatchExpr(Fold(in)); got != want {
			t.Errorf("MatchExpr(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestCheckLength(t *testing.T) {
	var tooLong *QueryTooLongError
	for _, tc := range []struct {
		text string
		ok   bool
	}{
		{strings.Repeat("ä", MaxQueryLength), true},
		{strings.Repeat("ä", MaxQueryLength+1), false},
		{"a b c d e f g h", true},
		{"a b c d e f g h i", false},
	} {
		err := CheckLength(tc.text)
		if tc.ok != (err == nil) || (err != nil && !errors.As(err, &tooLong)) {
			t.Errorf("CheckLength(%d runes) = %v", len([]rune(tc.text)), err)
		}
	}
}
