-- +goose Up
-- A ConnectWise product being created for a Sophos product. Written before the create is
-- sent and removed in the transaction that saves the mapping, so a Save that fails in
-- between (crash, lost connection) is retried by adopting the product already created
-- instead of creating it twice.
CREATE TABLE pending_catalog_creations (
    product_key     TEXT    PRIMARY KEY REFERENCES sophos_products (product_key) ON DELETE CASCADE,
    identifier      TEXT    NOT NULL UNIQUE CHECK (length(identifier) BETWEEN 1 AND 75),
    created_item_id INTEGER CHECK (created_item_id > 0), -- known once ConnectWise answered
    started_at      INTEGER NOT NULL
) STRICT;

-- Every write PSA Bridge makes to ConnectWise, with the values before and after.
CREATE TABLE cw_write_log (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL, -- unix ms
    actor       TEXT    NOT NULL, -- the OS user who ran PSA Bridge
    action      TEXT    NOT NULL CHECK (action IN ('create_catalog_item', 'update_catalog_item', 'create_addition', 'update_addition')),
    entity_id   INTEGER NOT NULL,
    label       TEXT    NOT NULL, -- e.g. the identifier, for people reading the history
    before_json TEXT    NOT NULL DEFAULT '{}',
    after_json  TEXT    NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX cw_write_log_at ON cw_write_log (at);

-- +goose Down
DROP TABLE cw_write_log;
DROP TABLE pending_catalog_creations;
