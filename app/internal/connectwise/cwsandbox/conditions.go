package cwsandbox

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// This file parses the ConnectWise `conditions` language, the subset PSA Bridge sends:
//
//	expr       = term { "or" term }
//	term       = factor { "and" factor }
//	factor     = "(" expr ")" | comparison
//	comparison = path op value
//	path       = name { "/" name }                       e.g. subcategory/id
//	op         = "=" | "!=" | "<" | "<=" | ">" | ">=" | "contains" | "like" | "not contains" | "not like"
//	value      = string | number | true | false | null | "[" datetime "]"
//
// Keywords are case-insensitive. Strings are in double (or single) quotes. Inside a string:
//   - \\ and \" (and \') stand for a backslash and a quote; any other backslash is an error;
//   - "[" starts a one-character escape: [[] is a literal "[", [%] a literal "%", [_] a
//     literal "_" (a one-character wildcard in like and contains otherwise), [*] a
//     literal "*" (the DevGuide's rule for "[", and the same bracket escape for the two
//     wildcard characters); any other "[" is an error, so a bracket can never begin a date;
//   - an unescaped % or * is a wildcard (for like, contains, and = the way the DevGuide
//     says strings "accept * for wildcards").
// Anything else, including "in (…)", is rejected, and the server answers 400.

// maxConditionDepth bounds parenthesis nesting so hostile input can't exhaust the stack.
const maxConditionDepth = 32

// Expr is a parsed conditions expression: a *Logical or a *Comparison.
type Expr interface {
	String() string
	isExpr()
}

// Logical is "Left and Right" or "Left or Right".
type Logical struct {
	Op          string // "and" or "or"
	Left, Right Expr
}

// Comparison is one "field op value" test.
type Comparison struct {
	Field string // slash path as written, e.g. "company/id"
	Op    string // "=", "!=", "<", "<=", ">", ">=", "contains", "like", "not contains", "not like"
	Value Value
}

func (*Logical) isExpr()    {}
func (*Comparison) isExpr() {}

func (l *Logical) String() string {
	return "(" + l.Left.String() + " " + l.Op + " " + l.Right.String() + ")"
}
func (c *Comparison) String() string {
	return c.Field + " " + c.Op + " " + c.Value.String()
}

// ValueKind says what kind of literal a Value is.
type ValueKind int

// The literal kinds.
const (
	StringValue ValueKind = iota + 1
	NumberValue
	BoolValue
	DateTimeValue
	NullValue
)

// Value is a literal on the right of a comparison.
type Value struct {
	Kind   ValueKind
	Text   string // StringValue: the text with escapes removed; wildcards stay as % or *
	Number float64
	Bool   bool
	Time   time.Time
	parts  []patternPart // StringValue: literal runs and wildcards, in order
}

// patternPart is a literal run of a string, or (wild) one unescaped % or *, or (one) an
// unescaped _: any one character in like and contains, as in SQL Server's LIKE, which
// ConnectWise runs on; a plain "_" in = and != comparisons.
type patternPart struct {
	lit  string
	wild bool
	one  bool
}

// HasWildcard reports whether the string holds an unescaped % or *.
func (v Value) HasWildcard() bool {
	for _, p := range v.parts {
		if p.wild {
			return true
		}
	}
	return false
}

func (v Value) String() string {
	switch v.Kind {
	case StringValue:
		return strconv.Quote(v.Text)
	case NumberValue:
		return strconv.FormatFloat(v.Number, 'f', -1, 64)
	case BoolValue:
		return strconv.FormatBool(v.Bool)
	case DateTimeValue:
		return "[" + v.Time.Format(time.RFC3339) + "]"
	default:
		return "null"
	}
}

// ConditionError is a conditions string the server can't parse; the server answers it
// with 400.
type ConditionError struct {
	Pos    int // byte offset in the conditions string
	Reason string
}

func (e *ConditionError) Error() string {
	return fmt.Sprintf("conditions: %s at position %d", e.Reason, e.Pos)
}

// ParseConditions parses a conditions string as the sandbox understands it.
func ParseConditions(s string) (Expr, error) {
	p := &condParser{src: s}
	if err := p.advance(); err != nil {
		return nil, err
	}
	e, err := p.expr(0)
	if err != nil {
		return nil, err
	}
	if p.tok.kind != tokEOF {
		return nil, p.fail("unexpected %s", p.tok.describe())
	}
	return e, nil
}

type tokKind int

const (
	tokEOF tokKind = iota
	tokLParen
	tokRParen
	tokOp
	tokWord
	tokString
	tokNumber
	tokDate
)

type token struct {
	kind  tokKind
	pos   int
	text  string // tokOp, tokWord: as written
	value Value  // tokString, tokNumber, tokDate
}

func (t token) describe() string {
	switch t.kind {
	case tokEOF:
		return "end of conditions"
	case tokString:
		return "string"
	case tokNumber:
		return "number"
	case tokDate:
		return "date"
	case tokLParen:
		return `"("`
	case tokRParen:
		return `")"`
	default:
		return strconv.Quote(t.text)
	}
}

type condParser struct {
	src string
	pos int
	tok token
}

func (p *condParser) fail(format string, args ...any) error {
	return &ConditionError{Pos: p.tok.pos, Reason: fmt.Sprintf(format, args...)}
}

func (p *condParser) expr(depth int) (Expr, error) {
	if depth > maxConditionDepth {
		return nil, p.fail("parentheses nested too deeply")
	}
	left, err := p.term(depth)
	if err != nil {
		return nil, err
	}
	for p.isWord("or") {
		if err := p.advance(); err != nil {
			return nil, err
		}
		right, err := p.term(depth)
		if err != nil {
			return nil, err
		}
		left = &Logical{Op: "or", Left: left, Right: right}
	}
	return left, nil
}

func (p *condParser) term(depth int) (Expr, error) {
	left, err := p.factor(depth)
	if err != nil {
		return nil, err
	}
	for p.isWord("and") {
		if err := p.advance(); err != nil {
			return nil, err
		}
		right, err := p.factor(depth)
		if err != nil {
			return nil, err
		}
		left = &Logical{Op: "and", Left: left, Right: right}
	}
	return left, nil
}

func (p *condParser) factor(depth int) (Expr, error) {
	if p.tok.kind == tokLParen {
		if err := p.advance(); err != nil {
			return nil, err
		}
		e, err := p.expr(depth + 1)
		if err != nil {
			return nil, err
		}
		if p.tok.kind != tokRParen {
			return nil, p.fail(`expected ")" but found %s`, p.tok.describe())
		}
		return e, p.advance()
	}
	return p.comparison()
}

func (p *condParser) comparison() (Expr, error) {
	if p.tok.kind != tokWord || isKeyword(p.tok.text) {
		return nil, p.fail("expected a field name but found %s", p.tok.describe())
	}
	field := p.tok.text
	if err := p.advance(); err != nil {
		return nil, err
	}
	var op string
	switch {
	case p.tok.kind == tokOp:
		op = p.tok.text
	case p.isWord("contains"), p.isWord("like"):
		op = strings.ToLower(p.tok.text)
	case p.isWord("not"):
		if err := p.advance(); err != nil {
			return nil, err
		}
		if !p.isWord("contains") && !p.isWord("like") {
			return nil, p.fail(`expected "contains" or "like" after "not" but found %s`, p.tok.describe())
		}
		op = "not " + strings.ToLower(p.tok.text)
	default:
		return nil, p.fail("expected an operator after %q but found %s", field, p.tok.describe())
	}
	if err := p.advance(); err != nil {
		return nil, err
	}
	var v Value
	switch {
	case p.tok.kind == tokString, p.tok.kind == tokNumber, p.tok.kind == tokDate:
		v = p.tok.value
	case p.isWord("true"), p.isWord("false"):
		v = Value{Kind: BoolValue, Bool: strings.EqualFold(p.tok.text, "true")}
	case p.isWord("null"):
		v = Value{Kind: NullValue}
	default:
		return nil, p.fail("expected a value after %q but found %s", op, p.tok.describe())
	}
	if (strings.HasSuffix(op, "contains") || strings.HasSuffix(op, "like")) && v.Kind != StringValue {
		return nil, p.fail("%q needs a string value", op)
	}
	if v.Kind == NullValue && op != "=" && op != "!=" {
		return nil, p.fail("null can only be compared with = or !=")
	}
	return &Comparison{Field: field, Op: op, Value: v}, p.advance()
}

func (p *condParser) isWord(w string) bool {
	return p.tok.kind == tokWord && strings.EqualFold(p.tok.text, w)
}

func isKeyword(w string) bool {
	switch strings.ToLower(w) {
	case "and", "or", "not", "contains", "like", "in", "true", "false", "null":
		return true
	}
	return false
}

// advance reads the next token into p.tok.
func (p *condParser) advance() error {
	s := p.src
	for p.pos < len(s) && (s[p.pos] == ' ' || s[p.pos] == '\t' || s[p.pos] == '\n' || s[p.pos] == '\r') {
		p.pos++
	}
	start := p.pos
	p.tok = token{pos: start}
	if start >= len(s) {
		p.tok.kind = tokEOF
		return nil
	}
	c := s[start]
	switch {
	case c == '(':
		p.tok.kind, p.pos = tokLParen, start+1
	case c == ')':
		p.tok.kind, p.pos = tokRParen, start+1
	case c == '=':
		p.tok.kind, p.tok.text, p.pos = tokOp, "=", start+1
	case c == '!' || c == '<' || c == '>':
		p.pos = start + 1
		if p.pos < len(s) && s[p.pos] == '=' {
			p.pos++
		} else if c == '!' {
			return &ConditionError{Pos: start, Reason: `"!" must be followed by "="`}
		}
		p.tok.kind, p.tok.text = tokOp, s[start:p.pos]
	case c == '"' || c == '\'':
		v, end, err := lexString(s, start)
		if err != nil {
			return err
		}
		p.tok.kind, p.tok.value, p.pos = tokString, v, end
	case c == '[':
		end := strings.IndexByte(s[start:], ']')
		if end < 0 {
			return &ConditionError{Pos: start, Reason: `date without closing "]"`}
		}
		t, err := parseTime(s[start+1 : start+end])
		if err != nil {
			return &ConditionError{Pos: start, Reason: "invalid date " + strconv.Quote(s[start+1:start+end])}
		}
		p.tok.kind, p.tok.value, p.pos = tokDate, Value{Kind: DateTimeValue, Time: t}, start+end+1
	case isDigit(c) || (c == '-' && start+1 < len(s) && isDigit(s[start+1])):
		end := start + 1
		for end < len(s) && (isDigit(s[end]) || s[end] == '.') {
			end++
		}
		n, err := strconv.ParseFloat(s[start:end], 64)
		if err != nil {
			return &ConditionError{Pos: start, Reason: "invalid number " + strconv.Quote(s[start:end])}
		}
		p.tok.kind, p.tok.value, p.pos = tokNumber, Value{Kind: NumberValue, Number: n}, end
	case isNameStart(c):
		end := start + 1
		for end < len(s) && (isNameChar(s[end]) || (s[end] == '/' && end+1 < len(s) && isNameStart(s[end+1]))) {
			end++
		}
		p.tok.kind, p.tok.text, p.pos = tokWord, s[start:end], end
	default:
		return &ConditionError{Pos: start, Reason: fmt.Sprintf("unexpected character %q", rune(c))}
	}
	return nil
}

// lexString reads the string literal starting at s[start] (a quote) and returns its value
// and the offset after the closing quote.
func lexString(s string, start int) (Value, int, error) {
	quote := s[start]
	var (
		parts []patternPart
		lit   strings.Builder
		text  strings.Builder
	)
	flush := func() {
		if lit.Len() > 0 {
			parts = append(parts, patternPart{lit: lit.String()})
			lit.Reset()
		}
	}
	for i := start + 1; i < len(s); i++ {
		c := s[i]
		switch {
		case c == quote:
			flush()
			return Value{Kind: StringValue, Text: text.String(), parts: parts}, i + 1, nil
		case c == '\\':
			if i+1 >= len(s) || (s[i+1] != '\\' && s[i+1] != '"' && s[i+1] != '\'') {
				return Value{}, 0, &ConditionError{Pos: i, Reason: `a backslash in a string must escape \, " or '`}
			}
			i++
			lit.WriteByte(s[i])
			text.WriteByte(s[i])
		case c == '[':
			if i+2 >= len(s) || s[i+2] != ']' || (s[i+1] != '[' && s[i+1] != '%' && s[i+1] != '*' && s[i+1] != '_') {
				return Value{}, 0, &ConditionError{Pos: i, Reason: `"[" in a string must be written [[] (and %, * or _ as [%], [*] or [_])`}
			}
			lit.WriteByte(s[i+1])
			text.WriteByte(s[i+1])
			i += 2
		case c == '%' || c == '*':
			flush()
			parts = append(parts, patternPart{wild: true})
			text.WriteByte(c)
		case c == '_':
			flush()
			parts = append(parts, patternPart{one: true})
			text.WriteByte(c)
		default:
			lit.WriteByte(c)
			text.WriteByte(c)
		}
	}
	return Value{}, 0, &ConditionError{Pos: start, Reason: "string without closing quote"}
}

func isDigit(c byte) bool     { return c >= '0' && c <= '9' }
func isNameStart(c byte) bool { return c == '_' || (c|0x20 >= 'a' && c|0x20 <= 'z') }
func isNameChar(c byte) bool  { return isNameStart(c) || isDigit(c) }
