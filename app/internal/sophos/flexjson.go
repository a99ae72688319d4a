package sophos

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
)

// flexNumber decodes a JSON number, a numeric string ("20", "1.5", " 3 "), an empty string
// or null. Sophos documents quantities as numbers but has changed field types over the
// years, and one stray string must not make a whole month unreadable.
type flexNumber float64

func (f *flexNumber) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || bytes.Equal(b, []byte("null")) {
		*f = 0
		return nil
	}
	text := string(b)
	if b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		text = strings.TrimSpace(s)
		if text == "" {
			*f = 0
			return nil
		}
	}
	v, err := strconv.ParseFloat(text, 64)
	if err != nil {
		// An UnmarshalTypeError makes encoding/json add the field name to the message.
		return &json.UnmarshalTypeError{Value: "the value " + string(b), Type: reflect.TypeFor[float64]()}
	}
	*f = flexNumber(v)
	return nil
}

// flexString decodes a JSON string, or a number or boolean kept as its literal text
// (prices are documented as strings such as "1.40", but "1.40" and 1.4 must both work,
// and an id such as partnerEdiAccountNumber may come as a number).
type flexString string

func (f *flexString) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case len(b) == 0 || bytes.Equal(b, []byte("null")):
		*f = ""
	case b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*f = flexString(s)
	case b[0] == '{' || b[0] == '[':
		return &json.UnmarshalTypeError{Value: "an object or array", Type: reflect.TypeFor[string]()}
	default:
		*f = flexString(b)
	}
	return nil
}
