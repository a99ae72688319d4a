package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"text/tabwriter"

	"psabridge/app/internal/transfer"
)

// transferArgs are what export and import share: the file, its format and the kind.
type transferArgs struct {
	file   string
	format transfer.Format
	kind   transfer.Kind
}

func (r *runner) transferArgs(f *commandFlags, kindText string, positional []string) (transferArgs, error) {
	var a transferArgs
	switch {
	case len(positional) == 0:
		return a, r.usage("err.missingFile", f.name)
	case len(positional) > 1:
		return a, r.usage("err.extraArg", f.name, positional[1])
	}
	a.file = positional[0]
	var err error
	if a.format, err = transfer.FormatOf(a.file); err != nil {
		return a, r.usage("err.format", a.file)
	}
	if a.kind, err = transfer.ParseKind(kindText); err != nil {
		return a, r.usage("err.kind", kindText)
	}
	return a, nil
}

// export writes the mappings: one kind to a CSV (products unless --kind says otherwise), or
// to an XLSX both kinds, each on its sheet (only --kind's when given). The file appears
// whole or not at all.
func (r *runner) export(ctx context.Context, args []string) error {
	f := r.flags("export", true)
	kindText := f.fs.String("kind", "", "products or customers")
	positional, err := r.parse(f, args)
	if err != nil {
		return err
	}
	a, err := r.transferArgs(f, *kindText, positional)
	if err != nil {
		return err
	}
	kinds := []transfer.Kind{a.kind}
	switch {
	case a.kind != "":
	case a.format == transfer.CSV:
		kinds = []transfer.Kind{transfer.Products}
	default:
		kinds = []transfer.Kind{transfer.Products, transfer.Customers}
	}
	w, _, err := r.open(ctx, f)
	if err != nil {
		return err
	}
	sheets := make([]transfer.Sheet, 0, len(kinds))
	for _, k := range kinds {
		sheet, err := transfer.ExportSheet(ctx, w.DB.Queries(), k)
		if err != nil {
			return err
		}
		sheets = append(sheets, sheet)
	}
	data, err := transfer.Encode(a.format, sheets...)
	if err != nil {
		return err
	}
	if err := transfer.WriteWhole(a.file, data); err != nil {
		return &exitError{code: ExitUsage, msg: oneLine(err)}
	}
	for i, k := range kinds {
		fmt.Fprintln(r.env.Stdout, r.p.T("export.done", a.file, len(sheets[i].Rows), r.p.T("kind."+string(k))))
	}
	return nil
}

// importFile checks a mapping file against the caches and shows what would change; with
// --apply it saves the changes as the pages' Save does. Any problem anywhere in the file ⇒
// exit 2, every problem listed with its line and column, nothing saved.
func (r *runner) importFile(ctx context.Context, args []string) error {
	f := r.flags("import", true)
	kindText := f.fs.String("kind", "", "products or customers")
	apply := f.fs.Bool("apply", false, "save the changes")
	positional, err := r.parse(f, args)
	if err != nil {
		return err
	}
	a, err := r.transferArgs(f, *kindText, positional)
	if err != nil {
		return err
	}
	file, err := os.Open(a.file)
	if err != nil {
		return r.usage("err.open", a.file, oneLine(err))
	}
	defer file.Close()
	w, _, err := r.open(ctx, f)
	if err != nil {
		return err
	}
	tables, err := transfer.Read(file, a.format, a.kind)
	if err != nil {
		return r.rejected(a.file, err)
	}
	// Every table is checked before anything is saved.
	var productChanges []transfer.ProductChange
	var customerChanges []transfer.CustomerChange
	var warnings []transfer.Issue
	var problems []transfer.Issue
	for _, t := range tables {
		var found []transfer.Issue
		switch t.Kind {
		case transfer.Products:
			productChanges, found, err = transfer.ImportProducts(ctx, t, transfer.SQLiteProducts{Queries: w.DB.Queries()})
		case transfer.Customers:
			customerChanges, found, err = transfer.ImportCustomers(ctx, t, transfer.SQLiteCustomers{Queries: w.DB.Queries()})
		}
		if ie, ok := errors.AsType[*transfer.ImportError](err); ok {
			problems = append(problems, ie.Issues...)
			continue
		}
		if err != nil {
			return err
		}
		warnings = append(warnings, found...)
	}
	if len(problems) > 0 {
		return r.rejected(a.file, &transfer.ImportError{Issues: problems})
	}
	for _, warning := range warnings {
		fmt.Fprintln(r.env.Stderr, r.p.T("import.warning", warning))
	}
	if *apply {
		if err := transfer.SaveProductChanges(ctx, w.DB, r.actor(), productChanges); err != nil {
			return err
		}
		if err := transfer.SaveCustomerChanges(ctx, w.DB, customerChanges, r.env.Now()); err != nil {
			return err
		}
		r.log.Info("mappings imported", "file", filepath.Base(a.file), "products", len(productChanges), "customers", len(customerChanges))
	}
	for _, t := range tables {
		if t.Kind == transfer.Customers {
			r.printCustomerChanges(a.file, customerChanges, *apply)
		} else {
			r.printProductChanges(a.file, productChanges, *apply)
		}
	}
	return nil
}

// rejected lists every problem of a rejected file on standard error: exit 2.
func (r *runner) rejected(file string, err error) error {
	ie, ok := errors.AsType[*transfer.ImportError](err)
	if !ok {
		return err
	}
	fmt.Fprintln(r.env.Stderr, r.p.T("err.rejected", file, len(ie.Issues)))
	for _, issue := range ie.Issues {
		fmt.Fprintln(r.env.Stderr, "  "+issue.String())
	}
	return &exitError{code: ExitUsage}
}

func (r *runner) changesHeading(file string, k transfer.Kind, n int, applied bool) bool {
	kind := r.p.T("kind." + string(k))
	switch {
	case n == 0:
		fmt.Fprintln(r.env.Stdout, r.p.T("import.none", file, kind))
		return false
	case applied:
		fmt.Fprintln(r.env.Stdout, r.p.T("import.applied", file, kind, n))
	default:
		fmt.Fprintln(r.env.Stdout, r.p.T("import.preview", file, kind, n))
	}
	return true
}

func (r *runner) printProductChanges(file string, changes []transfer.ProductChange, applied bool) {
	printChanges(r, file, transfer.Products, changes, applied, func(c transfer.ProductChange) changeRow {
		return changeRow{c.Line, c.Code, r.productMapping(c.Before), r.productMapping(c.After)}
	})
}

func (r *runner) printCustomerChanges(file string, changes []transfer.CustomerChange, applied bool) {
	printChanges(r, file, transfer.Customers, changes, applied, func(c transfer.CustomerChange) changeRow {
		return changeRow{c.Line, c.TenantID, r.customerMapping(c.Before), r.customerMapping(c.After)}
	})
}

// changeRow is one line of the import's change table: what changed, before and after.
type changeRow struct {
	line          int
	key           string
	before, after string
}

// printChanges prints the heading and, when there are changes, the table of one kind's
// changes; the kinds differ only in how a change becomes a row.
func printChanges[C any](r *runner, file string, kind transfer.Kind, changes []C, applied bool, row func(C) changeRow) {
	if !r.changesHeading(file, kind, len(changes), applied) {
		return
	}
	tw := tabwriter.NewWriter(r.env.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, r.p.T("import.header"))
	for _, c := range changes {
		cr := row(c)
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\n", cr.line, cr.key, cr.before, cr.after)
	}
	_ = tw.Flush()
}

func (r *runner) syncWord(on bool) string {
	if on {
		return r.p.T("mapping.syncOn")
	}
	return r.p.T("mapping.syncOff")
}

func (r *runner) productMapping(m transfer.ProductMapping) string {
	if m.CatalogItemID == 0 {
		return r.p.T("mapping.none") + ", " + r.syncWord(m.Sync)
	}
	return fmt.Sprintf("#%d, %s", m.CatalogItemID, r.syncWord(m.Sync))
}

func (r *runner) customerMapping(m transfer.CustomerMapping) string {
	if m.CompanyID == 0 {
		return r.p.T("mapping.none") + ", " + r.syncWord(m.Sync)
	}
	return fmt.Sprintf("#%d / #%d, %s", m.CompanyID, m.AgreementID, r.syncWord(m.Sync))
}
