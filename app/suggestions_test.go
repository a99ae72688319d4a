package app

import "testing"

// The demo catalog holds Sophos_Device_Encryption (Sophos' own identifier) for CDE-MSP:
// the page gets it as a suggestion with its reason, and the rows carry usage, price and unit.
func TestSuggestionsAndRowFiguresReachThePage(t *testing.T) {
	a := refreshedDemo(t)
	got, err := a.products.Suggestions()
	if err != nil {
		t.Fatal(err)
	}
	var cde *ProductSuggestion
	for i := range got {
		if got[i].ProductKey == "CDE-MSP" {
			cde = &got[i]
		}
	}
	if cde == nil || cde.ItemIdentifier != "Sophos_Device_Encryption" || len(cde.Reasons) == 0 || cde.Reasons[0].Rule == "" {
		t.Fatalf("CDE-MSP suggestion = %+v (all: %+v)", cde, got)
	}

	if err := a.products.Save([]ProductChange{{ProductKey: "CDE-MSP", Mapping: "existing", ItemID: cde.ItemID}}); err != nil {
		t.Fatal(err)
	}
	rows, _ := a.products.Products()
	used := 0
	for _, r := range rows {
		if r.UsageMonth != "" && r.UsageQuantity > 0 && r.UsageCustomers > 0 {
			used++
		}
		if r.ProductKey == "CDE-MSP" && (r.ItemUnit == "" || r.ItemPrice == 0) {
			t.Errorf("mapped row lacks the item's price or unit: %+v", r)
		}
	}
	if used == 0 {
		t.Error("no row carries last month's usage")
	}
	after, _ := a.products.Suggestions()
	for _, s := range after {
		if s.ProductKey == "CDE-MSP" {
			t.Error("a mapped product is still suggested")
		}
	}
}
