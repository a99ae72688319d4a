-- name: SumUsageHistoryPerTenant :many
-- Each tenant's usage per month of the months from..to (inclusive), of the given products
-- only: the landing page classifies these sums instead of every (tenant, product) row.
SELECT month, tenant_id,
       CAST(SUM(billable_quantity) AS REAL) AS billable_quantity,
       CAST(SUM(actual_quantity) AS REAL)   AS actual_quantity
FROM usage_history
WHERE month >= sqlc.arg(from_month) AND month <= sqlc.arg(to_month)
  AND product_key IN (sqlc.slice(product_keys))
GROUP BY month, tenant_id
ORDER BY month, tenant_id;

-- name: ListAgreementWrites :many
-- The history of writes to one agreement's additions (customer detail), newest first.
SELECT id, at, actor, action, entity_id, label, before_json, after_json, run_id
FROM cw_write_log
WHERE action IN ('create_addition', 'update_addition')
  -- the agreement id as text: the JSON holds a number, and sqlc binds the argument as text
  AND (CAST(json_extract(after_json, '$.agreementId') AS TEXT) = sqlc.arg(agreement_id)
       OR CAST(json_extract(before_json, '$.agreementId') AS TEXT) = sqlc.arg(agreement_id))
ORDER BY at DESC, id DESC
LIMIT sqlc.arg(max_rows);
