package cli

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"text/tabwriter"

	"psabridge/app/internal/usagesync"
)

// printSync prints a preview or run as a table of the rows that write or are checked, a
// count of the skipped rows per reason, and the totals.
func (r *runner) printSync(o syncOutput, doc SyncDocument, applied bool) error {
	out := r.env.Stdout
	if o.RunID != nil {
		fmt.Fprintln(out, r.p.T("sync.applied", o.Month, *o.RunID, r.p.T("result."+o.Result)))
	} else {
		fmt.Fprintln(out, r.p.T("sync.preview", o.Month))
	}
	fmt.Fprintln(out)
	skipped := map[string]int{}
	tw := tabwriter.NewWriter(out, 2, 4, 2, ' ', 0)
	shown := 0
	for i, row := range o.Rows {
		item := doc.Items[i]
		if item.Action == string(usagesync.ActionSkip) {
			skipped[item.Reason]++
			continue
		}
		if shown == 0 {
			fmt.Fprintln(tw, r.p.T("sync.header"))
		}
		shown++
		current := r.p.T("mapping.none")
		if item.CurrentQuantity != nil {
			current = quantity(*item.CurrentQuantity)
		}
		agreement := ""
		if row.AgreementID != 0 {
			agreement = fmt.Sprintf("%s (#%d)", row.AgreementName, row.AgreementID)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", cmp.Or(row.TenantName, row.TenantID), row.ProductKey, agreement,
			quantity(row.SophosQuantity), current, quantity(row.NewQuantity), r.p.T("action."+item.Action), r.reasonText(item.Reason))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if shown == 0 {
		fmt.Fprintln(out, r.p.T("sync.noRows"))
	}
	if len(skipped) > 0 {
		total := 0
		for _, n := range skipped {
			total += n
		}
		fmt.Fprintln(out)
		fmt.Fprintln(out, r.p.T("sync.skipped", total))
		reasons := make([]string, 0, len(skipped))
		for reason := range skipped {
			reasons = append(reasons, reason)
		}
		slices.Sort(reasons)
		for _, reason := range reasons {
			fmt.Fprintf(out, "  %5d  %s\n", skipped[reason], r.reasonText(reason))
		}
	}
	for _, e := range o.Errors {
		fmt.Fprintln(out, r.p.T("sync.error", e))
	}
	fmt.Fprintln(out)
	c := doc.Counts
	fmt.Fprintln(out, r.p.T("sync.counts", c["create"], c["update"], c["unchanged"], c["skip"], c["failed"], c["conflict"]))
	if !applied && c["create"]+c["update"] > 0 {
		fmt.Fprintln(out, r.p.T("sync.hintApply"))
	}
	return nil
}

// reasonText is a reason code in words; an error text (a failed write) as it is.
func (r *runner) reasonText(reason string) string {
	if reason != "" && r.p.has("reason."+reason) {
		return r.p.T("reason." + reason)
	}
	return reason
}

// quantity shows a quantity exactly as Sophos and ConnectWise gave it.
func quantity(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
