package customers

import "testing"

func TestNormalizeName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Acme Corporation", "acme"},
		{"ACME Corp.", "acme"},
		{"Bäckerei Müller GmbH", "backerei muller"},
		{"Baeckerei Mueller", "baeckerei mueller"}, // transliterations are not guessed
		{"Litware, Inc.", "litware"},
		{"Müller GmbH & Co. KG", "muller"},
		{"Handel e.K.", "handel"},
		{"Zahnarztpraxis Dr. Weiß", "zahnarztpraxis dr weiss"},
		{"Outback Pty Ltd", "outback"},
		{"Solaire SARL", "solaire"},
		{"Kanzlei Berger [Rechtsanwälte]", "kanzlei berger rechtsanwalte"},
		{"AG", "ag"},         // a name made only of a suffix keeps it
		{"Co Limited", "co"}, // …and keeps its last word
		{"Agfa Partner", "agfa partner"},
		{"  ", ""},
	} {
		if got := NormalizeName(tc.in); got != tc.want {
			t.Errorf("NormalizeName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
