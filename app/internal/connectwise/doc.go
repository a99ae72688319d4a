// Package connectwise is PSA Bridge's client for the ConnectWise PSA (Manage) REST API:
// the procurement catalog (list, count, get, create, JSON Patch), its setup tables
// (categories, subcategories, types, units of measure, manufacturers), companies,
// agreements and agreement additions, plus a connection test.
//
// Every call takes a context, authenticates with Basic "companyId+publicKey:privateKey"
// and the clientId header, pins the model version in Accept, and goes through one
// httpretry.Doer per Client: 429 waits for Retry-After, 5xx and network errors back off
// with jitter, 4xx is never retried, a POST is never sent twice, and a concurrency limit
// is shared by all calls. Failures are *Error (see IsNotFound, IsObjectExists,
// IsUnauthorized, IsForbidden, IsUnreachable …) with text fit for the user and never a
// secret in it.
//
// Lists stream page by page (EachCatalogPage) with forward-only paging and pageSize
// 1000; conditions are built with Eq, Contains, UpdatedSince, And, Or …, which quote user
// text so it cannot change a query (see Cond).
//
// The package cwsandbox beside this one is a ConnectWise stand-in the tests run against
// over real HTTP.
package connectwise
