package cwsandbox

import (
	"fmt"
	"reflect"
	"strings"
	"time"
)

// fieldKind is the kind of a leaf field as conditions see it.
type fieldKind int

const (
	kindString fieldKind = iota + 1
	kindNumber
	kindBool
	kindTime
	kindObject // a reference or _info: usable in fields=, not in comparisons
)

var cwTimeType = reflect.TypeOf(cwTime{})

// accessor reads one slash path (e.g. "subcategory/id") out of a row by reflection, the
// way ConnectWise resolves a path in conditions, orderBy and fields against the JSON shape.
type accessor struct {
	path  string // canonical JSON path
	index [][]int
	kind  fieldKind
}

// resolvePath finds path in the JSON shape of rows of type t (a pointer to a struct).
// Names match JSON names case-insensitively; "lastUpdated" alone means "_info/lastUpdated".
func resolvePath(t reflect.Type, path string) (*accessor, error) {
	segments := strings.Split(path, "/")
	if len(segments) == 1 && strings.EqualFold(path, "lastUpdated") {
		segments = []string{"_info", "lastUpdated"}
	}
	a := &accessor{}
	cur := t
	var canonical []string
	for i, seg := range segments {
		for cur.Kind() == reflect.Pointer {
			cur = cur.Elem()
		}
		if cur.Kind() != reflect.Struct || cur == cwTimeType {
			return nil, fmt.Errorf("%q has no field %q", strings.Join(canonical, "/"), seg)
		}
		f, name, ok := jsonField(cur, seg)
		if !ok {
			return nil, fmt.Errorf("unknown field %q", strings.Join(append(canonical, seg), "/"))
		}
		canonical = append(canonical, name)
		a.index = append(a.index, f.Index)
		cur = f.Type
		if i == len(segments)-1 {
			a.kind = leafKind(cur)
			if a.kind == 0 {
				return nil, fmt.Errorf("field %q can't be used here", strings.Join(canonical, "/"))
			}
		}
	}
	a.path = strings.Join(canonical, "/")
	return a, nil
}

func jsonField(t reflect.Type, name string) (reflect.StructField, string, bool) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if tag != "" && tag != "-" && strings.EqualFold(tag, name) {
			return f, tag, true
		}
	}
	return reflect.StructField{}, "", false
}

func leafKind(t reflect.Type) fieldKind {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == cwTimeType:
		return kindTime
	case t.Kind() == reflect.String:
		return kindString
	case t.Kind() == reflect.Bool:
		return kindBool
	case t.Kind() >= reflect.Int && t.Kind() <= reflect.Float64:
		return kindNumber
	case t.Kind() == reflect.Struct || t.Kind() == reflect.Map:
		return kindObject
	}
	return 0
}

// value reads the field from row (a pointer to a struct). ok is false for null: a nil
// reference on the way, or a zero timestamp (ConnectWise leaves those out).
func (a *accessor) value(row reflect.Value) (reflect.Value, bool) {
	v := row
	for _, idx := range a.index {
		for v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return reflect.Value{}, false
			}
			v = v.Elem()
		}
		v = v.FieldByIndex(idx)
	}
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return reflect.Value{}, false
		}
		v = v.Elem()
	}
	if v.Type() == cwTimeType && v.Interface().(cwTime).IsZero() {
		return reflect.Value{}, false
	}
	return v, true
}

// scalar is a leaf value in a comparable form: string, float64, bool or time.Time.
func (a *accessor) scalar(row reflect.Value) (any, bool) {
	v, ok := a.value(row)
	if !ok {
		return nil, false
	}
	switch a.kind {
	case kindString:
		return v.String(), true
	case kindBool:
		return v.Bool(), true
	case kindTime:
		return v.Interface().(cwTime).Time, true
	case kindNumber:
		if v.CanInt() {
			return float64(v.Int()), true
		}
		return v.Float(), true
	}
	return nil, false
}

// compareScalars orders two non-null scalars of the same kind (strings case-insensitively,
// as ConnectWise's SQL collation does).
func compareScalars(x, y any) int {
	switch a := x.(type) {
	case string:
		return strings.Compare(strings.ToLower(a), strings.ToLower(y.(string)))
	case float64:
		b := y.(float64)
		switch {
		case a < b:
			return -1
		case a > b:
			return 1
		}
		return 0
	case bool:
		b := y.(bool)
		switch {
		case a == b:
			return 0
		case !a:
			return -1
		}
		return 1
	case time.Time:
		return a.Compare(y.(time.Time))
	}
	return 0
}
