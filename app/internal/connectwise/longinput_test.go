package connectwise

import (
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
