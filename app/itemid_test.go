package app

import (
	"errors"
	"testing"
)

// An item id that is not in the catalog (here one no record can have) is "not found",
// not an internal error.
func TestUpdateCatalogItemWithUnknownIDIsNotFound(t *testing.T) {
	a := newTestApp(t, true)
	for _, id := range []int64{-5, 0, 987654321} {
		_, err := a.products.UpdateCatalogItem(id, ProductDraft{Identifier: "X"})
		var e *Error
		if !errors.As(err, &e) || e.Code != CodeNotFound {
			t.Errorf("UpdateCatalogItem(%d): got %v, want code %s", id, err, CodeNotFound)
		}
	}
}
