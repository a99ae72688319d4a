package transfer

import (
	"bytes"
	"context"
	"os"
	"path/filepath"

	"psabridge/db/dbsqlc"
)

// ExportSheet reads kind's mappings from the app database as the export writes them.
func ExportSheet(ctx context.Context, q *dbsqlc.Queries, k Kind) (Sheet, error) {
	if k == Customers {
		rows, err := SQLiteCustomers{Queries: q}.CustomerRows(ctx)
		return CustomersSheet(rows), err
	}
	rows, err := SQLiteProducts{Queries: q}.ProductRows(ctx)
	return ProductsSheet(rows), err
}

// Encode is the file content of the sheets in format: a CSV holds the first sheet, an XLSX
// all of them.
func Encode(f Format, sheets ...Sheet) ([]byte, error) {
	var buf bytes.Buffer
	var err error
	if f == CSV {
		err = WriteCSV(&buf, sheets[0])
	} else {
		err = WriteXLSX(&buf, sheets...)
	}
	return buf.Bytes(), err
}

// WriteWhole writes data to a temporary file beside name and renames it into place, so an
// interrupted export never leaves half a file where the old one was.
func WriteWhole(name string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), ".psa-bridge-export-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after a successful rename there is nothing left to remove
	if _, err := tmp.Write(data); err != nil {
		_ = tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}
