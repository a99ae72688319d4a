// Package sophos is a client for the parts of the Sophos Central Partner API that PSA Bridge
// needs: who the credential belongs to, the partner's customers (tenants), and the monthly
// MSP Flex billing usage, plus pure helpers that turn usage lines into per-customer,
// per-product quantities and a list of the products seen.
//
// Call order, as Sophos expects it: OAuth2 client credentials at id.sophos.com, then
// GET /whoami/v1 (the credential must be a partner), then partner routes on the global host
// with X-Partner-ID. The client does the whoami step by itself on the first partner call.
//
// Everything here is plain Go (no Wails): the app layer turns the results into DTOs.
package sophos
