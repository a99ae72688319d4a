// Package cwsandbox is a stand-in for the ConnectWise PSA (Manage) REST API, faithful
// enough that a client passing against it passes against ConnectWise: same paths under
// /{codebase}/apis/3.0, same JSON shapes (checked against the 2026.4 OpenAPI schemas),
// reference objects {id, name, _info}, _info.lastUpdated, forward-only paging with Link
// headers, page-numbered paging, conditions/orderBy/fields, JSON Patch, validation with
// ConnectWise's error bodies, Basic auth plus the clientId header, and /login/companyinfo.
//
// It runs on a real listener (127.0.0.1:0 by default) so it serves tests, benchmarks and
// the app's demo mode alike, holds a deterministic demo tenant (a catalog of a few
// thousand items, 39 customer companies with agreements and additions, see tenant.go),
// and lets tests inject faults (Faults), read the request log (Requests) and change data
// behind the client's back (EditCatalogItem, DeleteCatalogItem, CancelAgreement, and for
// additions SetAdditionQuantity, CancelAddition, DeleteAddition; see agreement_helpers.go).
// A fault can aim at one request (Skip, Times) and can lose a reply after the work is
// done (LostReply: "the 3rd POST to additions is stored, but its answer never arrives"), or
// store it only after the client gave up (LostReplyStoredLate, ReleaseLateWrites); WaitIdle
// waits until no request is being handled.
//
// Behaviour the public sources leave open, and what the sandbox chose (see
// ../shared/reference/connectwise/NOTES.md): the end of forward-only paging is an empty
// Link header, sent once a page comes back short (a full last page is followed by one
// empty page); strings in conditions escape \ and " with a backslash and [, %, * as
// [[], [%], [*]; the 401/403/invalid-conditions texts are plausible, not verbatim.
package cwsandbox
