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
-- The configure page: every Sophos product with its mapped ConnectWise item (names, price
-- and unit), its state and last month's usage.
SELECT s.product_key, s.sku, s.description, s.product_group, s.first_seen_month, s.last_seen_month, s.is_new,
       s.cw_catalog_item_id, s.sync_enabled,
       CAST(s.item_identifier AS TEXT)  AS item_identifier,
       CAST(s.item_description AS TEXT) AS item_description,
       CAST(s.stale_reason AS TEXT)   AS stale_reason,
       p.usage_month, p.usage_quantity, p.usage_customers,
       CAST(coalesce(i.price, 0) AS REAL)      AS item_price,
       CAST(coalesce(i.uom_name, '') AS TEXT)  AS item_unit
FROM product_mapping_status s
JOIN sophos_products p ON p.product_key = s.product_key
LEFT JOIN cw_catalog_items i ON i.id = s.cw_catalog_item_id
ORDER BY s.description COLLATE NOCASE, s.product_key;

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

-- name: RefreshMappingSnapshots :execrows
-- An edit made through PSA Bridge: every mapping to the item takes its new names, so the
-- user's own edit is not flagged "renamed".
UPDATE sophos_products
SET mapped_identifier = sqlc.arg(identifier), mapped_description = sqlc.arg(description), updated_at = sqlc.arg(now)
WHERE cw_catalog_item_id = sqlc.arg(item_id)
  AND (mapped_identifier IS NOT sqlc.arg(identifier) OR mapped_description IS NOT sqlc.arg(description));

-- name: AcknowledgeRename :execrows
-- The user has seen a rename made in ConnectWise and keeps the mapping: the snapshot takes
-- the cached item's current names. Nothing changes for an unmapped or uncached product.
UPDATE sophos_products
SET mapped_identifier  = (SELECT i.identifier FROM cw_catalog_items i WHERE i.id = sophos_products.cw_catalog_item_id),
    mapped_description = (SELECT i.description FROM cw_catalog_items i WHERE i.id = sophos_products.cw_catalog_item_id),
    updated_at = sqlc.arg(now)
WHERE product_key = sqlc.arg(product_key)
  AND EXISTS (SELECT 1 FROM cw_catalog_items i WHERE i.id = sophos_products.cw_catalog_item_id);

-- name: ListMappingsOfItems :many
-- Which Sophos products each catalog item is mapped to ("bereits zugeordnet: ..." in the
-- typeahead). sqlc.slice expands to the result ids.
SELECT CAST(cw_catalog_item_id AS INTEGER) AS item_id, product_key, description, sync_enabled
FROM sophos_products
WHERE cw_catalog_item_id IN (sqlc.slice(item_ids))
ORDER BY cw_catalog_item_id, description COLLATE NOCASE, product_key;

-- name: ListItemsMappedMoreThanOnce :many
-- Catalog items that two or more Sophos products with sync on are mapped to: allowed, but
-- each would bill the same ConnectWise product, so Save warns first.
SELECT CAST(p.cw_catalog_item_id AS INTEGER) AS item_id,
       CAST(coalesce(i.identifier, max(p.mapped_identifier)) AS TEXT) AS identifier,
       CAST(group_concat(p.product_key, char(10)) AS TEXT)            AS product_keys
FROM sophos_products p LEFT JOIN cw_catalog_items i ON i.id = p.cw_catalog_item_id
WHERE p.sync_enabled = 1
GROUP BY p.cw_catalog_item_id
HAVING count(*) >= 2
ORDER BY identifier;

-- name: SetSophosProductUsage :exec
-- Last month's usage of a product (quantity billed, customers using it).
UPDATE sophos_products
SET usage_month = sqlc.arg(month), usage_quantity = sqlc.arg(quantity), usage_customers = sqlc.arg(customers)
WHERE product_key = sqlc.arg(product_key)
  AND (usage_month, usage_quantity, usage_customers) IS NOT (sqlc.arg(month), sqlc.arg(quantity), sqlc.arg(customers));
