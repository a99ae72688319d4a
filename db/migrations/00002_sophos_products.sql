-- +goose Up
-- One row per Sophos product seen in usage data, keyed by productCode (sku when a line has
-- no code). The mapping to a ConnectWise catalog item and the sync switch live on the row,
-- so "sync only on a mapped product" is one CHECK rather than a rule every caller must keep.
CREATE TABLE sophos_products (
    product_key        TEXT    PRIMARY KEY CHECK (length(product_key) BETWEEN 1 AND 100),
    sku                TEXT    NOT NULL DEFAULT '',
    description        TEXT    NOT NULL DEFAULT '',
    product_group      TEXT    NOT NULL DEFAULT '',
    first_seen_month   TEXT    NOT NULL CHECK (first_seen_month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
    last_seen_month    TEXT    NOT NULL CHECK (last_seen_month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
    is_new             INTEGER NOT NULL DEFAULT 1 CHECK (is_new IN (0, 1)),
    cw_catalog_item_id INTEGER CHECK (cw_catalog_item_id > 0),
    sync_enabled       INTEGER NOT NULL DEFAULT 0 CHECK (sync_enabled IN (0, 1)),
    updated_at         INTEGER NOT NULL,
    CONSTRAINT sync_needs_mapping CHECK (sync_enabled = 0 OR cw_catalog_item_id IS NOT NULL)
) STRICT;

-- +goose Down
DROP TABLE sophos_products;
