package cwsandbox

import (
	"reflect"
	"testing"
	"time"
)

func TestParseConditions(t *testing.T) {
	cases := []struct {
		in   string
		want string // Expr.String(); "" means a parse error is expected
	}{
		{`identifier = "SOPHOS-IXA"`, `identifier = "SOPHOS-IXA"`},
		{`identifier="x"`, `identifier = "x"`},
		{`subcategory/id = 12 AND inactiveFlag = False`, `(subcategory/id = 12 and inactiveFlag = false)`},
		{`a = 1 or b = 2 and c = 3`, `(a = 1 or (b = 2 and c = 3))`},
		{`(a = 1 or b = 2) and c = 3`, `((a = 1 or b = 2) and c = 3)`},
		{`lastUpdated > [2024-01-01T00:00:00Z]`, `lastUpdated > [2024-01-01T00:00:00Z]`},
		{`price >= -2.5`, `price >= -2.5`},
		{`name contains "Backup"`, `name contains "Backup"`},
		{`name not like "Cove%"`, `name not like "Cove%"`},
		{`summary not contains 'x'`, `summary not contains "x"`},
		{`manufacturer/id = null`, `manufacturer/id = null`},
		{`name = "a\"b\\c[[]d[%]e[*]f"`, `name = "a\"b\\c[d%e*f"`},
		{`identifier = "x`, ""},
		{`identifier = "a[b"`, ""},
		{`identifier = "a\nb"`, ""},
		{`identifier = x`, ""},
		{`identifier in (1,2)`, ""},
		{`= "x"`, ""},
		{`a = 1 and`, ""},
		{`(a = 1`, ""},
		{`a = 1)`, ""},
		{`a ! 1`, ""},
		{`a = [yesterday]`, ""},
		{`a contains 5`, ""},
		{`a < null`, ""},
		{`a = 1; drop table`, ""},
		{`and = 1`, ""},
	}
	for _, tc := range cases {
		e, err := ParseConditions(tc.in)
		switch {
		case tc.want == "" && err == nil:
			t.Errorf("%q parsed as %s, want an error", tc.in, e)
		case tc.want != "" && err != nil:
			t.Errorf("%q: %v", tc.in, err)
		case tc.want != "" && e.String() != tc.want:
			t.Errorf("%q parsed as %s, want %s", tc.in, e, tc.want)
		}
	}
	deep := ""
	for range 40 {
		deep += "("
	}
	if _, err := ParseConditions(deep + "a = 1"); err == nil {
		t.Error("deep nesting must be refused")
	}
}

func TestConditionsMatchRows(t *testing.T) {
	sub := &ref{ID: 41, Name: "Endpoint Protection"}
	row := &catalogItem{ID: 7, Identifier: "Sophos_Intercept_X", Description: `100% "safe" [beta]`, Price: 3.2,
		Subcategory: sub, InactiveFlag: false, Info: info{LastUpdated: at(time.Date(2025, 5, 1, 12, 0, 0, 0, time.UTC))}}
	cases := []struct {
		cond  string
		match bool
	}{
		{`identifier = "sophos_intercept_x"`, true}, // case-insensitive, like SQL Server
		{`identifier = "Sophos*"`, true},            // * is a wildcard in strings
		{`identifier = "Sophos[*]"`, false},         // unless escaped
		{`identifier like "Soph%X"`, true},
		{`identifier not like "Soph%"`, false},
		{`description contains "[%]"`, true},
		{`description contains "\"safe\" [[]beta]"`, true},
		{`description = "100[%] \"safe\" [[]beta]"`, true},
		{`subcategory/id = 41 and inactiveFlag = false`, true},
		{`subcategory/name contains "point"`, true},
		{`manufacturer/id = null`, true},
		{`manufacturer/id != 3`, true},
		{`manufacturer/id = 3`, false},
		{`price > 3 and price < 3.5`, true},
		{`lastUpdated > [2025-05-01T11:59:59Z]`, true},
		{`lastUpdated > [2025-05-01T12:00:00Z]`, false},
		{`_info/lastUpdated >= [2025-05-01]`, true},
		{`(id = 1 or id = 7) and identifier not like "x%"`, true},
	}
	typ := reflect.TypeOf(row)
	for _, tc := range cases {
		e, err := ParseConditions(tc.cond)
		if err != nil {
			t.Fatalf("%q: %v", tc.cond, err)
		}
		match, err := compile(e, typ)
		if err != nil {
			t.Fatalf("%q: %v", tc.cond, err)
		}
		if got := match(reflect.ValueOf(row)); got != tc.match {
			t.Errorf("%q matched %v, want %v", tc.cond, got, tc.match)
		}
	}
	for _, bad := range []string{`nosuchfield = 1`, `identifier = 5`, `price contains "1"`, `inactiveFlag > true`, `subcategory = 4`, `lastUpdated > "2024"`} {
		e, err := ParseConditions(bad)
		if err != nil {
			t.Fatalf("%q: %v", bad, err)
		}
		if _, err := compile(e, typ); err == nil {
			t.Errorf("%q compiled, want a type error", bad)
		}
	}
}
