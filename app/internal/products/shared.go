package products

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"psabridge/db/dbsqlc"
)

// SharedItem is a ConnectWise catalog item that two or more Sophos products with sync on
// are mapped to: allowed, but each product would bill it, so Save asks first.
type SharedItem struct {
	ItemID      int64
	Identifier  string
	ProductKeys []string
}

// SharedItems lists the catalog items mapped to more than one syncing Sophos product, as
// saved. The configure page checks its staged changes the same way before Save.
func SharedItems(ctx context.Context, q *dbsqlc.Queries) ([]SharedItem, error) {
	rows, err := q.ListItemsMappedMoreThanOnce(ctx)
	if err != nil {
		return nil, fmt.Errorf("read products mapped to the same catalog item: %w", err)
	}
	out := make([]SharedItem, len(rows))
	for i, r := range rows {
		keys := strings.Split(r.ProductKeys, "\n")
		slices.Sort(keys) // group_concat's order is unspecified
		out[i] = SharedItem{ItemID: r.ItemID, Identifier: r.Identifier, ProductKeys: keys}
	}
	return out, nil
}
