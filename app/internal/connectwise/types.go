package connectwise

import (
	"strings"
	"time"
)

// Reference is ConnectWise's reference object {id, name, _info}: how a record points at
// another (a catalog item's subcategory, an agreement's type). ID 0 means "none".
type Reference struct {
	ID   int               `json:"id"`
	Name string            `json:"name,omitempty"`
	Info map[string]string `json:"_info,omitempty"`
}

// CompanyReference is a reference to a company; it carries the identifier too.
type CompanyReference struct {
	ID         int               `json:"id"`
	Identifier string            `json:"identifier,omitempty"`
	Name       string            `json:"name,omitempty"`
	Info       map[string]string `json:"_info,omitempty"`
}

// ProductReference is the catalog item an agreement addition is for (IvItemReference).
type ProductReference struct {
	ID         int               `json:"id"`
	Identifier string            `json:"identifier,omitempty"`
	Info       map[string]string `json:"_info,omitempty"`
}

// idRef is how a reference is written: ConnectWise only needs the id (NOTES §2).
type idRef struct {
	ID int `json:"id"`
}

func refTo(id int) *idRef {
	if id == 0 {
		return nil
	}
	return &idRef{ID: id}
}

// parseTime reads a ConnectWise timestamp leniently: RFC 3339, or without a zone (taken
// as UTC, as cloud servers write), or a bare date. Anything else is the zero time: a
// malformed date never fails a whole page.
func parseTime(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}

// lenientTime decodes a JSON date into a time.Time without failing on odd input.
type lenientTime struct{ t *time.Time }

func (l lenientTime) UnmarshalJSON(b []byte) error {
	*l.t = parseTime(strings.Trim(string(b), `"`))
	return nil
}
