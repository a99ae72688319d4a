package connectwise

import (
	"fmt"

	"psabridge/app/internal/connectwise/cwsandbox"
	"strings"
	"testing"
)

// A 1.5 MB input (pasted by mistake, or hostile) is named in the error, not echoed whole.
func TestHugeInputsAreNotEchoedInErrors(t *testing.T) {
	huge := strings.Repeat("x", 1_500_000)
	valid := sandboxConfig("http://127.0.0.1:1")
	errs := map[string]error{}
	for name, edit := range map[string]func(*Config){
		"Site":       func(c *Config) { c.Site = "%zz" + huge },
		"Scheme":     func(c *Config) { c.Site = "ftp" + huge + "://host" },
		"APIVersion": func(c *Config) { c.APIVersion = huge },
		"Codebase":   func(c *Config) { c.Codebase = huge },
	} {
		cfg := valid
		edit(&cfg)
		_, errs[name] = New(cfg)
	}
	c, err := New(valid)
	if err != nil {
		t.Fatal(err)
	}
	_, errs["patch path"] = c.PatchCatalogItem(ctxT(t), 1, []PatchOp{Replace(huge, 1)})
	_, errs["patch op"] = c.PatchCatalogItem(ctxT(t), 1, []PatchOp{{Op: huge, Path: "price", Value: 1}})
	_, errs["condition field"] = c.ListCatalog(ctxT(t), CatalogQuery{Conditions: Eq(huge+" ", 1)})
	for name, err := range errs {
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		if n := len(err.Error()); n > 1000 {
			t.Errorf("%s: a %d-byte error message", name, n)
		}
	}
}

// A server that echoes a huge rejected value in its field errors is shortened too.
func TestHugeFieldErrorIsShortened(t *testing.T) {
	t.Parallel()
	f := newFixture(t, cwsandbox.Options{})
	huge := strings.Repeat("y", 60_000) // under the 64 KB read of an error body
	f.sb.Faults().Set(cwsandbox.Fault{Method: "POST", Path: "/procurement/catalog", Kind: cwsandbox.StatusCode, Status: 400,
		Body: `{"code":"InvalidObject","message":"invalid","errors":[{"code":"InvalidField","field":"identifier","message":"` + huge + `"}]}`})
	_, err := f.c.CreateCatalogItem(ctxT(t), newProduct("ECHO"))
	if err == nil || len(err.Error()) > 2000 || !IsValidation(err) {
		t.Fatalf("a %d-byte error (%v)", len(fmt.Sprint(err)), IsValidation(err))
	}
}
