-- +goose Up
-- The full-text index now reads search_text, the item's identifier, description,
-- manufacturer part number and vendor SKU folded in Go (catalog.SearchKey): lower case,
-- no accents, and German transliterations (ä/ae → a, ö/oe → o, ü/ue → u, ß → ss), so
-- "mueller" finds "Müller" and "grosse" finds "Größe". The query is folded the same way.
-- detail=column: the typeahead matches single words only, never phrases, so positions are
-- dead weight; without them a prefix that spans many terms merges much less data.
ALTER TABLE cw_catalog_items ADD COLUMN search_text TEXT NOT NULL DEFAULT '';

DROP TRIGGER cw_catalog_items_fts_insert;
DROP TRIGGER cw_catalog_items_fts_delete;
DROP TRIGGER cw_catalog_items_fts_update;
DROP TABLE cw_catalog_fts;

CREATE VIRTUAL TABLE cw_catalog_fts USING fts5(
    doc,
    tokenize = "unicode61 remove_diacritics 2",
    prefix = '2 3 4 5 6 7 8',
    detail = column
);

-- +goose StatementBegin
CREATE TRIGGER cw_catalog_items_fts_insert AFTER INSERT ON cw_catalog_items BEGIN
    INSERT INTO cw_catalog_fts (rowid, doc) VALUES (new.id, new.search_text);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER cw_catalog_items_fts_delete AFTER DELETE ON cw_catalog_items BEGIN
    DELETE FROM cw_catalog_fts WHERE rowid = old.id;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER cw_catalog_items_fts_update AFTER UPDATE OF search_text ON cw_catalog_items
WHEN old.search_text IS NOT new.search_text
BEGIN
    DELETE FROM cw_catalog_fts WHERE rowid = old.id;
    INSERT INTO cw_catalog_fts (rowid, doc) VALUES (new.id, new.search_text);
END;
-- +goose StatementEnd

-- Existing rows: SQL's approximation of catalog.SearchKey (German letters and pairs; the
-- tokenizer strips other accents). The upsert compares search_text, so the next full
-- refresh rewrites any row where Go's folding differs.
UPDATE cw_catalog_items SET search_text =
    replace(replace(replace(
        replace(replace(replace(replace(replace(replace(replace(replace(
            lower(identifier || ' ' || description || ' ' || manufacturer_part_number || ' ' || vendor_sku),
            'Ä', 'a'), 'Ö', 'o'), 'Ü', 'u'), 'ä', 'a'), 'ö', 'o'), 'ü', 'u'), 'ß', 'ss'), 'ẞ', 'ss'),
        'ae', 'a'), 'oe', 'o'), 'ue', 'u');

-- Last month's usage per Sophos product, written by product discovery from the usage it
-- already reads: the configure page shows it so the admin knows what to map first.
ALTER TABLE sophos_products ADD COLUMN usage_month TEXT NOT NULL DEFAULT ''
    CHECK (usage_month = '' OR usage_month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]');
ALTER TABLE sophos_products ADD COLUMN usage_quantity REAL NOT NULL DEFAULT 0 CHECK (usage_quantity >= 0);
ALTER TABLE sophos_products ADD COLUMN usage_customers INTEGER NOT NULL DEFAULT 0 CHECK (usage_customers >= 0);

-- +goose Down
ALTER TABLE sophos_products DROP COLUMN usage_customers;
ALTER TABLE sophos_products DROP COLUMN usage_quantity;
ALTER TABLE sophos_products DROP COLUMN usage_month;
DROP TRIGGER cw_catalog_items_fts_insert;
DROP TRIGGER cw_catalog_items_fts_delete;
DROP TRIGGER cw_catalog_items_fts_update;
DROP TABLE cw_catalog_fts;
CREATE VIRTUAL TABLE cw_catalog_fts USING fts5(
    doc,
    tokenize = "unicode61 remove_diacritics 2",
    prefix = '2 3 4'
);
INSERT INTO cw_catalog_fts (rowid, doc)
SELECT id, identifier || ' ' || description || ' ' || manufacturer_part_number || ' ' || vendor_sku FROM cw_catalog_items;
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
ALTER TABLE cw_catalog_items DROP COLUMN search_text;
