package cli

import (
	"context"
	"errors"
	"fmt"
	"text/tabwriter"

	"psabridge/app/internal/errkind"
	"psabridge/app/internal/workspace"
)

// refresh brings every cache up to date through the window's RefreshAll and prints one line
// per part. A part that is not connected makes it exit 2, one that failed 3.
func (r *runner) refresh(ctx context.Context, args []string) error {
	f := r.flags("refresh", true)
	positional, err := r.parse(f, args)
	if err != nil {
		return err
	}
	if err := r.noPositional(f, positional); err != nil {
		return err
	}
	w, _, err := r.open(ctx, f)
	if err != nil {
		return err
	}
	if err := r.needs(w, true, true); err != nil && !w.ConnectWiseConnected() && !w.SophosConnected() {
		return err // nothing to refresh from at all
	}
	res := w.RefreshAll(ctx, nil)
	tw := tabwriter.NewWriter(r.env.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, r.p.T("refresh.header"))
	configuration, failed := false, false
	for _, part := range res.Parts {
		fmt.Fprintf(tw, "%s\t%s\n", r.p.T("part."+string(part.Part)), r.partOutcome(part))
		if part.Err != nil {
			r.log.Warn("refresh part failed", "part", part.Part, "err", part.Err)
			configuration = configuration || configurationProblem(part.Err)
			failed = true
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if err := r.needs(w, true, true); err != nil {
		return err
	}
	switch {
	case configuration:
		return &exitError{code: ExitUsage} // the table says which part and why
	case failed:
		return &exitError{code: ExitPartial}
	}
	return nil
}

// configurationProblem reports whether a failed part needs the user to fix the setup: an
// account not set up, credentials rejected or lacking a permission.
func configurationProblem(err error) bool {
	switch errkind.Of(err) {
	case errkind.Unauthorized, errkind.Forbidden:
		return true
	}
	return errors.Is(err, workspace.ErrNotConnected)
}

// partOutcome is one part's result for people.
func (r *runner) partOutcome(p workspace.PartResult) string {
	switch {
	case errors.Is(p.Err, workspace.ErrNotConnected):
		return r.p.T("refresh.notConnected")
	case p.Err != nil:
		return r.p.T("refresh.failed", oneLine(p.Err))
	}
	switch p.Part {
	case workspace.PartCatalog:
		return r.p.T("refresh.catalog", p.Catalog.Total, p.Catalog.Written+p.Catalog.Deleted)
	case workspace.PartTenants:
		return r.p.T("refresh.tenants", p.Tenants.Seen, p.Tenants.New, p.Tenants.Gone)
	case workspace.PartUsage:
		return r.p.T("refresh.usage", len(p.Usage.Fetched), len(p.Usage.Kept))
	case workspace.PartProducts:
		return r.p.T("refresh.products", p.Products)
	}
	return r.p.T("refresh.customers", p.Customers.Companies.Total, p.Customers.Agreements.Total)
}
