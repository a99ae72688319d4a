package usagesync

import "psabridge/app/internal/usage"

// The Sophos usage aggregation is the planner's input. This file is the package's only
// link to where it lives, so moving it is a one-line change here.
type (
	// Aggregation is a month's usage summed per (tenant, product).
	Aggregation = usage.Aggregation
	// TenantProductTotal is one tenant's quantity of one product.
	TenantProductTotal = usage.TenantProductTotal
	// UnassignedTotal is a product's usage on lines without a tenant.
	UnassignedTotal = usage.UnassignedTotal
)

// roundQuantity rounds as the aggregation does (six decimals).
func roundQuantity(v float64) float64 { return usage.RoundQuantity(v) }
