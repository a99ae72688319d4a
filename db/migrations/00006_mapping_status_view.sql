-- +goose Up
-- The one definition of a product's mapping state, read by the configure page and by the
-- stale-mapping check alike. A mapping is stale when its ConnectWise item was deleted
-- (judged only once the cache has been filled), made inactive, or renamed since mapping.
CREATE VIEW product_mapping_status AS
SELECT p.product_key, p.sku, p.description, p.product_group, p.first_seen_month, p.last_seen_month,
       p.is_new, p.cw_catalog_item_id, p.sync_enabled, p.mapped_identifier, p.mapped_description,
       i.id IS NOT NULL                                    AS item_cached,
       coalesce(i.identifier, p.mapped_identifier)         AS item_identifier,
       coalesce(i.description, p.mapped_description)       AS item_description,
       CASE
           WHEN p.cw_catalog_item_id IS NULL THEN ''
           WHEN i.id IS NULL THEN
               CASE WHEN (SELECT last_full_refresh FROM cw_catalog_state WHERE id = 1) > 0 THEN 'deleted' ELSE '' END
           WHEN i.inactive = 1 THEN 'inactive'
           WHEN i.identifier IS NOT p.mapped_identifier OR i.description IS NOT p.mapped_description THEN 'renamed'
           ELSE ''
       END                                                 AS stale_reason
FROM sophos_products p
LEFT JOIN cw_catalog_items i ON i.id = p.cw_catalog_item_id;

-- +goose Down
DROP VIEW product_mapping_status;
