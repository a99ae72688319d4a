-- name: GetPendingCreation :one
SELECT * FROM pending_catalog_creations WHERE product_key = ?;

-- name: GetPendingCreationByIdentifier :one
SELECT * FROM pending_catalog_creations WHERE identifier = ? COLLATE NOCASE LIMIT 1;

-- A product's earlier pending create is resolved (and removed) before a new one starts:
-- never overwritten, so no create is forgotten.
-- name: StartPendingCreation :exec
INSERT INTO pending_catalog_creations (product_key, identifier, started_at) VALUES (?, ?, ?);

-- name: RecordCreatedItem :exec
UPDATE pending_catalog_creations SET created_item_id = ? WHERE product_key = ?;

-- name: FinishPendingCreation :exec
DELETE FROM pending_catalog_creations WHERE product_key = ?;

-- name: LogConnectWiseWrite :exec
INSERT INTO cw_write_log (at, actor, action, entity_id, label, before_json, after_json, run_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?);

-- name: ListConnectWiseWrites :many
SELECT * FROM cw_write_log ORDER BY at DESC, id DESC LIMIT ?;
