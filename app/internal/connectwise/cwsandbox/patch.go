package cwsandbox

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
)

// patchOp is one JSON Patch operation as ConnectWise takes it.
type patchOp struct {
	Op    string          `json:"op"`
	Path  string          `json:"path"`
	Value json.RawMessage `json:"value"`
}

// applyPatch applies a ConnectWise JSON Patch document to row and returns the patched copy.
// ConnectWise's rules, not all of RFC 6902:
//   - op is add, replace or remove; path is one top-level field, with or without a leading
//     slash, matched case-insensitively;
//   - a reference is replaced whole ({"op":"replace","path":"subcategory","value":{"id":12}});
//     a path into a reference ("subcategory/id") is accepted and silently ignored: the
//     "false 200" the DevGuide warns about;
//   - read-only fields (id, _info) are ignored.
func applyPatch[T any](row *T, body []byte) (*T, *errorBody) {
	var ops []patchOp
	dec := json.NewDecoder(bytes.NewReader(body))
	if err := dec.Decode(&ops); err != nil {
		return nil, &errorBody{Code: "InvalidObject", Message: "The request body must be a JSON array of patch operations."}
	}
	current, err := json.Marshal(row)
	if err != nil {
		return nil, &errorBody{Code: "ConnectWiseApi", Message: "encoding failed"}
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(current, &doc); err != nil {
		return nil, &errorBody{Code: "ConnectWiseApi", Message: "encoding failed"}
	}
	fields := jsonFieldTypes(reflect.TypeOf(row).Elem())
	for _, op := range ops {
		path := strings.Trim(op.Path, "/")
		head, rest, nested := strings.Cut(path, "/")
		name, typ, known := lookupField(fields, head)
		if path == "" || !known {
			return nil, &errorBody{Code: "InvalidObject", Message: fmt.Sprintf("Cannot apply patch: the path '%s' is not a field.", op.Path)}
		}
		if name == "id" || name == "_info" || (nested && isReference(typ)) {
			continue
		}
		if nested {
			return nil, &errorBody{Code: "InvalidObject", Message: fmt.Sprintf("Cannot apply patch: '%s' has no field '%s'.", name, rest)}
		}
		switch strings.ToLower(op.Op) {
		case "add", "replace":
			if op.Value == nil {
				return nil, &errorBody{Code: "InvalidObject", Message: fmt.Sprintf("Cannot apply patch: '%s' on '%s' needs a value.", op.Op, op.Path)}
			}
			doc[name] = op.Value
		case "remove":
			delete(doc, name)
		default:
			return nil, &errorBody{Code: "InvalidObject", Message: fmt.Sprintf("Cannot apply patch: operation '%s' is not supported.", op.Op)}
		}
	}
	merged, err := json.Marshal(doc)
	if err != nil {
		return nil, &errorBody{Code: "ConnectWiseApi", Message: "encoding failed"}
	}
	out := new(T)
	if err := json.Unmarshal(merged, out); err != nil {
		return nil, &errorBody{Code: "InvalidObject", Message: "Cannot apply patch: " + readableJSONError(err)}
	}
	return out, nil
}

func jsonFieldTypes(t reflect.Type) map[string]reflect.StructField {
	out := map[string]reflect.StructField{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if name, _, _ := strings.Cut(f.Tag.Get("json"), ","); f.IsExported() && name != "" && name != "-" {
			out[strings.ToLower(name)] = f
		}
	}
	return out
}

func lookupField(fields map[string]reflect.StructField, name string) (string, reflect.Type, bool) {
	f, ok := fields[strings.ToLower(name)]
	if !ok {
		return "", nil, false
	}
	tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	return tag, f.Type, true
}

func isReference(t reflect.Type) bool { return t == reflect.TypeOf(&ref{}) }

// readableJSONError turns a decoding error into "field price: expected number" text.
func readableJSONError(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field != "" {
		return fmt.Sprintf("the value for '%s' must be %s, not %s.", te.Field, kindName(te.Type), te.Value)
	}
	return err.Error()
}

func kindName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int32, reflect.Int64, reflect.Float32, reflect.Float64:
		return "a number"
	default:
		return "an object"
	}
}
