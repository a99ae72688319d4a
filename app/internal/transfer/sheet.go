package transfer

import (
	"encoding/csv"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Format is a file format, chosen by the file name's extension.
type Format string

const (
	CSV  Format = "csv"
	XLSX Format = "xlsx"
)

// FormatOf is the format of a file name: .csv or .xlsx.
func FormatOf(name string) (Format, error) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv":
		return CSV, nil
	case ".xlsx":
		return XLSX, nil
	}
	return "", fmt.Errorf("file %q: the name must end in .csv or .xlsx", name)
}

// Cell is one value to write. Number cells are written as numbers in XLSX (exactly the text
// given, never through a float) and are never formula-escaped; text cells are escaped.
type Cell struct {
	Text   string
	Number bool
}

// Sheet is something to write: one XLSX worksheet, or one CSV file.
type Sheet struct {
	Name   string
	Header []string
	Rows   [][]Cell
}

// utf8BOM makes Excel open the CSV as UTF-8 rather than the ANSI code page.
const utf8BOM = "\ufeff"

// WriteCSV writes the sheet as CSV: UTF-8 with a byte order mark, comma separated, CRLF line
// ends as Excel writes them.
func WriteCSV(w io.Writer, s Sheet) error {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return err
	}
	writer := csv.NewWriter(w)
	writer.UseCRLF = true
	if err := writer.Write(s.Header); err != nil {
		return err
	}
	record := make([]string, len(s.Header))
	for _, row := range s.Rows {
		for i := range record {
			record[i] = ""
			if i < len(row) {
				record[i] = cellText(row[i])
			}
		}
		if err := writer.Write(record); err != nil {
			return err
		}
	}
	writer.Flush()
	return writer.Error()
}

func cellText(c Cell) string {
	if c.Number {
		return c.Text
	}
	return escapeCell(c.Text)
}

// WriteXLSX writes the sheets into one workbook, each with its header row frozen.
func WriteXLSX(w io.Writer, sheets ...Sheet) (err error) {
	book := excelize.NewFile()
	defer func() {
		if closeErr := book.Close(); err == nil {
			err = closeErr
		}
	}()
	first := book.GetSheetName(0)
	for i, s := range sheets {
		if i == 0 {
			err = book.SetSheetName(first, s.Name)
		} else {
			_, err = book.NewSheet(s.Name)
		}
		if err != nil {
			return fmt.Errorf("sheet %q: %w", s.Name, err)
		}
		if err := writeXLSXSheet(book, s); err != nil {
			return fmt.Errorf("sheet %q: %w", s.Name, err)
		}
	}
	return book.Write(w)
}

func writeXLSXSheet(book *excelize.File, s Sheet) error {
	for col, name := range s.Header {
		ref, err := excelize.CoordinatesToCellName(col+1, 1)
		if err != nil {
			return err
		}
		if err := book.SetCellStr(s.Name, ref, name); err != nil {
			return err
		}
	}
	for r, row := range s.Rows {
		for col, cell := range row {
			ref, err := excelize.CoordinatesToCellName(col+1, r+2)
			if err != nil {
				return err
			}
			switch {
			case cell.Text == "":
				continue
			case cell.Number:
				// SetCellDefault stores the digits as a number without converting them.
				err = book.SetCellDefault(s.Name, ref, cell.Text)
			default:
				err = book.SetCellStr(s.Name, ref, escapeCell(cell.Text))
			}
			if err != nil {
				return err
			}
		}
	}
	return book.SetPanes(s.Name, &excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	})
}
