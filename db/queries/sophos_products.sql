-- name: CountSophosProducts :one
SELECT CAST(count(*) AS INTEGER)                                               AS total,
       CAST(coalesce(sum(cw_catalog_item_id IS NOT NULL), 0) AS INTEGER)       AS mapped,
       CAST(coalesce(sum(sync_enabled), 0) AS INTEGER)                         AS sync_on,
       CAST(coalesce(sum(is_new), 0) AS INTEGER)                               AS new_products
FROM sophos_products;

-- name: RecordSeenSophosProduct :exec
-- A product seen in usage data: new ones arrive unmapped, sync off and flagged new; for a
-- known one only the descriptive fields and the seen range move. A mapping is never touched.
INSERT INTO sophos_products (product_key, sku, description, product_group, first_seen_month, last_seen_month,
                             is_new, sync_enabled, updated_at)
VALUES (?, ?, ?, ?, ?, ?, 1, 0, ?)
ON CONFLICT (product_key) DO UPDATE SET
    sku              = excluded.sku,
    description      = excluded.description,
    product_group    = excluded.product_group,
    first_seen_month = min(sophos_products.first_seen_month, excluded.first_seen_month),
    last_seen_month  = max(sophos_products.last_seen_month, excluded.last_seen_month),
    updated_at       = excluded.updated_at
WHERE sophos_products.sku IS NOT excluded.sku
   OR sophos_products.description IS NOT excluded.description
   OR sophos_products.product_group IS NOT excluded.product_group
   OR excluded.first_seen_month < sophos_products.first_seen_month
   OR excluded.last_seen_month > sophos_products.last_seen_month;

-- name: ListSophosProducts :many
SELECT * FROM sophos_products ORDER BY description, product_key;

-- name: ListProductRows :many
-- The configure page: every Sophos product with its mapped ConnectWise item and its state.
SELECT product_key, sku, description, product_group, first_seen_month, last_seen_month, is_new,
       cw_catalog_item_id, sync_enabled,
       CAST(item_identifier AS TEXT)  AS item_identifier,
       CAST(item_description AS TEXT) AS item_description,
       CAST(stale_reason AS TEXT)     AS stale_reason
FROM product_mapping_status
ORDER BY description COLLATE NOCASE, product_key;

-- name: GetSophosProduct :one
SELECT * FROM sophos_products WHERE product_key = ?;

-- name: MapSophosProduct :execrows
-- Maps a product (remembering the item's names, so a later rename shows as stale) and
-- sets its sync switch; the schema refuses sync without a mapping.
UPDATE sophos_products
SET cw_catalog_item_id = sqlc.arg(item_id), mapped_identifier = sqlc.arg(identifier),
    mapped_description = sqlc.arg(description), sync_enabled = sqlc.arg(sync_enabled),
    is_new = 0, updated_at = sqlc.arg(now)
WHERE product_key = sqlc.arg(product_key);

-- name: UnmapSophosProduct :execrows
-- Removing a mapping always switches sync off.
UPDATE sophos_products
SET cw_catalog_item_id = NULL, mapped_identifier = '', mapped_description = '', sync_enabled = 0,
    is_new = 0, updated_at = sqlc.arg(now)
WHERE product_key = sqlc.arg(product_key);

-- name: SetSophosProductSync :execrows
UPDATE sophos_products SET sync_enabled = sqlc.arg(sync_enabled), is_new = 0, updated_at = sqlc.arg(now)
WHERE product_key = sqlc.arg(product_key);

-- name: MarkSophosProductSeen :execrows
UPDATE sophos_products SET is_new = 0, updated_at = sqlc.arg(now) WHERE product_key = sqlc.arg(product_key);
