-- name: LastSyncRunByTrigger :one
-- The newest run started by one trigger ('scheduled' for the landing page).
SELECT * FROM usage_sync_runs WHERE trigger_kind = ? ORDER BY started_at DESC, id DESC LIMIT 1;

-- name: ListDeviceProducts :many
-- The Sophos firewall (product group Device) products: the sync settings dialog warns about them.
SELECT product_key, description, product_group FROM sophos_products
WHERE product_group = 'Device' COLLATE NOCASE ORDER BY description COLLATE NOCASE, product_key;
