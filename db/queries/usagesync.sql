-- name: StartSyncRun :one
INSERT INTO usage_sync_runs (month, trigger_kind, actor, started_at) VALUES (?, ?, ?, ?) RETURNING id;

-- name: MarkInterruptedRuns :exec
UPDATE usage_sync_runs SET result = 'interrupted' WHERE result = 'running' AND finished_at IS NULL;

-- name: FinishSyncRun :exec
UPDATE usage_sync_runs
SET finished_at = ?, result = ?, created = ?, updated = ?, zeroed = ?, adopted = ?, unchanged = ?,
    skipped = ?, conflicts = ?, failed = ?, errors = ?
WHERE id = ?;

-- name: ListSyncRuns :many
SELECT * FROM usage_sync_runs ORDER BY started_at DESC, id DESC LIMIT ?;

-- name: LastSyncRun :one
SELECT * FROM usage_sync_runs ORDER BY started_at DESC, id DESC LIMIT 1;

-- name: ListRunWrites :many
SELECT * FROM cw_write_log WHERE run_id = ? ORDER BY id;

-- name: ListManagedAdditions :many
SELECT * FROM managed_additions ORDER BY agreement_id, catalog_item_id;

-- name: UpsertManagedAddition :exec
INSERT INTO managed_additions (agreement_id, catalog_item_id, addition_id, how, updated_at) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (agreement_id, catalog_item_id) DO UPDATE SET addition_id = excluded.addition_id, how = excluded.how,
    updated_at = excluded.updated_at;

-- name: ForgetManagedAddition :exec
DELETE FROM managed_additions WHERE agreement_id = ? AND catalog_item_id = ?;

-- name: StartAdditionIntent :one
INSERT INTO addition_intents (run_id, agreement_id, catalog_item_id, quantity, known_addition_ids, started_at)
VALUES (?, ?, ?, ?, ?, ?) RETURNING id;

-- name: ResolveAdditionIntent :exec
UPDATE addition_intents SET outcome = ?, addition_id = ?, resolved_at = ? WHERE id = ? AND outcome IS NULL;

-- name: ListOpenAdditionIntents :many
SELECT * FROM addition_intents WHERE outcome IS NULL ORDER BY id;

-- name: ListWriteHistory :many
-- The write history page: newest first. run scope: 'all', 'runs' (writes of sync runs),
-- 'other' (product creates and edits); run_id 0 means any run. Empty text and 0 dates
-- do not filter; customer and product match within the label ("customer: product").
SELECT * FROM cw_write_log
WHERE (CAST(sqlc.arg(scope) AS TEXT) = 'all'
       OR (sqlc.arg(scope) = 'runs' AND run_id IS NOT NULL)
       OR (sqlc.arg(scope) = 'other' AND run_id IS NULL))
  AND (CAST(sqlc.arg(run_id) AS INTEGER) = 0 OR run_id = sqlc.arg(run_id))
  AND (CAST(sqlc.arg(action) AS TEXT) = '' OR action = sqlc.arg(action))
  AND (CAST(sqlc.arg(customer) AS TEXT) = '' OR instr(lower(label), lower(sqlc.arg(customer))) > 0)
  AND (CAST(sqlc.arg(product) AS TEXT) = '' OR instr(lower(label), lower(sqlc.arg(product))) > 0)
  AND (CAST(sqlc.arg(from_ms) AS INTEGER) = 0 OR at >= sqlc.arg(from_ms))
  AND (CAST(sqlc.arg(to_ms) AS INTEGER) = 0 OR at < sqlc.arg(to_ms))
ORDER BY at DESC, id DESC
LIMIT sqlc.arg(lim);

-- name: ReplaceAdditionCheck :exec
-- Stamps a month's record; ClearSeveralAdditions then empties it for the plan's pairs.
INSERT INTO addition_checks (month, checked_at) VALUES (?, ?)
ON CONFLICT (month) DO UPDATE SET checked_at = excluded.checked_at;

-- name: ClearSeveralAdditions :exec
DELETE FROM several_additions WHERE month = ?;

-- name: AddSeveralAdditions :exec
INSERT INTO several_additions (month, agreement_id, catalog_item_id, tenant_ids, tenant_name, product_key,
    product_description, agreement_name, candidates)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: ResolveSeveralAdditions :exec
-- The user chose the managed addition: the pair is no longer ambiguous in any month.
DELETE FROM several_additions WHERE agreement_id = ? AND catalog_item_id = ?;

-- name: ListLatestSeveralAdditions :many
-- The pairs of the most recently planned month: the newest look at ConnectWise.
SELECT s.* FROM several_additions s
WHERE s.month = (SELECT month FROM addition_checks ORDER BY checked_at DESC, month DESC LIMIT 1)
ORDER BY s.tenant_name, s.product_description, s.agreement_id, s.catalog_item_id;
