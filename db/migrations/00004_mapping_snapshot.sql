-- +goose Up
-- What the mapped ConnectWise product was called when it was mapped: a later rename in
-- ConnectWise is then visible as a stale mapping instead of passing silently.
ALTER TABLE sophos_products ADD COLUMN mapped_identifier TEXT NOT NULL DEFAULT '';
ALTER TABLE sophos_products ADD COLUMN mapped_description TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE sophos_products DROP COLUMN mapped_description;
ALTER TABLE sophos_products DROP COLUMN mapped_identifier;
