-- name: CountSophosProducts :one
SELECT CAST(count(*) AS INTEGER)                                               AS total,
       CAST(coalesce(sum(cw_catalog_item_id IS NOT NULL), 0) AS INTEGER)       AS mapped,
       CAST(coalesce(sum(sync_enabled), 0) AS INTEGER)                         AS sync_on,
       CAST(coalesce(sum(is_new), 0) AS INTEGER)                               AS new_products
FROM sophos_products;
