package products

import (
	"context"
	"testing"
	"time"

	"psabridge/app/internal/usage"
	"psabridge/db/dbsqlc"
)

func TestSuggestByCodeSKUAndSophosIdentifiers(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	err := f.store.InTx(ctx, func(q *dbsqlc.Queries) error {
		for _, p := range []usage.Product{
			{Key: "CDE-MSP", SKU: "CDEZ1CSMG", Description: "Central Device Encryption - MSP Monthly", Group: "User", FirstSeen: "2026-01", LastSeen: "2026-11"},
			{Key: "MDR-E", SKU: "MDRE1CSAA", Description: "Sophos MDR Essentials - MSP Monthly", Group: "User", FirstSeen: "2026-01", LastSeen: "2026-11"},
			// Its code is one item's identifier, its name another item's Sophos_* identifier.
			{Key: "SOPH-XDR-USR", SKU: "", Description: "Sophos Central Phish Threat - MSP Monthly", Group: "User", FirstSeen: "2026-01", LastSeen: "2026-11"},
			{Key: "NOTHING-MSP", SKU: "ZZZZ9", Description: "Unknown thing - MSP Monthly", Group: "User", FirstSeen: "2026-01", LastSeen: "2026-11"},
		} {
			if err := Record(ctx, q, p, time.Now()); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.saver.Save(ctx, []Change{{ProductKey: "ITDR-MSP", Mapping: MapToExisting, ItemID: int64(f.sb.CatalogItemIDs()[3])}}); err != nil {
		t.Fatal(err)
	}
	got, err := Suggest(ctx, f.store.Reader())
	if err != nil {
		t.Fatal(err)
	}
	by := map[string]Suggestion{}
	for _, s := range got {
		by[s.ProductKey] = s
	}
	wantItem := func(key, identifier string, reason Reason) {
		t.Helper()
		s, ok := by[key]
		if !ok || s.Item == nil {
			t.Fatalf("%s: no suggestion (%+v)", key, s)
		}
		if s.Item.Identifier != identifier || len(s.Item.Reasons) == 0 || s.Item.Reasons[0] != reason {
			t.Fatalf("%s: suggested %+v, want %s because %+v", key, *s.Item, identifier, reason)
		}
	}
	wantItem("CDE-MSP", "Sophos_Device_Encryption", Reason{RuleSophosIdentifier, "Sophos_Device_Encryption"})
	wantItem("CIXA-MSP", "Sophos_Intercept_X_Advanced", Reason{RuleSophosIdentifier, "Sophos_Intercept_X_Advanced"})
	wantItem("SVRCIXAXDR", "Sophos_Intercept_X_Adv_Srv_XDR", Reason{RuleSophosIdentifier, "Sophos_Intercept_X_Adv_Srv_XDR"})
	wantItem("MDR-E", "SOPH-MDR-ESS-USR", Reason{RulePartNumberContains, "MDRE1CSAA"})
	if s := by["SOPH-XDR-USR"]; s.Item != nil || len(s.Ambiguous) != 2 {
		t.Fatalf("two candidates must be ambiguous, not a suggestion: %+v", s)
	}
	if _, ok := by["NOTHING-MSP"]; ok {
		t.Fatal("a product no rule matches got a suggestion")
	}
	if _, ok := by["ITDR-MSP"]; ok {
		t.Fatal("a mapped product got a suggestion")
	}
	if p := f.product(t, "CDE-MSP"); p.CWCatalogItemID != nil {
		t.Fatal("a suggestion was applied")
	}
}
