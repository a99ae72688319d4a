package cwsandbox

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"
)

// predicate says whether a row (a pointer to a struct) matches.
type predicate func(row reflect.Value) bool

// compile checks expr against the fields of rows of type t and returns its predicate.
// Unknown fields and values of the wrong type are errors (answered with 400), found
// before any row is read, so an empty table rejects bad conditions too.
func compile(e Expr, t reflect.Type) (predicate, error) {
	switch e := e.(type) {
	case *Logical:
		left, err := compile(e.Left, t)
		if err != nil {
			return nil, err
		}
		right, err := compile(e.Right, t)
		if err != nil {
			return nil, err
		}
		if e.Op == "and" {
			return func(r reflect.Value) bool { return left(r) && right(r) }, nil
		}
		return func(r reflect.Value) bool { return left(r) || right(r) }, nil
	case *Comparison:
		return compileComparison(e, t)
	}
	return nil, fmt.Errorf("unsupported expression")
}

func compileComparison(c *Comparison, t reflect.Type) (predicate, error) {
	acc, err := resolvePath(t, c.Field)
	if err != nil {
		return nil, err
	}
	if acc.kind == kindObject {
		return nil, fmt.Errorf("field %q is an object; compare one of its fields, e.g. %s/id", acc.path, acc.path)
	}
	v := c.Value
	if v.Kind == NullValue {
		want := c.Op == "="
		return func(r reflect.Value) bool { _, ok := acc.value(r); return ok != want }, nil
	}
	if !compatible(acc.kind, v.Kind) {
		return nil, fmt.Errorf("field %q can't be compared with %s", acc.path, v.String())
	}
	switch c.Op {
	case "contains", "not contains", "like", "not like":
		if acc.kind != kindString {
			return nil, fmt.Errorf("%q only applies to text fields, not %q", c.Op, acc.path)
		}
		parts := v.parts
		if strings.HasSuffix(c.Op, "contains") {
			parts = append(append([]patternPart{{wild: true}}, parts...), patternPart{wild: true})
		}
		m := newMatcher(parts, true)
		negate := strings.HasPrefix(c.Op, "not ")
		return func(r reflect.Value) bool {
			s, ok := acc.scalar(r)
			return ok && m.match(s.(string)) != negate
		}, nil
	}
	if acc.kind == kindBool && c.Op != "=" && c.Op != "!=" {
		return nil, fmt.Errorf("%q can't be used with the true/false field %q", c.Op, acc.path)
	}
	lit := literal(v)
	if acc.kind == kindString && (c.Op == "=" || c.Op == "!=") && v.HasWildcard() {
		m := newMatcher(v.parts, false)
		want := c.Op == "="
		return func(r reflect.Value) bool {
			s, ok := acc.scalar(r)
			return ok && m.match(s.(string)) == want
		}, nil
	}
	op := c.Op
	return func(r reflect.Value) bool {
		x, ok := acc.scalar(r)
		if !ok {
			return op == "!=" // null is unequal to every value and fails every ordering
		}
		cmp := compareScalars(x, lit)
		switch op {
		case "=":
			return cmp == 0
		case "!=":
			return cmp != 0
		case "<":
			return cmp < 0
		case "<=":
			return cmp <= 0
		case ">":
			return cmp > 0
		default:
			return cmp >= 0
		}
	}, nil
}

func compatible(f fieldKind, v ValueKind) bool {
	switch f {
	case kindString:
		return v == StringValue
	case kindNumber:
		return v == NumberValue
	case kindBool:
		return v == BoolValue
	case kindTime:
		return v == DateTimeValue
	}
	return false
}

func literal(v Value) any {
	switch v.Kind {
	case StringValue:
		return v.Text
	case NumberValue:
		return v.Number
	case BoolValue:
		return v.Bool
	default:
		return v.Time
	}
}

// matcher matches a pattern of literal runs and wildcards, ignoring case.
type matcher struct{ re *regexp.Regexp }

// newMatcher compiles parts; like says whether "_" is a one-character wildcard (like and
// contains) or a plain character (= and !=).
func newMatcher(parts []patternPart, like bool) *matcher {
	var b strings.Builder
	b.WriteString(`(?is)\A`)
	for _, p := range parts {
		switch {
		case p.wild:
			b.WriteString(`.*`)
		case p.one && like:
			b.WriteString(`.`)
		case p.one:
			b.WriteString(`_`)
		default:
			b.WriteString(regexp.QuoteMeta(p.lit))
		}
	}
	b.WriteString(`\z`)
	return &matcher{re: regexp.MustCompile(b.String())}
}

func (m *matcher) match(s string) bool { return m.re.MatchString(s) }
