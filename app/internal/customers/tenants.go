package customers

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"psabridge/app/internal/sophos"
	"psabridge/db"
	"psabridge/db/dbsqlc"
)

// TenantLister is what the tenant cache reads; *sophos.Client has it.
type TenantLister interface {
	Tenants(ctx context.Context) ([]sophos.Tenant, error)
}

// TenantResult says what a tenant refresh changed.
type TenantResult struct {
	Seen int // tenants Sophos returned
	New  int // seen for the first time: unmapped, sync off, marked new
	Gone int // no longer returned: marked gone (kept with their mapping)
}

// RefreshTenants caches the partner's tenants, keyed by id: new ones arrive unmapped with
// sync off and marked new; known ones keep their mapping; a tenant Sophos no longer returns
// is marked gone, never deleted. All in one transaction.
func RefreshTenants(ctx context.Context, d *db.DB, src TenantLister, now time.Time) (TenantResult, error) {
	tenants, err := src.Tenants(ctx)
	if err != nil {
		return TenantResult{}, fmt.Errorf("read Sophos tenants: %w", err)
	}
	at := now.UnixMilli()
	res := TenantResult{Seen: len(tenants)}
	err = d.InTx(ctx, func(q *dbsqlc.Queries) error {
		for _, t := range tenants {
			id := strings.TrimSpace(t.ID)
			if id == "" {
				return fmt.Errorf("Sophos sent tenant %q without an id", t.Name)
			}
			if _, err := q.GetTenant(ctx, id); err != nil {
				if !errors.Is(err, sql.ErrNoRows) {
					return err
				}
				res.New++
			}
			err := q.UpsertTenant(ctx, dbsqlc.UpsertTenantParams{
				ID: id, Name: t.Name, ShowAs: t.ShowAs, BillingType: t.BillingType, DataRegion: t.DataRegion,
				DataGeography: t.DataGeography, ApiHost: t.APIHost, Status: t.Status, Now: at,
			})
			if err != nil {
				return fmt.Errorf("cache tenant %s (%s): %w", id, t.Name, err)
			}
		}
		gone, err := q.MarkUnseenTenantsGone(ctx, at)
		res.Gone = int(gone)
		return err
	})
	if err != nil {
		return TenantResult{}, fmt.Errorf("refresh the tenant cache: %w", err)
	}
	return res, nil
}
