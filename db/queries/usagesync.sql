-- name: StartSyncRun :one
INSERT INTO usage_sync_runs (month, trigger_kind, actor, started_at) VALUES (?, ?, ?, ?) RETURNING id;

-- name: MarkInterruptedRuns :exec
UPDATE usage_sync_runs SET result = 'interrupted' WHERE result = 'running' AND finished_at IS NULL;

-- name: FinishSyncRun :exec
UPDATE usage_sync_runs
SET finished_at = ?, result = ?, created = ?, updated = ?, zeroed = ?, adopted = ?, unchanged = ?,
    skipped = ?, conflicts = ?, failed = ?, errors = ?
WHERE id = ?;

-- name: GetSyncRun :one
SELECT * FROM usage_sync_runs WHERE id = ?;

-- name: ListSyncRuns :many
SELECT * FROM usage_sync_runs ORDER BY started_at DESC, id DESC LIMIT ?;

-- name: LastSyncRun :one
SELECT * FROM usage_sync_runs ORDER BY started_at DESC, id DESC LIMIT 1;

-- name: ListRunWrites :many
SELECT * FROM cw_write_log WHERE run_id = ? ORDER BY id;

-- name: LogSyncWrite :exec
INSERT INTO cw_write_log (at, actor, action, entity_id, label, before_json, after_json, run_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?);

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
