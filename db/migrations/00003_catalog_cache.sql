-- +goose Up
-- Local copy of the ConnectWise catalog: it makes the product typeahead instant and lets
-- a technician review mappings offline. References are flattened to id + name because
-- the UI shows names and ConnectWise writes need ids only.
CREATE TABLE cw_catalog_items (
    id                       INTEGER PRIMARY KEY CHECK (id > 0), -- ConnectWise catalog item id
    identifier               TEXT    NOT NULL CHECK (length(identifier) BETWEEN 1 AND 75),
    description              TEXT    NOT NULL DEFAULT '',
    customer_description     TEXT    NOT NULL DEFAULT '',
    inactive                 INTEGER NOT NULL DEFAULT 0 CHECK (inactive IN (0, 1)),
    category_id              INTEGER,
    category_name            TEXT    NOT NULL DEFAULT '',
    subcategory_id           INTEGER,
    subcategory_name         TEXT    NOT NULL DEFAULT '',
    type_id                  INTEGER,
    type_name                TEXT    NOT NULL DEFAULT '',
    product_class            TEXT    NOT NULL DEFAULT '',
    uom_id                   INTEGER,
    uom_name                 TEXT    NOT NULL DEFAULT '',
    price                    REAL    NOT NULL DEFAULT 0,
    cost                     REAL    NOT NULL DEFAULT 0,
    taxable                  INTEGER NOT NULL DEFAULT 0 CHECK (taxable IN (0, 1)),
    manufacturer_id          INTEGER,
    manufacturer_name        TEXT    NOT NULL DEFAULT '',
    manufacturer_part_number TEXT    NOT NULL DEFAULT '',
    vendor_sku               TEXT    NOT NULL DEFAULT '',
    vendor_name              TEXT    NOT NULL DEFAULT '',
    notes                    TEXT    NOT NULL DEFAULT '',
    billable_option          TEXT    NOT NULL DEFAULT '',
    recurring                INTEGER NOT NULL DEFAULT 0 CHECK (recurring IN (0, 1)),
    last_updated             INTEGER NOT NULL, -- ConnectWise _info.lastUpdated, unix ms UTC
    -- identifier folded to lower case without accents: the typeahead's prefix match uses
    -- this index instead of scanning.
    identifier_key           TEXT    NOT NULL
) STRICT;

CREATE INDEX cw_catalog_items_identifier_key ON cw_catalog_items (identifier_key);

-- Full-text index over identifier, description, manufacturer part number and vendor SKU.
-- unicode61 with remove_diacritics folds case and accents; prefix indexes keep two- and
-- three-letter prefixes fast. Kept in step with the table by the triggers below.
CREATE VIRTUAL TABLE cw_catalog_fts USING fts5(
    doc,
    tokenize = "unicode61 remove_diacritics 2",
    prefix = '2 3 4'
);

-- +goose StatementBegin
CREATE TRIGGER cw_catalog_items_fts_insert AFTER INSERT ON cw_catalog_items BEGIN
    INSERT INTO cw_catalog_fts (rowid, doc)
    VALUES (new.id, new.identifier || ' ' || new.description || ' ' || new.manufacturer_part_number || ' ' || new.vendor_sku);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER cw_catalog_items_fts_delete AFTER DELETE ON cw_catalog_items BEGIN
    DELETE FROM cw_catalog_fts WHERE rowid = old.id;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER cw_catalog_items_fts_update AFTER UPDATE ON cw_catalog_items
WHEN old.identifier IS NOT new.identifier OR old.description IS NOT new.description
  OR old.manufacturer_part_number IS NOT new.manufacturer_part_number OR old.vendor_sku IS NOT new.vendor_sku
BEGIN
    DELETE FROM cw_catalog_fts WHERE rowid = old.id;
    INSERT INTO cw_catalog_fts (rowid, doc)
    VALUES (new.id, new.identifier || ' ' || new.description || ' ' || new.manufacturer_part_number || ' ' || new.vendor_sku);
END;
-- +goose StatementEnd

-- Lookups the add/edit product form offers. default_flag mirrors ConnectWise's defaults.
CREATE TABLE cw_categories (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL,
    inactive     INTEGER NOT NULL DEFAULT 0 CHECK (inactive IN (0, 1)),
    default_flag INTEGER NOT NULL DEFAULT 0 CHECK (default_flag IN (0, 1))
) STRICT;

CREATE TABLE cw_subcategories (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL,
    category_id  INTEGER NOT NULL,
    inactive     INTEGER NOT NULL DEFAULT 0 CHECK (inactive IN (0, 1)),
    default_flag INTEGER NOT NULL DEFAULT 0 CHECK (default_flag IN (0, 1))
) STRICT;
CREATE INDEX cw_subcategories_category ON cw_subcategories (category_id);

CREATE TABLE cw_product_types (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL,
    inactive     INTEGER NOT NULL DEFAULT 0 CHECK (inactive IN (0, 1)),
    default_flag INTEGER NOT NULL DEFAULT 0 CHECK (default_flag IN (0, 1))
) STRICT;

CREATE TABLE cw_units_of_measure (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL,
    inactive     INTEGER NOT NULL DEFAULT 0 CHECK (inactive IN (0, 1)),
    default_flag INTEGER NOT NULL DEFAULT 0 CHECK (default_flag IN (0, 1))
) STRICT;

CREATE TABLE cw_manufacturers (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL,
    inactive     INTEGER NOT NULL DEFAULT 0 CHECK (inactive IN (0, 1))
) STRICT;

-- One row: when the cache was last fully refreshed and the newest lastUpdated seen.
CREATE TABLE cw_catalog_state (
    id                     INTEGER PRIMARY KEY CHECK (id = 1),
    last_full_refresh      INTEGER NOT NULL DEFAULT 0, -- unix ms; 0 = never
    last_refresh           INTEGER NOT NULL DEFAULT 0, -- unix ms of the last refresh of any kind
    high_water_updated     INTEGER NOT NULL DEFAULT 0, -- max lastUpdated seen, unix ms
    item_count             INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO cw_catalog_state (id) VALUES (1);

-- +goose Down
DROP TABLE cw_catalog_state;
DROP TABLE cw_manufacturers;
DROP TABLE cw_units_of_measure;
DROP TABLE cw_product_types;
DROP TABLE cw_subcategories;
DROP TABLE cw_categories;
DROP TABLE cw_catalog_fts;
DROP TABLE cw_catalog_items;
