package cwsandbox

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf16"
)

func TestGeneratedCatalogIsDeterministicAndValid(t *testing.T) {
	small, big := GenerateCatalog(500), GenerateCatalog(20000)
	again, _ := json.Marshal(GenerateCatalog(500).items)
	first, _ := json.Marshal(small.items)
	prefix, _ := json.Marshal(big.items[:500])
	if string(first) != string(again) || string(first) != string(prefix) {
		t.Fatal("GenerateCatalog must be deterministic, and a smaller catalog a prefix of a bigger one")
	}

	s := New(Options{Catalog: big})
	seen := map[string]bool{}
	inactive, sophos := 0, 0
	for _, it := range big.items {
		key := strings.ToLower(it.Identifier)
		if seen[key] {
			t.Fatalf("duplicate identifier %s", it.Identifier)
		}
		seen[key] = true
		if it.InactiveFlag {
			inactive++
		}
		if strings.HasPrefix(it.Identifier, "Sophos_") {
			sophos++
		}
		copyOf := *it
		if errs := s.normalizeCatalogItem(&copyOf); len(errs) > 0 {
			t.Fatalf("generated item %s fails validation: %+v", it.Identifier, errs)
		}
		if len(utf16.Encode([]rune(it.Description))) > 60 || it.Category == nil || it.Info.LastUpdated.After(demoEpoch) {
			t.Fatalf("generated item %+v", it)
		}
	}
	if inactive < len(big.items)/50 || sophos < 10 {
		t.Fatalf("%d inactive and %d Sophos_ items; the demo needs both", inactive, sophos)
	}
}

func TestDemoTenant(t *testing.T) {
	s := New(Options{})
	if s.CatalogLen() != DemoCatalogSize {
		t.Fatalf("%d catalog items", s.CatalogLen())
	}
	statuses := map[string]int{}
	duplicateProduct := false
	for _, a := range s.t.agreements.rows {
		statuses[a.AgreementStatus]++
		products := map[int]int{}
		for _, ad := range s.t.additions.rows {
			if ad.AgreementID == a.ID && ad.CancelledDate.IsZero() {
				products[ad.Product.ID]++
				if products[ad.Product.ID] > 1 {
					duplicateProduct = true
				}
			}
		}
	}
	if statuses["Active"] == 0 || statuses["Cancelled"] == 0 || statuses["Expired"] == 0 || !duplicateProduct {
		t.Fatalf("agreements by status %v, duplicate product line %v", statuses, duplicateProduct)
	}
	if len(s.AgreementIDs(19300)) == 0 {
		t.Fatal("Acme has no agreements")
	}
}
