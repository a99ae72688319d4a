// Package customers maps each Sophos tenant to a ConnectWise company and agreement: the
// local caches of companies, agreements and tenants, the staged save, suggestions and
// problems. It knows nothing of Wails; the bound service wraps it.
//
// What the Kunden [Customers] page needs, and which function gives it:
//
//   - The rows, filter counts and landing-page figures: Load (Overview: a Row per tenant
//     with its mapping, Problems and Suggestion or NoSuggestionReason; Counts for all /
//     mapped / unmapped / sync on / problems / suggestions). LoadCounts for the landing
//     page alone. Both read only the caches, so the page works offline.
//   - The company combobox (two characters minimum, by name and identifier, deleted
//     companies never, inactive ones on request): SearchCompanies.
//   - The agreement select (all of a company's agreements, cancelled / expired / inactive
//     ones marked not Usable): CompanyAgreements.
//   - Speichern [Save]: Save with the staged rows as []Change (the full wanted state of
//     each changed row). All or nothing; a *SaveError lists every bad change with its
//     tenant and Field. Removing the company or agreement switches sync off. Accepting
//     suggestions is staging Changes from Row.Suggestion; nothing is mapped automatically.
//   - Refresh (a jobs-runner task, with progress): Refresher.Refresh for companies and
//     agreements (incremental by lastUpdated; two requests per entity when nothing
//     changed), RefreshTenants for the Sophos tenants (new ones unmapped, sync off, marked
//     new; a tenant no longer returned is marked gone, never deleted).
//
// The schema (migration 00008) holds the rules as well: sync only with a company and an
// agreement, the agreement must belong to the company, tenants arrive unmapped.
package customers
