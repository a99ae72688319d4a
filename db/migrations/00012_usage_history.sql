-- +goose Up
-- The local history of Sophos usage, so trends, reviews and the sync preview of a stored month
-- work offline. Quantities are stored exactly as sophos.Aggregate summed them.

-- One row per month fetched. A month is complete once it is older than the previous month:
-- Sophos no longer changes it, so it is never fetched again. no_data records Sophos' 404
-- ("no data for requested year or month"), which is an answer, not a failure.
CREATE TABLE usage_history_months (
    month            TEXT    PRIMARY KEY
                     CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND substr(month, 6, 2) BETWEEN '01' AND '12'),
    fetched_at       INTEGER NOT NULL, -- unix ms
    line_count       INTEGER NOT NULL CHECK (line_count >= 0),
    complete         INTEGER NOT NULL CHECK (complete IN (0, 1)),
    no_data          INTEGER NOT NULL CHECK (no_data IN (0, 1)),
    -- The lines that name no tenant and the lines with no product key, as Sophos sent them
    -- (JSON arrays of usage lines), so an offline preview still lists them with their serials.
    unassigned_lines TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(unassigned_lines) AND json_type(unassigned_lines) = 'array'),
    unkeyed_lines    TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(unkeyed_lines) AND json_type(unkeyed_lines) = 'array'),
    CHECK (no_data = 0 OR (line_count = 0 AND unassigned_lines = '[]' AND unkeyed_lines = '[]'))
) STRICT;

-- A customer's (tenant's) quantity of one product in one month.
CREATE TABLE usage_history (
    month             TEXT    NOT NULL REFERENCES usage_history_months (month) ON DELETE CASCADE
                      CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND substr(month, 6, 2) BETWEEN '01' AND '12'),
    tenant_id         TEXT    NOT NULL CHECK (length(tenant_id) > 0),
    product_key       TEXT    NOT NULL CHECK (length(product_key) > 0),
    tenant_name       TEXT    NOT NULL DEFAULT '', -- assignedAccountIdentifier, when Sophos sent it
    product_code      TEXT    NOT NULL DEFAULT '',
    sku               TEXT    NOT NULL DEFAULT '',
    description       TEXT    NOT NULL DEFAULT '',
    product_group     TEXT    NOT NULL DEFAULT '',
    billable_quantity REAL    NOT NULL,
    actual_quantity   REAL    NOT NULL,
    lines             INTEGER NOT NULL CHECK (lines > 0),
    PRIMARY KEY (month, tenant_id, product_key)
) STRICT, WITHOUT ROWID;
-- The customer detail reads one tenant across months.
CREATE INDEX usage_history_tenant ON usage_history (tenant_id, month);

-- Usage of one product that names no tenant (no accountId), per month.
CREATE TABLE usage_history_unassigned (
    month             TEXT    NOT NULL REFERENCES usage_history_months (month) ON DELETE CASCADE
                      CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND substr(month, 6, 2) BETWEEN '01' AND '12'),
    product_key       TEXT    NOT NULL CHECK (length(product_key) > 0),
    product_code      TEXT    NOT NULL DEFAULT '',
    sku               TEXT    NOT NULL DEFAULT '',
    description       TEXT    NOT NULL DEFAULT '',
    product_group     TEXT    NOT NULL DEFAULT '',
    billable_quantity REAL    NOT NULL,
    lines             INTEGER NOT NULL CHECK (lines > 0),
    serials           TEXT    NOT NULL CHECK (json_valid(serials) AND json_type(serials) = 'array'), -- sorted, unique
    serial_count      INTEGER NOT NULL CHECK (serial_count = json_array_length(serials)),
    PRIMARY KEY (month, product_key)
) STRICT, WITHOUT ROWID;

-- Per month and product, the sums the landing page charts: derived from the two tables above
-- in the same transaction that replaces a month, so the dashboard never sums 5,000 rows per
-- month on every call.
CREATE TABLE usage_history_product_totals (
    month               TEXT    NOT NULL REFERENCES usage_history_months (month) ON DELETE CASCADE
                        CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND substr(month, 6, 2) BETWEEN '01' AND '12'),
    product_key         TEXT    NOT NULL CHECK (length(product_key) > 0),
    description         TEXT    NOT NULL,
    billable_quantity   REAL    NOT NULL, -- summed over tenants
    actual_quantity     REAL    NOT NULL,
    tenants             INTEGER NOT NULL CHECK (tenants >= 0),
    unassigned_quantity REAL    NOT NULL, -- billable quantity of lines without a tenant
    PRIMARY KEY (month, product_key)
) STRICT, WITHOUT ROWID;

-- Per month, each (tenant, product) pair whose billable quantity differs from the month
-- before (a pair missing in a month has 0 there). Derived when either month is stored, in
-- the same transaction, so "largest increases and decreases" is an index read, not a join
-- of two months' rows on every landing page call.
CREATE TABLE usage_history_changes (
    month             TEXT NOT NULL REFERENCES usage_history_months (month) ON DELETE CASCADE
                      CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND substr(month, 6, 2) BETWEEN '01' AND '12'),
    tenant_id         TEXT NOT NULL CHECK (length(tenant_id) > 0),
    product_key       TEXT NOT NULL CHECK (length(product_key) > 0),
    tenant_name       TEXT NOT NULL,
    description       TEXT NOT NULL,
    previous_quantity REAL NOT NULL,
    current_quantity  REAL NOT NULL,
    change            REAL NOT NULL CHECK (change <> 0),
    PRIMARY KEY (month, tenant_id, product_key)
) STRICT, WITHOUT ROWID;
CREATE INDEX usage_history_changes_by_size ON usage_history_changes (month, change);

-- +goose Down
DROP TABLE usage_history_changes;
DROP TABLE usage_history_product_totals;
DROP TABLE usage_history_unassigned;
DROP TABLE usage_history;
DROP TABLE usage_history_months;
