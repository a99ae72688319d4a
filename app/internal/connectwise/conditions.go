package connectwise

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Cond is a ConnectWise `conditions` expression built from typed parts, so that no user
// text can change its structure. The zero Cond means "no condition".
//
// How values are written (NOTES §4):
//   - strings are double-quoted; a backslash and a double quote inside are escaped with a
//     backslash (\\ and \"), the escape the known clients use;
//   - "[" is written [[], as the DevGuide requires for a literal bracket, so text can never
//     open a [datetime] literal;
//   - "%" and "*" are written [%] and [*]: ConnectWise treats both as wildcards in string
//     comparisons, and the bracket form is the same SQL-style escape the DevGuide gives for
//     "[". Whether the server honours [%] and [*] is unverified (NOTES "Uncertainties" 2);
//     if it doesn't, a search for "100%" matches nothing rather than everything, which is
//     the safe failure. Callers that need an exact match also compare the results locally
//     (see CatalogItemByIdentifier);
//   - in like and contains, "_" (SQL Server's one-character wildcard) is written [_];
//     in = and != it is left as is, since identifiers such as Sophos_Intercept_X are
//     looked up that way;
//   - numbers and booleans are bare; times are [2024-01-31T09:00:00Z] in UTC, to the second.
type Cond struct {
	text     string
	err      error
	compound bool // joins several parts with and/or: parenthesised inside another join
}

// String is the conditions text to send.
func (c Cond) String() string { return c.text }

// Err reports a condition that could not be built (bad field name or value type).
func (c Cond) Err() error { return c.err }

// IsZero reports the empty condition.
func (c Cond) IsZero() bool { return c.text == "" && c.err == nil }

// And joins c and others with "and"; see the package function And.
func (c Cond) And(others ...Cond) Cond { return And(append([]Cond{c}, others...)...) }

// Or joins c and others with "or"; see the package function Or.
func (c Cond) Or(others ...Cond) Cond { return Or(append([]Cond{c}, others...)...) }

// Eq is `field = value`. value is a string, bool, integer, float or time.Time.
func Eq(field string, value any) Cond { return compare(field, "=", value) }

// Ne is `field != value`.
func Ne(field string, value any) Cond { return compare(field, "!=", value) }

// Lt is `field < value`.
func Lt(field string, value any) Cond { return compare(field, "<", value) }

// Le is `field <= value`.
func Le(field string, value any) Cond { return compare(field, "<=", value) }

// Gt is `field > value`; with a time.Time, `field > [2024-01-01T00:00:00Z]`.
func Gt(field string, value any) Cond { return compare(field, ">", value) }

// Ge is `field >= value`.
func Ge(field string, value any) Cond { return compare(field, ">=", value) }

// Contains is `field contains "text"`: text anywhere in the field, case-insensitively.
func Contains(field, text string) Cond { return compare(field, "contains", text) }

// StartsWith is `field like "prefix%"` with the prefix escaped.
func StartsWith(field, prefix string) Cond {
	if err := checkField(field); err != nil {
		return Cond{err: err}
	}
	q := quotePattern(prefix)
	return Cond{text: field + ` like ` + q[:len(q)-1] + `%"`}
}

// IsNull is `field = null`.
func IsNull(field string) Cond {
	if err := checkField(field); err != nil {
		return Cond{err: err}
	}
	return Cond{text: field + " = null"}
}

// UpdatedSince is `lastUpdated > [t]`, the incremental-refresh condition.
func UpdatedSince(t time.Time) Cond { return Gt("lastUpdated", t) }

// And joins conditions with "and". Zero conditions are skipped; the first error wins.
func And(conds ...Cond) Cond { return join("and", conds) }

// Or joins conditions with "or". Zero conditions are skipped; the first error wins.
func Or(conds ...Cond) Cond { return join("or", conds) }

func join(op string, conds []Cond) Cond {
	var kept []Cond
	for _, c := range conds {
		if c.err != nil {
			return Cond{err: c.err}
		}
		if c.text != "" {
			kept = append(kept, c)
		}
	}
	switch len(kept) {
	case 0:
		return Cond{}
	case 1:
		return kept[0]
	}
	parts := make([]string, len(kept))
	for i, c := range kept {
		parts[i] = c.text
		if c.compound {
			parts[i] = "(" + c.text + ")"
		}
	}
	return Cond{text: strings.Join(parts, " "+op+" "), compound: true}
}

func compare(field, op string, value any) Cond {
	if err := checkField(field); err != nil {
		return Cond{err: err}
	}
	lit, err := literal(value)
	if err != nil {
		return Cond{err: fmt.Errorf("condition on %s: %w", quoted(field), err)}
	}
	if op == "contains" {
		text, ok := value.(string)
		if !ok {
			return Cond{err: fmt.Errorf("condition on %s: contains needs text", quoted(field))}
		}
		lit = quotePattern(text) // contains matches like a like pattern: "_" is a wildcard there
	}
	return Cond{text: field + " " + op + " " + lit}
}

// literal writes a Go value as a conditions literal.
func literal(v any) (string, error) {
	switch v := v.(type) {
	case string:
		return quoteString(v), nil
	case bool:
		return strconv.FormatBool(v), nil
	case int:
		return strconv.Itoa(v), nil
	case int32:
		return strconv.FormatInt(int64(v), 10), nil
	case int64:
		return strconv.FormatInt(v, 10), nil
	case uint:
		return strconv.FormatUint(uint64(v), 10), nil
	case uint32:
		return strconv.FormatUint(uint64(v), 10), nil
	case uint64:
		return strconv.FormatUint(v, 10), nil
	case float32:
		return formatFloat(float64(v))
	case float64:
		return formatFloat(v)
	case time.Time:
		if v.IsZero() {
			return "", fmt.Errorf("zero time")
		}
		return "[" + v.UTC().Format(timeLayout) + "]", nil
	}
	return "", fmt.Errorf("unsupported value type %T", v)
}

func formatFloat(f float64) (string, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "", fmt.Errorf("%v is not a number ConnectWise accepts", f)
	}
	return strconv.FormatFloat(f, 'f', -1, 64), nil
}

// quoteString writes s as a string literal that reads back as exactly s (see Cond).
func quoteString(s string) string { return quote(s, false) }

// quotePattern is quoteString for like and contains, where "_" is SQL Server's
// one-character wildcard too: it is written [_], the same bracket escape.
func quotePattern(s string) string { return quote(s, true) }

func quote(s string, pattern bool) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); i++ { // byte-wise: every special character is ASCII
		switch c := s[i]; c {
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		case '[':
			b.WriteString("[[]")
		case '%':
			b.WriteString("[%]")
		case '*':
			b.WriteString("[*]")
		case '_':
			if pattern {
				b.WriteString("[_]")
			} else {
				b.WriteByte(c)
			}
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// checkField accepts field paths such as "identifier", "company/id", "_info/lastUpdated".
// Field names come from code, never from users; this catches typos and injection alike.
func checkField(field string) error {
	if field == "" {
		return fmt.Errorf("empty field name in condition")
	}
	for _, seg := range strings.Split(field, "/") {
		if seg == "" || !isNameStart(seg[0]) || strings.IndexFunc(seg, func(r rune) bool { return !isNameChar(r) }) >= 0 {
			return fmt.Errorf("invalid field name %s in condition", quoted(field))
		}
		switch strings.ToLower(seg) {
		case "and", "or", "not", "contains", "like", "in", "true", "false", "null":
			return fmt.Errorf("invalid field name %s in condition", quoted(field))
		}
	}
	return nil
}

func isNameStart(c byte) bool { return c == '_' || (c|0x20 >= 'a' && c|0x20 <= 'z') }

func isNameChar(r rune) bool {
	return r == '_' || (r >= '0' && r <= '9') || (r|0x20 >= 'a' && r|0x20 <= 'z')
}

// timeLayout is ConnectWise's timestamp format.
const timeLayout = "2006-01-02T15:04:05Z"
