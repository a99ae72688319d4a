package app

import "psabridge/app/internal/products"

// SuggestionReason is one rule that points at the item, with the value it matched:
// rule "identifierContains", "partNumberContains", "vendorSkuContains" or "sophosOwnIdentifier".
type SuggestionReason struct {
	Rule  string `json:"rule"`
	Value string `json:"value"`
}

// ProductSuggestion is the catalog item suggested for an unmapped Sophos product, with why.
// The page offers it for one-click confirmation; nothing is mapped until the user saves.
type ProductSuggestion struct {
	ProductKey      string             `json:"productKey"`
	ItemID          int64              `json:"itemId"`
	ItemIdentifier  string             `json:"itemIdentifier"`
	ItemDescription string             `json:"itemDescription"`
	Reasons         []SuggestionReason `json:"reasons"`
}

// Suggestions lists a suggested item for every unmapped product the rules point at one
// item for (products where several items match get none: the choice is the user's).
func (s *ProductsService) Suggestions() ([]ProductSuggestion, error) {
	ws, ctx := s.app.use()
	found, err := products.Suggest(ctx, ws.DB.Reader())
	if err != nil {
		return nil, err
	}
	out := []ProductSuggestion{}
	for _, f := range found {
		if f.Item == nil {
			continue
		}
		reasons := make([]SuggestionReason, len(f.Item.Reasons))
		for i, r := range f.Item.Reasons {
			reasons[i] = SuggestionReason{Rule: string(r.Rule), Value: r.Value}
		}
		out = append(out, ProductSuggestion{ProductKey: f.ProductKey, ItemID: f.Item.ItemID,
			ItemIdentifier: f.Item.Identifier, ItemDescription: f.Item.Description, Reasons: reasons})
	}
	return out, nil
}
