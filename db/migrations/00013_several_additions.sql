-- +goose Up
-- The pairs the last plan of a billing month skipped because ConnectWise holds several
-- additions for the product on the agreement (issue #14: the user chooses which one PSA
-- Bridge manages). The landing page lists them as problems. Each plan of a month replaces
-- that month's record (the check row and, by cascade, its pairs) in one transaction;
-- choosing the managed addition removes the pair.
CREATE TABLE addition_checks (
    month      TEXT    PRIMARY KEY CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    checked_at INTEGER NOT NULL CHECK (checked_at > 0) -- unix ms of the plan
) STRICT;

CREATE TABLE several_additions (
    month               TEXT    NOT NULL REFERENCES addition_checks (month) ON DELETE CASCADE,
    agreement_id        INTEGER NOT NULL CHECK (agreement_id > 0),
    catalog_item_id     INTEGER NOT NULL CHECK (catalog_item_id > 0),
    tenant_ids          TEXT    NOT NULL CHECK (json_valid(tenant_ids) AND json_type(tenant_ids) = 'array'
                                                AND json_array_length(tenant_ids) > 0),
    tenant_name         TEXT    NOT NULL, -- as the plan named the customer
    product_key         TEXT    NOT NULL CHECK (product_key <> ''),
    product_description TEXT    NOT NULL,
    agreement_name      TEXT    NOT NULL,
    -- JSON [{"additionId":…,"quantity":…}] as ConnectWise gave them: at least two.
    candidates          TEXT    NOT NULL CHECK (json_valid(candidates) AND json_type(candidates) = 'array'
                                                AND json_array_length(candidates) >= 2),
    PRIMARY KEY (month, agreement_id, catalog_item_id)
) STRICT;
CREATE INDEX several_additions_pair ON several_additions (agreement_id, catalog_item_id);

-- +goose Down
DROP TABLE several_additions;
DROP TABLE addition_checks;
