-- name: UpsertCompany :exec
-- Writes a company unless the cached copy is identical (an unchanged row costs no write).
INSERT INTO cw_companies (id, identifier, name, status_id, status_name, deleted_flag, inactive, is_vendor,
                          last_updated, identifier_key, name_key)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET
    identifier = excluded.identifier, name = excluded.name, status_id = excluded.status_id,
    status_name = excluded.status_name, deleted_flag = excluded.deleted_flag, inactive = excluded.inactive,
    is_vendor = excluded.is_vendor, last_updated = excluded.last_updated,
    identifier_key = excluded.identifier_key, name_key = excluded.name_key, gone = 0
WHERE (cw_companies.gone, cw_companies.identifier, cw_companies.name, cw_companies.status_id, cw_companies.status_name,
       cw_companies.deleted_flag, cw_companies.inactive, cw_companies.is_vendor, cw_companies.last_updated,
       cw_companies.name_key)
   IS NOT (0, excluded.identifier, excluded.name, excluded.status_id, excluded.status_name,
       excluded.deleted_flag, excluded.inactive, excluded.is_vendor, excluded.last_updated, excluded.name_key);

-- name: MarkCompanyGone :execrows
UPDATE cw_companies SET gone = 1 WHERE id = ? AND gone = 0;

-- name: ListCompanyIDs :many
-- Companies ConnectWise still has (as far as the cache knows).
SELECT id FROM cw_companies WHERE gone = 0 ORDER BY id;

-- name: CountCompanies :one
SELECT count(*) FROM cw_companies WHERE gone = 0;

-- name: GetCompany :one
SELECT * FROM cw_companies WHERE id = ?;

-- name: SearchCompaniesByIdentifierPrefix :many
-- The combobox's first tier: identifiers starting with the (folded) query, via the index.
-- Deleted companies are never offered for a new mapping.
SELECT id, identifier, name, status_name, inactive
FROM cw_companies
WHERE identifier_key >= sqlc.arg(prefix) AND identifier_key < sqlc.arg(prefix_end)
  AND deleted_flag = 0 AND gone = 0
  AND (CAST(sqlc.arg(include_inactive) AS INTEGER) = 1 OR inactive = 0)
ORDER BY identifier_key
LIMIT sqlc.arg(lim);

-- name: SearchCompaniesByWords :many
-- The second tier: every word as a prefix of a word of the name or identifier. Unranked,
-- so a LIMIT stops after the first matches.
SELECT c.id, c.identifier, c.name, c.status_name, c.inactive
FROM cw_companies_fts f JOIN cw_companies c ON c.id = f.rowid
WHERE f.doc MATCH sqlc.arg(match)
  AND c.deleted_flag = 0 AND c.gone = 0
  AND (CAST(sqlc.arg(include_inactive) AS INTEGER) = 1 OR c.inactive = 0)
LIMIT sqlc.arg(lim);

-- name: UpsertAgreement :exec
INSERT INTO cw_agreements (id, company_id, name, type_id, type_name, agreement_status, start_date, end_date,
                           no_ending_date_flag, billing_cycle_id, billing_cycle_name, cancelled_flag,
                           date_cancelled, parent_agreement_id, prorate_flag, last_updated)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET
    company_id = excluded.company_id, name = excluded.name, type_id = excluded.type_id,
    type_name = excluded.type_name, agreement_status = excluded.agreement_status,
    start_date = excluded.start_date, end_date = excluded.end_date,
    no_ending_date_flag = excluded.no_ending_date_flag, billing_cycle_id = excluded.billing_cycle_id,
    billing_cycle_name = excluded.billing_cycle_name, cancelled_flag = excluded.cancelled_flag,
    date_cancelled = excluded.date_cancelled, parent_agreement_id = excluded.parent_agreement_id,
    prorate_flag = excluded.prorate_flag, last_updated = excluded.last_updated
WHERE (cw_agreements.company_id, cw_agreements.name, cw_agreements.type_id, cw_agreements.type_name,
       cw_agreements.agreement_status, cw_agreements.start_date, cw_agreements.end_date,
       cw_agreements.no_ending_date_flag, cw_agreements.billing_cycle_id, cw_agreements.billing_cycle_name,
       cw_agreements.cancelled_flag, cw_agreements.date_cancelled, cw_agreements.parent_agreement_id,
       cw_agreements.prorate_flag, cw_agreements.last_updated)
   IS NOT (excluded.company_id, excluded.name, excluded.type_id, excluded.type_name,
       excluded.agreement_status, excluded.start_date, excluded.end_date,
       excluded.no_ending_date_flag, excluded.billing_cycle_id, excluded.billing_cycle_name,
       excluded.cancelled_flag, excluded.date_cancelled, excluded.parent_agreement_id,
       excluded.prorate_flag, excluded.last_updated);

-- name: DeleteAgreement :execrows
DELETE FROM cw_agreements WHERE id = ?;

-- name: ListAgreementIDs :many
SELECT id FROM cw_agreements ORDER BY id;

-- name: CountAgreements :one
SELECT count(*) FROM cw_agreements;

-- name: GetAgreement :one
SELECT * FROM cw_agreements WHERE id = ?;

-- name: ListCompanyAgreements :many
-- A company's agreements for the agreement select (all statuses: the page marks them).
SELECT * FROM cw_agreements WHERE company_id = ? ORDER BY name, id;

-- name: ListAllAgreements :many
SELECT * FROM cw_agreements ORDER BY company_id, id;

-- name: ListAllCompanies :many
-- Every cached company (for the customers page's rows and suggestions; a few thousand rows).
SELECT id, identifier, name, status_name, deleted_flag, inactive, gone, name_key FROM cw_companies ORDER BY id;

-- name: GetCacheState :one
SELECT * FROM cw_cache_state WHERE entity = ?;

-- name: UpdateCompaniesStateAfterRefresh :exec
UPDATE cw_cache_state
SET last_full_refresh = CASE WHEN CAST(sqlc.arg(full) AS INTEGER) = 1 THEN sqlc.arg(now) ELSE last_full_refresh END,
    last_refresh = sqlc.arg(now),
    high_water_updated = max(high_water_updated, (SELECT coalesce(max(last_updated), 0) FROM cw_companies))
WHERE entity = 'companies';

-- name: UpdateAgreementsStateAfterRefresh :exec
UPDATE cw_cache_state
SET last_full_refresh = CASE WHEN CAST(sqlc.arg(full) AS INTEGER) = 1 THEN sqlc.arg(now) ELSE last_full_refresh END,
    last_refresh = sqlc.arg(now),
    high_water_updated = max(high_water_updated, (SELECT coalesce(max(last_updated), 0) FROM cw_agreements))
WHERE entity = 'agreements';

-- name: UpsertTenant :exec
-- A tenant as Sophos returned it: new ones arrive unmapped and marked new; a known one keeps
-- its mapping and comes back if it was gone.
INSERT INTO sophos_tenants (id, name, show_as, billing_type, data_region, data_geography, api_host, status,
                            first_seen, last_seen, updated_at)
VALUES (sqlc.arg(id), sqlc.arg(name), sqlc.arg(show_as), sqlc.arg(billing_type), sqlc.arg(data_region),
        sqlc.arg(data_geography), sqlc.arg(api_host), sqlc.arg(status), sqlc.arg(now), sqlc.arg(now), sqlc.arg(now))
ON CONFLICT (id) DO UPDATE SET
    name = excluded.name, show_as = excluded.show_as, billing_type = excluded.billing_type,
    data_region = excluded.data_region, data_geography = excluded.data_geography, api_host = excluded.api_host,
    status = excluded.status, last_seen = excluded.last_seen, gone = 0,
    updated_at = CASE WHEN (sophos_tenants.name, sophos_tenants.show_as, sophos_tenants.billing_type,
                            sophos_tenants.data_region, sophos_tenants.data_geography, sophos_tenants.api_host,
                            sophos_tenants.status, sophos_tenants.gone)
                       IS (excluded.name, excluded.show_as, excluded.billing_type, excluded.data_region,
                           excluded.data_geography, excluded.api_host, excluded.status, 0)
                      THEN sophos_tenants.updated_at ELSE excluded.updated_at END;

-- name: MarkUnseenTenantsGone :execrows
-- Tenants the last refresh did not return (their last_seen is older than this refresh):
-- marked gone, never deleted, so their mapping and history stay.
UPDATE sophos_tenants SET gone = 1, updated_at = sqlc.arg(now)
WHERE last_seen < sqlc.arg(now) AND gone = 0;

-- name: GetTenant :one
SELECT * FROM sophos_tenants WHERE id = ?;

-- name: ListTenants :many
SELECT * FROM sophos_tenants ORDER BY name COLLATE NOCASE, id;

-- name: SetTenantMapping :execrows
-- The staged save's write. Clearing the company or agreement with sync on fails on the
-- table's CHECK; the save API switches sync off itself.
UPDATE sophos_tenants
SET cw_company_id = sqlc.narg(cw_company_id), cw_agreement_id = sqlc.narg(cw_agreement_id),
    sync_enabled = sqlc.arg(sync_enabled), is_new = 0, updated_at = sqlc.arg(now)
WHERE id = sqlc.arg(id);

-- name: AcknowledgeNewTenant :execrows
UPDATE sophos_tenants SET is_new = 0 WHERE id = ? AND is_new = 1;

-- name: ListSyncEnabledTenants :many
-- The tenants whose usage is synchronised, with their agreement as cached (NULL columns when
-- the agreement is no longer found): the usage sync's input. Gone tenants are included so
-- the sync can report them rather than silently skip them.
SELECT t.id, t.name, t.gone, t.status, t.billing_type,
       CAST(t.cw_company_id AS INTEGER) AS cw_company_id, CAST(t.cw_agreement_id AS INTEGER) AS cw_agreement_id,
       a.agreement_status, a.cancelled_flag, a.end_date, a.no_ending_date_flag, a.prorate_flag
FROM sophos_tenants t LEFT JOIN cw_agreements a ON a.id = t.cw_agreement_id
WHERE t.sync_enabled = 1
ORDER BY t.id;
