-- name: GetUsageHistoryMonth :one
SELECT * FROM usage_history_months WHERE month = ?;

-- name: ListUsageHistoryMonths :many
SELECT month, fetched_at, line_count, complete, no_data FROM usage_history_months ORDER BY month;

-- name: LatestUsageHistoryMonth :one
-- The newest stored month Sophos had data for: the landing page's "this month".
SELECT month FROM usage_history_months WHERE no_data = 0 ORDER BY month DESC LIMIT 1;

-- name: DeleteUsageHistoryMonth :exec
-- Removes a month's record and (by cascade) all its rows, before they are written anew.
DELETE FROM usage_history_months WHERE month = ?;

-- name: InsertUsageHistoryMonth :exec
INSERT INTO usage_history_months (month, fetched_at, line_count, complete, no_data, unassigned_lines, unkeyed_lines)
VALUES (?, ?, ?, ?, ?, ?, ?);

-- name: InsertUsageHistoryRow :exec
INSERT INTO usage_history (month, tenant_id, product_key, tenant_name, product_code, sku, description, product_group,
                           billable_quantity, actual_quantity, lines)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: InsertUsageHistoryUnassigned :exec
INSERT INTO usage_history_unassigned (month, product_key, product_code, sku, description, product_group,
                                      billable_quantity, lines, serials, serial_count)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: ComputeUsageHistoryProductTotals :exec
-- Rounded to six decimals like sophos.Aggregate, so 0.1 + 0.2 shows as 0.3.
INSERT INTO usage_history_product_totals (month, product_key, description, billable_quantity, actual_quantity,
                                          tenants, unassigned_quantity)
SELECT sqlc.arg(month), product_key, max(description),
       round(sum(billable), 6), round(sum(actual), 6), sum(tenant), round(sum(unassigned), 6)
FROM (SELECT product_key, description, billable_quantity AS billable, actual_quantity AS actual,
             1 AS tenant, 0.0 AS unassigned
      FROM usage_history WHERE usage_history.month = sqlc.arg(month)
      UNION ALL
      SELECT product_key, description, 0.0, 0.0, 0, billable_quantity
      FROM usage_history_unassigned WHERE usage_history_unassigned.month = sqlc.arg(month))
GROUP BY product_key;

-- name: ListUsageHistoryRows :many
SELECT * FROM usage_history WHERE month = ? ORDER BY tenant_id, product_key;

-- name: ListUsageHistoryUnassigned :many
SELECT * FROM usage_history_unassigned WHERE month = ? ORDER BY product_key;

-- name: ListProductTotals :many
-- Monthly totals per product for the months from..to (inclusive).
SELECT month, product_key, description, billable_quantity, actual_quantity, tenants, unassigned_quantity
FROM usage_history_product_totals
WHERE month >= sqlc.arg(from_month) AND month <= sqlc.arg(to_month)
ORDER BY month, product_key;

-- name: ListTenantUsage :many
-- One customer's products with quantities per month (customer detail).
SELECT month, product_key, description, billable_quantity, actual_quantity
FROM usage_history
WHERE tenant_id = sqlc.arg(tenant_id) AND month >= sqlc.arg(from_month) AND month <= sqlc.arg(to_month)
ORDER BY month, product_key;

-- name: ListNewTenants :many
-- Tenants with usage in a month and none in the month before it.
SELECT tenant_id, CAST(max(tenant_name) AS TEXT) AS tenant_name, round(sum(billable_quantity), 6) AS billable_quantity,
       count(*) AS products
FROM usage_history c
WHERE c.month = sqlc.arg(month)
  AND NOT EXISTS (SELECT 1 FROM usage_history p WHERE p.tenant_id = c.tenant_id AND p.month = sqlc.arg(previous_month))
GROUP BY tenant_id
ORDER BY tenant_id;

-- name: ListNewProducts :many
-- Products billed (to a tenant or unassigned) in a month and not in the month before it.
SELECT product_key, description, billable_quantity, tenants, unassigned_quantity
FROM usage_history_product_totals c
WHERE c.month = sqlc.arg(month)
  AND c.product_key NOT IN (SELECT p.product_key FROM usage_history_product_totals p WHERE p.month = sqlc.arg(previous_month))
ORDER BY product_key;

-- name: DeleteUsageHistoryChanges :exec
DELETE FROM usage_history_changes WHERE month = ?;

-- name: ComputeUsageHistoryChanges :exec
-- The pairs of a month whose billable quantity differs from the month before: pairs of this
-- month (0 before when missing then), and pairs of the month before that are gone (0 now,
-- only when this month is stored with data). Rounded like sophos.Aggregate.
INSERT INTO usage_history_changes (month, tenant_id, product_key, tenant_name, description,
                                   previous_quantity, current_quantity, change)
SELECT month, tenant_id, product_key, tenant_name, description, previous_quantity, current_quantity, change
FROM (SELECT c.month AS month, c.tenant_id AS tenant_id, c.product_key AS product_key, c.tenant_name AS tenant_name,
             c.description AS description, coalesce(p.billable_quantity, 0.0) AS previous_quantity,
             c.billable_quantity AS current_quantity,
             round(c.billable_quantity - coalesce(p.billable_quantity, 0.0), 6) AS change
      FROM usage_history c
      LEFT JOIN usage_history p
             ON p.month = sqlc.arg(previous_month) AND p.tenant_id = c.tenant_id AND p.product_key = c.product_key
      WHERE c.month = sqlc.arg(month)
      UNION ALL
      SELECT sqlc.arg(month), g.tenant_id, g.product_key, g.tenant_name, g.description, g.billable_quantity, 0.0,
             round(-g.billable_quantity, 6)
      FROM usage_history g
      WHERE g.month = sqlc.arg(previous_month)
        AND EXISTS (SELECT 1 FROM usage_history_months m WHERE m.month = sqlc.arg(month) AND m.no_data = 0)
        AND NOT EXISTS (SELECT 1 FROM usage_history n
                        WHERE n.month = sqlc.arg(month) AND n.tenant_id = g.tenant_id AND n.product_key = g.product_key))
WHERE change <> 0;

-- name: ListQuantityIncreases :many
-- The (tenant, product) pairs whose billable quantity grew most since the month before.
SELECT tenant_id, product_key, tenant_name, description, current_quantity, previous_quantity, change
FROM usage_history_changes
WHERE month = ? AND change > 0
ORDER BY change DESC, tenant_id, product_key
LIMIT ?;

-- name: ListQuantityDecreases :many
-- The pairs whose billable quantity fell most (most negative change first).
SELECT tenant_id, product_key, tenant_name, description, current_quantity, previous_quantity, change
FROM usage_history_changes
WHERE month = ? AND change < 0
ORDER BY change ASC, tenant_id, product_key
LIMIT ?;

-- name: ListAllUsageHistory :many
-- Every stored row: only for the benchmark's naive baseline and for tests.
SELECT month, tenant_id, product_key, description, billable_quantity, actual_quantity
FROM usage_history ORDER BY month, tenant_id, product_key;

-- name: DeleteUsageHistoryBefore :execrows
-- Drops months that have left the window (their rows go by cascade).
DELETE FROM usage_history_months WHERE month < ?;
