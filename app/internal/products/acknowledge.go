package products

import (
	"context"
	"fmt"
	"time"

	"psabridge/db"
	"psabridge/db/dbsqlc"
)

// AcknowledgeRename keeps a mapping whose ConnectWise item was renamed since it was
// mapped: the mapping remembers the item's current (cached) identifier and description,
// so it is no longer flagged "renamed". Nothing is sent to ConnectWise.
func AcknowledgeRename(ctx context.Context, store *db.DB, productKey string, now time.Time) error {
	return store.InTx(ctx, func(q *dbsqlc.Queries) error {
		n, err := q.AcknowledgeRename(ctx, dbsqlc.AcknowledgeRenameParams{ProductKey: productKey, Now: now.UnixMilli()})
		if err != nil {
			return fmt.Errorf("acknowledge the rename for Sophos product %s: %w", productKey, err)
		}
		if n == 0 {
			return fmt.Errorf("Sophos product %s is not mapped to a product in the local catalog: no rename to acknowledge", productKey)
		}
		return nil
	})
}
