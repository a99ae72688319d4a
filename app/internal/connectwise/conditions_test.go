package connectwise

import (
	"math"
	"net/url"
	"strings"
	"testing"
	"time"

	"psabridge/app/internal/connectwise/cwsandbox"
)

func TestCondRendering(t *testing.T) {
	berlin := time.FixedZone("CET", 3600)
	cases := []struct {
		cond Cond
		want string
	}{
		{Eq("identifier", "SOPHOS-IXA"), `identifier = "SOPHOS-IXA"`},
		{Eq("inactiveFlag", false), `inactiveFlag = false`},
		{Eq("company/id", 250), `company/id = 250`},
		{Ne("price", 6.5), `price != 6.5`},
		{Le("quantity", int64(-3)), `quantity <= -3`},
		{Gt("lastUpdated", time.Date(2024, 1, 1, 1, 0, 0, 0, berlin)), `lastUpdated > [2024-01-01T00:00:00Z]`},
		{UpdatedSince(time.Date(2025, 7, 1, 8, 30, 15, 999, time.UTC)), `lastUpdated > [2025-07-01T08:30:15Z]`},
		{Contains("name", `a"b\c[d%e*f]'g`), `name contains "a\"b\\c[[]d[%]e[*]f]'g"`},
		{StartsWith("name", "Cove 100%"), `name like "Cove 100[%]%"`},
		{IsNull("manufacturer/id"), `manufacturer/id = null`},
		{And(Eq("a", 1), Or(Eq("b", 2), Eq("c", 3))), `a = 1 and (b = 2 or c = 3)`},
		{Or(And(Eq("a", 1), Eq("b", 2)), Eq("c", 3)), `(a = 1 and b = 2) or c = 3`},
		{Eq("a", 1).And(Eq("b", true)).Or(Eq("c", "x")), `(a = 1 and b = true) or c = "x"`},
		{And(Cond{}, Eq("a", 1), Cond{}), `a = 1`},
		{And(Or(Eq("a", 1), Eq("b", 2))), `a = 1 or b = 2`},
		{And(), ``},
	}
	for _, tc := range cases {
		if tc.cond.Err() != nil || tc.cond.String() != tc.want {
			t.Errorf("got %q (%v), want %q", tc.cond.String(), tc.cond.Err(), tc.want)
			continue
		}
		if tc.want == "" {
			continue
		}
		if _, err := cwsandbox.ParseConditions(tc.want); err != nil {
			t.Errorf("sandbox can't parse %q: %v", tc.want, err)
		}
	}
}

func TestCondErrors(t *testing.T) {
	for _, c := range []Cond{
		Eq("bad field", 1), Eq("", 1), Eq("a//b", 1), Eq("and", 1), Eq("x;drop", 1), Eq("name", []int{1}),
		Eq("price", math.NaN()), Gt("lastUpdated", time.Time{}), And(Eq("a", 1), Eq("b c", 2)), StartsWith("1x", "y"),
	} {
		if c.Err() == nil {
			t.Errorf("%q: want an error", c.String())
		}
		if c.String() != "" {
			t.Errorf("a failed condition must render nothing, got %q", c.String())
		}
	}
	f := newFixture(t, cwsandbox.Options{})
	if _, err := f.c.ListCatalog(ctxT(t), CatalogQuery{Conditions: Eq("bad field", 1)}); err == nil || len(f.sb.Requests()) != 0 {
		t.Fatalf("a bad condition must fail before sending: %v", err)
	}
}

// FuzzConditions checks that no text can change a condition's structure: whatever the
// text, the condition the client builds reaches the server (query encoding included) as
// exactly one comparison whose value is exactly that text, with no wildcard in it. The
// sandbox's conditions parser is the oracle.
func FuzzConditions(f *testing.F) {
	for _, s := range []string{
		"", " ", "plain", `"`, `\`, `\"`, `""`, `\\\"`, `'`, `''`, "[", "]", "[[]", "[]", "[%]", "%", "*", "%%**", "_",
		`a" or identifier != "`, `x") or (1=1`, "' OR 1=1 --", "[2024-01-01T00:00:00Z]", "a [2024-01-01] b",
		"+&=?#/;", "%20%2B", "tab\tnew\nline\r", "\x00", "\xff\xfe", "Müller & Söhne", "Hotel \"Zum Löwen\"",
		"Kanzlei Berger [Rechtsanwälte]", "100% Solar GmbH", "Pixel*Perfect Studio", "O'Brien Logistics", "日本語",
		"Sophos_Intercept_X_Advanced", `C:\path\to\file`, `\[`, `[\`, `"[%]"`, strings1000(),
	} {
		for op := range uint8(4) {
			f.Add(s, op)
		}
	}
	f.Fuzz(func(t *testing.T, text string, op uint8) {
		var (
			cond   Cond
			wantOp string
			want   = text
		)
		switch op % 4 {
		case 0:
			cond, wantOp = Eq("identifier", text), "="
		case 1:
			cond, wantOp = Ne("description", text), "!="
		case 2:
			cond, wantOp = Contains("name", text), "contains"
		default:
			cond, wantOp = StartsWith("vendorSku", text), "like"
		}
		if cond.Err() != nil {
			t.Fatalf("building a condition from %q failed: %v", text, cond.Err())
		}
		sent, err := url.ParseQuery(encodeQuery(url.Values{"conditions": {cond.String()}}))
		if err != nil || len(sent["conditions"]) != 1 {
			t.Fatalf("query encoding of %q broke: %v", cond.String(), err)
		}
		expr, err := cwsandbox.ParseConditions(sent.Get("conditions"))
		if err != nil {
			t.Fatalf("server rejects %q built from %q: %v", cond.String(), text, err)
		}
		cmp, ok := expr.(*cwsandbox.Comparison)
		if !ok {
			t.Fatalf("%q built from %q parses as %s, not one comparison", cond.String(), text, expr)
		}
		if cmp.Op != wantOp || cmp.Value.Kind != cwsandbox.StringValue {
			t.Fatalf("%q parses as %s", cond.String(), cmp)
		}
		if wantOp == "like" {
			want = text + "%" // the one wildcard StartsWith adds on purpose
			if cmp.Value.Text != want {
				t.Fatalf("like value %q, want %q", cmp.Value.Text, want)
			}
			return
		}
		if cmp.Value.Text != want || cmp.Value.HasWildcard() {
			t.Fatalf("value %q (wildcard %v), want exactly %q", cmp.Value.Text, cmp.Value.HasWildcard(), want)
		}
	})
}

func strings1000() string {
	b := make([]byte, 1000)
	for i := range b {
		b[i] = `"\[%*]`[i%6]
	}
	return string(b)
}

// "_" is SQL Server's one-character wildcard in like (and contains): a prefix search for
// "Sophos_" must not also find "SophosZ…".
func TestUnderscoreIsLiteralInLikeAndContains(t *testing.T) {
	t.Parallel()
	f := newFixture(t, cwsandbox.Options{})
	ctx := ctxT(t)
	if _, err := f.c.CreateCatalogItem(ctx, newProduct("SophosZIntercept")); err != nil {
		t.Fatal(err)
	}
	for name, cond := range map[string]Cond{
		"like":     StartsWith("identifier", "Sophos_"),
		"contains": Contains("identifier", "s_I"),
	} {
		items, err := f.c.ListCatalog(ctx, CatalogQuery{Conditions: cond, IncludeInactive: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(items) == 0 {
			t.Fatalf("%s: nothing found for %s", name, cond)
		}
		for _, it := range items {
			if !strings.Contains(it.Identifier, "_") {
				t.Errorf("%s: %s matched %q: _ acted as a wildcard", name, cond, it.Identifier)
			}
		}
	}
}
