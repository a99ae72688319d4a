-- name: ClearCategories :exec
DELETE FROM cw_categories;
-- name: InsertCategory :exec
INSERT INTO cw_categories (id, name, inactive, default_flag) VALUES (?, ?, ?, ?);
-- name: ListCategories :many
SELECT * FROM cw_categories ORDER BY inactive, name;

-- name: ClearSubcategories :exec
DELETE FROM cw_subcategories;
-- name: InsertSubcategory :exec
INSERT INTO cw_subcategories (id, name, category_id, inactive, default_flag) VALUES (?, ?, ?, ?, ?);
-- name: ListSubcategories :many
SELECT * FROM cw_subcategories WHERE category_id = ? ORDER BY inactive, name;

-- name: ClearProductTypes :exec
DELETE FROM cw_product_types;
-- name: InsertProductType :exec
INSERT INTO cw_product_types (id, name, inactive, default_flag) VALUES (?, ?, ?, ?);
-- name: ListProductTypes :many
SELECT * FROM cw_product_types ORDER BY inactive, name;

-- name: ClearUnitsOfMeasure :exec
DELETE FROM cw_units_of_measure;
-- name: InsertUnitOfMeasure :exec
INSERT INTO cw_units_of_measure (id, name, inactive, default_flag) VALUES (?, ?, ?, ?);
-- name: ListUnitsOfMeasure :many
SELECT * FROM cw_units_of_measure ORDER BY inactive, name;

-- name: ClearManufacturers :exec
DELETE FROM cw_manufacturers;
-- name: InsertManufacturer :exec
INSERT INTO cw_manufacturers (id, name, inactive) VALUES (?, ?, ?);
-- name: ListManufacturers :many
SELECT * FROM cw_manufacturers ORDER BY inactive, name;
