-- name: UpsertCatalogItem :exec
-- Writes an item unless the cached copy is identical, so an unchanged row costs no write.
INSERT INTO cw_catalog_items (
    id, identifier, description, customer_description, inactive,
    category_id, category_name, subcategory_id, subcategory_name, type_id, type_name,
    product_class, uom_id, uom_name, price, cost, taxable,
    manufacturer_id, manufacturer_name, manufacturer_part_number, vendor_sku, vendor_name,
    notes, billable_option, recurring, last_updated, identifier_key, search_text
) VALUES (
    ?, ?, ?, ?, ?,
    ?, ?, ?, ?, ?, ?,
    ?, ?, ?, ?, ?, ?,
    ?, ?, ?, ?, ?,
    ?, ?, ?, ?, ?, ?
)
ON CONFLICT (id) DO UPDATE SET
    identifier = excluded.identifier, description = excluded.description,
    customer_description = excluded.customer_description, inactive = excluded.inactive,
    category_id = excluded.category_id, category_name = excluded.category_name,
    subcategory_id = excluded.subcategory_id, subcategory_name = excluded.subcategory_name,
    type_id = excluded.type_id, type_name = excluded.type_name, product_class = excluded.product_class,
    uom_id = excluded.uom_id, uom_name = excluded.uom_name, price = excluded.price, cost = excluded.cost,
    taxable = excluded.taxable, manufacturer_id = excluded.manufacturer_id,
    manufacturer_name = excluded.manufacturer_name, manufacturer_part_number = excluded.manufacturer_part_number,
    vendor_sku = excluded.vendor_sku, vendor_name = excluded.vendor_name, notes = excluded.notes,
    billable_option = excluded.billable_option, recurring = excluded.recurring,
    last_updated = excluded.last_updated, identifier_key = excluded.identifier_key,
    search_text = excluded.search_text
-- lastUpdated alone cannot tell: ConnectWise stores it to the second.
WHERE (
        cw_catalog_items.identifier,
        cw_catalog_items.description,
        cw_catalog_items.customer_description,
        cw_catalog_items.inactive,
        cw_catalog_items.category_id,
        cw_catalog_items.category_name,
        cw_catalog_items.subcategory_id,
        cw_catalog_items.subcategory_name,
        cw_catalog_items.type_id,
        cw_catalog_items.type_name,
        cw_catalog_items.product_class,
        cw_catalog_items.uom_id,
        cw_catalog_items.uom_name,
        cw_catalog_items.price,
        cw_catalog_items.cost,
        cw_catalog_items.taxable,
        cw_catalog_items.manufacturer_id,
        cw_catalog_items.manufacturer_name,
        cw_catalog_items.manufacturer_part_number,
        cw_catalog_items.vendor_sku,
        cw_catalog_items.vendor_name,
        cw_catalog_items.notes,
        cw_catalog_items.billable_option,
        cw_catalog_items.recurring,
        cw_catalog_items.last_updated,
        cw_catalog_items.search_text
    ) IS NOT (
        excluded.identifier,
        excluded.description,
        excluded.customer_description,
        excluded.inactive,
        excluded.category_id,
        excluded.category_name,
        excluded.subcategory_id,
        excluded.subcategory_name,
        excluded.type_id,
        excluded.type_name,
        excluded.product_class,
        excluded.uom_id,
        excluded.uom_name,
        excluded.price,
        excluded.cost,
        excluded.taxable,
        excluded.manufacturer_id,
        excluded.manufacturer_name,
        excluded.manufacturer_part_number,
        excluded.vendor_sku,
        excluded.vendor_name,
        excluded.notes,
        excluded.billable_option,
        excluded.recurring,
        excluded.last_updated,
        excluded.search_text
    );

-- name: DeleteCatalogItem :execrows
DELETE FROM cw_catalog_items WHERE id = ?;

-- name: GetCatalogItem :one
SELECT * FROM cw_catalog_items WHERE id = ?;

-- name: CountCatalogItems :one
SELECT count(*) FROM cw_catalog_items;

-- name: ListCatalogItemIDs :many
SELECT id FROM cw_catalog_items ORDER BY id;

-- name: SearchCatalogByIdentifierPrefix :many
-- The typeahead's first tier: identifiers starting with the (folded) query, via the index.
-- Only the columns the typeahead shows: every column read costs on each keystroke.
SELECT id, identifier, description, inactive, manufacturer_part_number, vendor_sku, price, uom_name
FROM cw_catalog_items
WHERE identifier_key >= sqlc.arg(prefix) AND identifier_key < sqlc.arg(prefix_end)
  AND (CAST(sqlc.arg(include_inactive) AS INTEGER) = 1 OR inactive = 0)
ORDER BY identifier_key
LIMIT sqlc.arg(lim);

-- name: SearchCatalogByWords :many
-- The second tier: every word as a prefix anywhere in identifier, description,
-- manufacturer part number or vendor SKU (search_text). Unranked on purpose: rowid order with a LIMIT
-- stops after the first matches instead of scoring every match on each keystroke.
SELECT i.id, i.identifier, i.description, i.inactive, i.manufacturer_part_number, i.vendor_sku, i.price, i.uom_name
FROM cw_catalog_fts f JOIN cw_catalog_items i ON i.id = f.rowid
WHERE f.doc MATCH sqlc.arg(match)
  AND (CAST(sqlc.arg(include_inactive) AS INTEGER) = 1 OR i.inactive = 0)
LIMIT sqlc.arg(lim);

-- name: GetCatalogState :one
SELECT * FROM cw_catalog_state WHERE id = 1;

-- name: UpdateCatalogStateAfterFull :exec
UPDATE cw_catalog_state
SET last_full_refresh = sqlc.arg(now), last_refresh = sqlc.arg(now),
    high_water_updated = (SELECT coalesce(max(last_updated), 0) FROM cw_catalog_items),
    item_count = (SELECT count(*) FROM cw_catalog_items)
WHERE id = 1;

-- name: UpdateCatalogStateAfterIncremental :exec
UPDATE cw_catalog_state
SET last_refresh = sqlc.arg(now),
    high_water_updated = max(high_water_updated, (SELECT coalesce(max(last_updated), 0) FROM cw_catalog_items)),
    item_count = (SELECT count(*) FROM cw_catalog_items)
WHERE id = 1;

-- name: ListStaleMappings :many
-- Mapped Sophos products whose ConnectWise item was deleted, made inactive or renamed since
-- it was mapped (see the view product_mapping_status).
SELECT product_key, cw_catalog_item_id, mapped_identifier, mapped_description,
       CAST(stale_reason AS TEXT)     AS reason,
       CAST(CASE WHEN item_cached THEN item_identifier ELSE '' END AS TEXT)  AS current_identifier,
       CAST(CASE WHEN item_cached THEN item_description ELSE '' END AS TEXT) AS current_description
FROM product_mapping_status
WHERE stale_reason != ''
ORDER BY product_key;

-- name: GetCatalogItemByIdentifierKey :one
-- An item whose identifier equals the given one, ignoring case and accents (index lookup).
SELECT id, identifier, description, inactive FROM cw_catalog_items WHERE identifier_key = ? LIMIT 1;
