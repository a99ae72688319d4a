package connectwise

import (
	"strings"
	"testing"

	"psabridge/app/internal/connectwise/cwsandbox"
)

// An id ConnectWise can never have (≤ 0) is "not found", decided before any request.
func TestNonPositiveIDsAreNotFound(t *testing.T) {
	t.Parallel()
	f := newFixture(t, cwsandbox.Options{})
	ctx := ctxT(t)
	calls := map[string]func() error{
		"GetCatalogItem(-5)": func() error { _, err := f.c.GetCatalogItem(ctx, -5); return err },
		"PatchCatalogItem(-5)": func() error {
			_, err := f.c.PatchCatalogItem(ctx, -5, []PatchOp{Replace("price", 1)})
			return err
		},
		"GetAgreement(0)":      func() error { _, err := f.c.GetAgreement(ctx, 0); return err },
		"Additions(-1)":        func() error { _, err := f.c.Additions(ctx, -1); return err },
		"GetAddition(1, -2)":   func() error { _, err := f.c.GetAddition(ctx, 1, -2); return err },
		"PatchAddition(-1, 2)": func() error { _, err := f.c.PatchAdditionQuantity(ctx, -1, 2, 3); return err },
		"CreateAddition(-1)": func() error {
			_, err := f.c.CreateAddition(ctx, -1, NewAddition{ProductID: 5, Quantity: 1})
			return err
		},
		"GetCompany(-7)": func() error { _, err := f.c.GetCompany(ctx, -7); return err },
	}
	for name, call := range calls {
		err := call()
		if !IsNotFound(err) || !strings.Contains(err.Error(), "-") && !strings.Contains(err.Error(), " 0") {
			t.Errorf("%s: got %v, want not found naming the id", name, err)
		}
	}
	if n := len(f.sb.Requests()); n != 0 {
		t.Fatalf("%d requests sent for ids that cannot exist", n)
	}
}
