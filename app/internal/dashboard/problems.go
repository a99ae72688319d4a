package dashboard

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"psabridge/app/internal/customers"
	"psabridge/app/internal/usagesync"
	"psabridge/db"
	"psabridge/db/dbsqlc"
)

// ProblemKind is what a problem is about; the frontend's i18n keys end in it.
type ProblemKind string

const (
	ProblemStaleMapping       ProblemKind = "stale_mapping"        // a mapped catalog item was deleted, deactivated or renamed
	ProblemCustomer           ProblemKind = "customer"             // a tenant's mapping cannot bill (customers.Problem codes)
	ProblemSeveralAdditions   ProblemKind = "several_additions"    // an agreement holds several additions for a synced product
	ProblemRunFailed          ProblemKind = "run_failed"           // the last run failed, partly failed or was interrupted
	ProblemScheduledRunFailed ProblemKind = "scheduled_run_failed" // the last scheduled run did not succeed
)

// Problem is one line of "needs attention".
type Problem struct {
	Kind       ProblemKind `json:"kind"`
	Subject    string      `json:"subject"`    // the product, customer or run month
	Codes      []string    `json:"codes"`      // what is wrong (stale reason, customer problem codes, run result; several additions: the addition ids)
	Detail     string      `json:"detail"`     // run errors, one per line; "" otherwise
	TenantID   string      `json:"tenantId"`   // customer problems
	ProductKey string      `json:"productKey"` // stale mappings
	RunID      int64       `json:"runId"`      // run problems
	// Several additions: Subject is the customer; the pair is fixed on the usage sync page
	// of Month, where the user chooses the addition PSA Bridge manages.
	Month         string `json:"month"`
	Product       string `json:"product"`
	AgreementID   int    `json:"agreementId"`
	Agreement     string `json:"agreement"`
	CatalogItemID int    `json:"catalogItemId"`
}

// problems lists stale product mappings, customers with problems and the pairs with
// several additions of the last planned month, in that order.
func problems(ctx context.Context, q *dbsqlc.Queries, now time.Time) ([]Problem, error) {
	out := []Problem{}
	stale, err := q.ListStaleMappings(ctx)
	if err != nil {
		return nil, fmt.Errorf("dashboard: stale mappings: %w", err)
	}
	for _, s := range stale {
		out = append(out, Problem{Kind: ProblemStaleMapping, Subject: s.MappedDescription, ProductKey: s.ProductKey,
			Codes: []string{s.Reason}})
	}
	page, err := customers.Load(ctx, q, now)
	if err != nil {
		return nil, fmt.Errorf("dashboard: customers: %w", err)
	}
	for _, r := range page.Rows {
		if len(r.Problems) == 0 {
			continue
		}
		codes := make([]string, len(r.Problems))
		for i, p := range r.Problems {
			codes[i] = string(p)
		}
		out = append(out, Problem{Kind: ProblemCustomer, Subject: r.Name, TenantID: r.TenantID, Codes: codes})
	}
	several, err := usagesync.LatestSeveralAdditions(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("dashboard: %w", err)
	}
	for _, s := range several {
		ids := make([]string, len(s.Candidates))
		for i, c := range s.Candidates {
			ids[i] = strconv.Itoa(c.AdditionID)
		}
		out = append(out, Problem{Kind: ProblemSeveralAdditions, Subject: cmp.Or(s.TenantName, s.TenantIDs[0]),
			TenantID: s.TenantIDs[0], ProductKey: s.ProductKey, Product: cmp.Or(s.ProductDescription, s.ProductKey),
			Codes: ids, Month: s.Month, AgreementID: s.AgreementID, CatalogItemID: s.CatalogItemID,
			Agreement: cmp.Or(s.AgreementName, strconv.Itoa(s.AgreementID))})
	}
	return out, nil
}

// runsLooked how many recent runs are searched for the last scheduled one.
const runsLooked = 50

// runProblems adds the last run's failure and the last scheduled run's failure (when it
// is not the same run) and returns the last run.
func runProblems(ctx context.Context, d *db.DB, list []Problem) (*RunSummary, []Problem, error) {
	runs, err := (&usagesync.Engine{DB: d}).Runs(ctx, runsLooked)
	if err != nil {
		return nil, nil, fmt.Errorf("dashboard: %w", err)
	}
	if len(runs) == 0 {
		return nil, list, nil
	}
	last := runs[0]
	scheduled := slices.IndexFunc(runs, func(r usagesync.RunRecord) bool { return r.Trigger == usagesync.TriggerScheduled })
	if failed(last) {
		kind := ProblemRunFailed
		if scheduled == 0 {
			kind = ProblemScheduledRunFailed
		}
		list = append(list, runProblem(kind, last))
	}
	if i := scheduled; i > 0 && failed(runs[i]) { // the last run's own problem says it when it is the scheduled one
		list = append(list, runProblem(ProblemScheduledRunFailed, runs[i]))
	}
	return summary(last), list, nil
}

func failed(r usagesync.RunRecord) bool {
	return r.Result == "failed" || r.Result == "partial" || r.Result == "interrupted"
}

func runProblem(kind ProblemKind, r usagesync.RunRecord) Problem {
	return Problem{Kind: kind, Subject: r.Month, RunID: r.ID, Codes: []string{r.Result}, Detail: strings.TrimSpace(r.Errors)}
}
