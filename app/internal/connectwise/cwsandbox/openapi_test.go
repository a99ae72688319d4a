package cwsandbox

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
)

// This file holds a small OpenAPI 3.0 response validator for the schema test. It covers
// exactly the keywords the ConnectWise spec subset uses (type, format, nullable, enum,
// required, properties, additionalProperties, items, $ref) and fails on any other
// keyword, so a richer spec is noticed instead of half-checked. (kin-openapi would do,
// but it is not a dependency of the module.)

// specFile is the OpenAPI subset, copied from ../shared/reference/connectwise so the test
// runs on a clone of this repository alone. Copy it again when the reference changes.
const specFile = "testdata/manage-openapi-2026.4-get-subset.json"

type openAPIDoc struct {
	Paths map[string]struct {
		Get *struct {
			Responses map[string]struct {
				Content map[string]struct {
					Schema *jsonSchema `json:"schema"`
				} `json:"content"`
			} `json:"responses"`
		} `json:"get"`
	} `json:"paths"`
	Components struct {
		Schemas map[string]*jsonSchema `json:"schemas"`
	} `json:"components"`
}

type jsonSchema struct {
	Ref                  string                 `json:"$ref"`
	Type                 string                 `json:"type"`
	Format               string                 `json:"format"`
	Nullable             bool                   `json:"nullable"`
	Enum                 []any                  `json:"enum"`
	Required             []string               `json:"required"`
	Properties           map[string]*jsonSchema `json:"properties"`
	AdditionalProperties *jsonSchema            `json:"additionalProperties"`
	Items                *jsonSchema            `json:"items"`
	Description          string                 `json:"description"`
}

var knownSchemaKeywords = map[string]bool{"$ref": true, "type": true, "format": true, "nullable": true, "enum": true,
	"required": true, "properties": true, "additionalProperties": true, "items": true, "description": true}

// loadSpec reads the OpenAPI file.
func loadSpec(t *testing.T) *openAPIDoc {
	t.Helper()
	path := specFile
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := checkKeywords(raw); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var doc openAPIDoc
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return &doc
}

// checkKeywords refuses schema keywords this validator doesn't implement.
func checkKeywords(raw []byte) error {
	var doc struct {
		Components struct {
			Schemas map[string]json.RawMessage `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		return err
	}
	var walk func(name string, s json.RawMessage) error
	walk = func(name string, s json.RawMessage) error {
		var m map[string]json.RawMessage
		if json.Unmarshal(s, &m) != nil {
			return nil
		}
		for k, v := range m {
			if !knownSchemaKeywords[k] {
				return fmt.Errorf("schema %s uses %q, which the test validator does not implement", name, k)
			}
			switch k {
			case "properties":
				var props map[string]json.RawMessage
				_ = json.Unmarshal(v, &props)
				for p, ps := range props {
					if err := walk(name+"."+p, ps); err != nil {
						return err
					}
				}
			case "items", "additionalProperties":
				if err := walk(name+"."+k, v); err != nil {
					return err
				}
			}
		}
		return nil
	}
	for name, s := range doc.Components.Schemas {
		if err := walk(name, s); err != nil {
			return err
		}
	}
	return nil
}

// responseSchema is the 200 schema of GET template.
func (d *openAPIDoc) responseSchema(t *testing.T, template string) *jsonSchema {
	t.Helper()
	p, ok := d.Paths[template]
	if !ok || p.Get == nil {
		t.Fatalf("no GET %s in the spec", template)
	}
	for _, c := range p.Get.Responses["200"].Content {
		if c.Schema != nil {
			return c.Schema
		}
	}
	t.Fatalf("GET %s has no 200 schema", template)
	return nil
}

// validate checks a JSON body against s and returns every violation found.
func (d *openAPIDoc) validate(body []byte, s *jsonSchema) []string {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return []string{"body is not JSON: " + err.Error()}
	}
	var errs []string
	d.check(v, s, "$", &errs)
	return errs
}

var uuidPattern = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

func (d *openAPIDoc) check(v any, s *jsonSchema, at string, errs *[]string) {
	fail := func(format string, args ...any) { *errs = append(*errs, at+": "+fmt.Sprintf(format, args...)) }
	if s.Ref != "" {
		target, ok := d.Components.Schemas[strings.TrimPrefix(s.Ref, "#/components/schemas/")]
		if !ok {
			fail("unresolved $ref %s", s.Ref)
			return
		}
		s = target
	}
	if v == nil {
		if !s.Nullable {
			fail("null is not allowed")
		}
		return
	}
	if len(s.Enum) > 0 && !slicesContainsString(s.Enum, v) {
		fail("%v is not one of %v", v, s.Enum)
	}
	typ := s.Type
	if typ == "" && s.Properties != nil {
		typ = "object"
	}
	switch typ {
	case "object":
		m, ok := v.(map[string]any)
		if !ok {
			fail("want an object, got %T", v)
			return
		}
		for _, r := range s.Required {
			if _, ok := m[r]; !ok {
				fail("required property %q is missing", r)
			}
		}
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if ps, ok := s.Properties[k]; ok {
				d.check(m[k], ps, at+"."+k, errs)
			} else if s.AdditionalProperties != nil {
				d.check(m[k], s.AdditionalProperties, at+"."+k, errs)
			}
		}
	case "array":
		a, ok := v.([]any)
		if !ok {
			fail("want an array, got %T", v)
			return
		}
		for i, e := range a {
			if s.Items != nil {
				d.check(e, s.Items, fmt.Sprintf("%s[%d]", at, i), errs)
			}
		}
	case "string":
		str, ok := v.(string)
		if !ok {
			fail("want a string, got %T", v)
			return
		}
		switch s.Format {
		case "date-time":
			if _, err := time.Parse(time.RFC3339, str); err != nil {
				fail("%q is not a date-time", str)
			}
		case "uuid":
			if !uuidPattern.MatchString(str) {
				fail("%q is not a uuid", str)
			}
		}
	case "integer":
		n, ok := v.(json.Number)
		i, err := n.Int64()
		if !ok || err != nil {
			fail("want an integer, got %v", v)
			return
		}
		if s.Format == "int32" && (i < math.MinInt32 || i > math.MaxInt32) {
			fail("%d is out of int32 range", i)
		}
	case "number":
		n, ok := v.(json.Number)
		if _, err := n.Float64(); !ok || err != nil {
			fail("want a number, got %v", v)
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			fail("want true or false, got %v", v)
		}
	case "":
	default:
		fail("unknown schema type %q", typ)
	}
}

func slicesContainsString(enum []any, v any) bool {
	for _, e := range enum {
		if fmt.Sprint(e) == fmt.Sprint(v) {
			return true
		}
	}
	return false
}
