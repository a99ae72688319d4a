-- +goose Up
-- Customers: ConnectWise companies and agreements cached next to the catalog, and the Sophos
-- tenants with their mapping to a company and agreement. The mapping lives on the tenant
-- row (as the product mapping lives on sophos_products), so the rules below are
-- constraints and triggers rather than promises every caller must keep.

-- ConnectWise companies, deleted and inactive ones included: a mapping may still point at
-- them and the page shows them as such. A company purged from ConnectWise altogether is kept
-- too, marked gone, so a mapping to it still shows its name.
CREATE TABLE cw_companies (
    id             INTEGER PRIMARY KEY CHECK (id > 0),
    identifier     TEXT    NOT NULL CHECK (length(identifier) >= 1),
    name           TEXT    NOT NULL,
    status_id      INTEGER,
    status_name    TEXT    NOT NULL DEFAULT '',
    deleted_flag   INTEGER NOT NULL DEFAULT 0 CHECK (deleted_flag IN (0, 1)),
    inactive       INTEGER NOT NULL DEFAULT 0 CHECK (inactive IN (0, 1)), -- status "Inactive"
    is_vendor      INTEGER NOT NULL DEFAULT 0 CHECK (is_vendor IN (0, 1)),
    gone           INTEGER NOT NULL DEFAULT 0 CHECK (gone IN (0, 1)), -- no longer returned by ConnectWise
    last_updated   INTEGER NOT NULL, -- ConnectWise _info.lastUpdated, unix ms UTC
    identifier_key TEXT    NOT NULL, -- identifier folded (case, accents): prefix search
    name_key       TEXT    NOT NULL  -- name normalised for suggestions (legal suffixes dropped)
) STRICT;
CREATE INDEX cw_companies_identifier_key ON cw_companies (identifier_key);
CREATE INDEX cw_companies_name_key ON cw_companies (name_key);

-- Full-text index over name and identifier for the company combobox (as cw_catalog_fts).
-- A one-letter prefix index too: "autohaus k" is a common thing to type, and the table is
-- small enough for it.
CREATE VIRTUAL TABLE cw_companies_fts USING fts5(
    doc,
    tokenize = "unicode61 remove_diacritics 2",
    prefix = '1 2 3 4'
);

-- +goose StatementBegin
CREATE TRIGGER cw_companies_fts_insert AFTER INSERT ON cw_companies BEGIN
    INSERT INTO cw_companies_fts (rowid, doc) VALUES (new.id, new.name || ' ' || new.identifier);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER cw_companies_fts_delete AFTER DELETE ON cw_companies BEGIN
    DELETE FROM cw_companies_fts WHERE rowid = old.id;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER cw_companies_fts_update AFTER UPDATE ON cw_companies
WHEN old.name IS NOT new.name OR old.identifier IS NOT new.identifier
BEGIN
    DELETE FROM cw_companies_fts WHERE rowid = old.id;
    INSERT INTO cw_companies_fts (rowid, doc) VALUES (new.id, new.name || ' ' || new.identifier);
END;
-- +goose StatementEnd

-- ConnectWise agreements (field names as in the API). No foreign key to cw_companies: the
-- two caches refresh one after the other, and a mapping must survive either one's gaps.
-- Dates are unix ms UTC, 0 when ConnectWise has none.
CREATE TABLE cw_agreements (
    id                  INTEGER PRIMARY KEY CHECK (id > 0),
    company_id          INTEGER NOT NULL,
    name                TEXT    NOT NULL,
    type_id             INTEGER,
    type_name           TEXT    NOT NULL DEFAULT '',
    agreement_status    TEXT    NOT NULL DEFAULT '', -- Active, Cancelled, Expired, Inactive
    start_date          INTEGER NOT NULL DEFAULT 0,
    end_date            INTEGER NOT NULL DEFAULT 0,
    no_ending_date_flag INTEGER NOT NULL DEFAULT 0 CHECK (no_ending_date_flag IN (0, 1)),
    billing_cycle_id    INTEGER,
    billing_cycle_name  TEXT    NOT NULL DEFAULT '',
    cancelled_flag      INTEGER NOT NULL DEFAULT 0 CHECK (cancelled_flag IN (0, 1)),
    date_cancelled      INTEGER NOT NULL DEFAULT 0,
    parent_agreement_id INTEGER,
    prorate_flag        INTEGER NOT NULL DEFAULT 0 CHECK (prorate_flag IN (0, 1)),
    last_updated        INTEGER NOT NULL
) STRICT;
CREATE INDEX cw_agreements_company ON cw_agreements (company_id);

-- One row per cached ConnectWise entity: when it was last fully refreshed and the newest
-- lastUpdated seen (the incremental refresh's high-water mark).
CREATE TABLE cw_cache_state (
    entity             TEXT    PRIMARY KEY CHECK (entity IN ('companies', 'agreements')),
    last_full_refresh  INTEGER NOT NULL DEFAULT 0, -- unix ms; 0 = never
    last_refresh       INTEGER NOT NULL DEFAULT 0,
    high_water_updated INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO cw_cache_state (entity) VALUES ('companies'), ('agreements');

-- Sophos tenants, keyed by id (never by name), with the customer mapping.
CREATE TABLE sophos_tenants (
    id               TEXT    PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 100),
    name             TEXT    NOT NULL,
    show_as          TEXT    NOT NULL DEFAULT '',
    billing_type     TEXT    NOT NULL DEFAULT '', -- usage, term, trial ('' when not sent)
    data_region      TEXT    NOT NULL DEFAULT '',
    data_geography   TEXT    NOT NULL DEFAULT '',
    api_host         TEXT    NOT NULL DEFAULT '',
    status           TEXT    NOT NULL DEFAULT '', -- '' when Sophos doesn't say
    first_seen       INTEGER NOT NULL,            -- unix ms
    last_seen        INTEGER NOT NULL,            -- unix ms of the last refresh that returned it
    is_new           INTEGER NOT NULL DEFAULT 1 CHECK (is_new IN (0, 1)),
    gone             INTEGER NOT NULL DEFAULT 0 CHECK (gone IN (0, 1)), -- no longer returned by Sophos
    cw_company_id    INTEGER CHECK (cw_company_id > 0),
    cw_agreement_id  INTEGER CHECK (cw_agreement_id > 0),
    sync_enabled     INTEGER NOT NULL DEFAULT 0 CHECK (sync_enabled IN (0, 1)),
    updated_at       INTEGER NOT NULL,
    -- Clearing the company or agreement without switching sync off fails here, so no code
    -- path can forget it.
    CONSTRAINT sync_needs_company_and_agreement
        CHECK (sync_enabled = 0 OR (cw_company_id IS NOT NULL AND cw_agreement_id IS NOT NULL)),
    CONSTRAINT agreement_needs_company CHECK (cw_agreement_id IS NULL OR cw_company_id IS NOT NULL)
) STRICT;

-- Nothing is ever mapped automatically: a tenant arrives unmapped, with sync off.
-- +goose StatementBegin
CREATE TRIGGER sophos_tenants_arrive_unmapped BEFORE INSERT ON sophos_tenants
WHEN new.cw_company_id IS NOT NULL OR new.cw_agreement_id IS NOT NULL OR new.sync_enabled != 0 OR new.is_new != 1
BEGIN
    SELECT RAISE(ABORT, 'sophos_tenants: a tenant seen for the first time arrives unmapped, with sync off, marked new');
END;
-- +goose StatementEnd

-- The mapped agreement must belong to the mapped company. Checked only when either changes,
-- so a mapping whose agreement later vanished from ConnectWise can still be switched off.
-- +goose StatementBegin
CREATE TRIGGER sophos_tenants_agreement_of_company BEFORE UPDATE OF cw_company_id, cw_agreement_id ON sophos_tenants
WHEN new.cw_agreement_id IS NOT NULL
 AND (new.cw_agreement_id IS NOT old.cw_agreement_id OR new.cw_company_id IS NOT old.cw_company_id)
 AND NOT EXISTS (SELECT 1 FROM cw_agreements a WHERE a.id = new.cw_agreement_id AND a.company_id = new.cw_company_id)
BEGIN
    SELECT RAISE(ABORT, 'sophos_tenants: the agreement does not belong to the company');
END;
-- +goose StatementEnd

-- +goose Down
DROP TABLE sophos_tenants;
DROP TABLE cw_cache_state;
DROP TABLE cw_agreements;
DROP TABLE cw_companies_fts;
DROP TABLE cw_companies;
