// Package usagesync pushes a month of Sophos usage into ConnectWise agreement additions,
// exactly once per (agreement, catalog item), and records every run and write.
//
// The flow is Plan, then Apply: Plan reads each synced agreement's additions once and
// returns a Preview that says, per customer and product, what would be written and why
// anything is skipped; Apply re-reads each agreement, writes only the rows whose
// ConnectWise state still matches the preview, and reports the rest as changed since the
// preview. Run does both in one go for scheduled and command-line runs.
//
// Exactly once: a create is preceded by an intent row in SQLite and followed by its
// outcome in the same transaction as the history entry. A create whose reply is lost, or
// a run killed mid-way, leaves an open intent; the next Plan or Apply settles it by
// re-reading the agreement's additions and adopting the addition that appeared, never
// by posting again. Not finding it proves nothing while the POST may still be on its way
// (Engine.InFlightGrace, 10 minutes from the create's start): until then the intent stays
// open and the pair is skipped as ReasonCreateInDoubt; only after it does "not there"
// settle the intent absent, so the next plan creates the addition once.
//
// The package knows nothing of Wails or the UI; its inputs are plain Go values.
package usagesync
