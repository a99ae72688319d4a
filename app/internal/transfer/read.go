package transfer

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// MaxFileSize caps an import file. A mapping file of thousands of tenants is well under 1 MB;
// anything bigger is the wrong file, and reading it stops at the cap instead of filling memory.
const MaxFileSize = 4 << 20

// xlsxUnzipLimit caps what an XLSX (a zip) may expand to, against zip bombs.
const xlsxUnzipLimit = 64 << 20

// Read reads an import file into tables, one per kind found: a CSV holds one kind (detected
// from its header when kind is ""), an XLSX one per known sheet (only kind's sheet when given).
// File-level problems (too large, not UTF-8, not a table, missing columns) come back as an
// *ImportError listing each with its line and column.
func Read(r io.Reader, format Format, kind Kind) ([]Table, error) {
	var problems issues
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileSize {
		problems.add(0, 0, "", CodeTooLarge, "the file is larger than %d MB; a mapping file is far smaller — is it the right file?", MaxFileSize>>20)
		return nil, problems.err()
	}
	var tables []Table
	switch format {
	case CSV:
		if table, ok := readCSV(data, kind, &problems); ok {
			tables = append(tables, table)
		}
	case XLSX:
		tables = readXLSX(data, kind, &problems)
	default:
		return nil, errors.New("transfer: unknown format " + string(format))
	}
	if err := problems.err(); err != nil {
		return nil, err
	}
	return tables, nil
}

func readCSV(data []byte, kind Kind, problems *issues) (Table, bool) {
	data = bytes.TrimPrefix(data, []byte(utf8BOM))
	if !utf8.Valid(data) {
		for i, line := range bytes.Split(data, []byte("\n")) {
			if !utf8.Valid(line) {
				// Column is for cells; the position of the bad byte goes into the message.
				char := utf8.RuneCount(line[:firstInvalid(line)]) + 1
				problems.add(i+1, 0, "", CodeNotUTF8, "character %d is not UTF-8 text; save the file as \"CSV UTF-8\"", char)
			}
		}
		return Table{}, false
	}
	headerLine, _, _ := bytes.Cut(data, []byte("\n"))
	delimiter, kind := chooseDelimiter(string(headerLine), kind)
	reader := csv.NewReader(bytes.NewReader(data))
	reader.Comma = delimiter
	reader.FieldsPerRecord = -1 // cell counts are checked per row, with a clearer message
	var records [][]string
	var lines []int
	for {
		record, err := reader.Read()
		if err == io.EOF {
			break
		}
		if parseErr, ok := errors.AsType[*csv.ParseError](err); ok {
			problems.add(parseErr.Line, 0, "", CodeUnreadable, "character %d: %v", parseErr.Column, parseErr.Err)
			return Table{}, false
		}
		if err != nil {
			problems.add(0, 0, "", CodeUnreadable, "%v", err)
			return Table{}, false
		}
		line, _ := reader.FieldPos(0)
		records = append(records, record)
		lines = append(lines, line)
	}
	return buildTable(records, lines, kind, true, problems)
}

func firstInvalid(line []byte) int {
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRune(line[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(line)
}

// chooseDelimiter picks comma or semicolon (German Excel) by which one splits the header into a
// known kind's columns; comma when neither does, so the missing columns are reported.
func chooseDelimiter(headerLine string, kind Kind) (rune, Kind) {
	headerLine = strings.TrimRight(headerLine, "\r")
	for _, delimiter := range []rune{',', ';'} {
		header := strings.Split(headerLine, string(delimiter))
		for i := range header {
			header[i] = strings.Trim(header[i], `"`)
		}
		if detected := detectKind(header); detected != "" && (kind == "" || kind == detected) {
			return delimiter, detected
		}
	}
	return ',', kind
}

func readXLSX(data []byte, kind Kind, problems *issues) []Table {
	book, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		RawCellValue: true, UnzipSizeLimit: xlsxUnzipLimit, UnzipXMLSizeLimit: xlsxUnzipLimit,
	})
	if err != nil {
		problems.add(0, 0, "", CodeUnreadable, "not a readable XLSX workbook: %v", err)
		return nil
	}
	defer book.Close()
	kinds := []Kind{Products, Customers}
	if kind != "" {
		kinds = []Kind{kind}
	}
	var tables []Table
	for _, k := range kinds {
		if !slices.Contains(book.GetSheetList(), SheetName(k)) {
			continue
		}
		rows, err := book.GetRows(SheetName(k), excelize.Options{RawCellValue: true})
		if err != nil {
			problems.add(0, 0, "", CodeUnreadable, "sheet %q: %v", SheetName(k), err)
			continue
		}
		// Empty rows are dropped (the header need not be in row 1); the rest keep their row number.
		var kept [][]string
		var keptLines []int
		for i, row := range rows {
			if !blank(row) {
				kept = append(kept, row)
				keptLines = append(keptLines, i+1)
			}
		}
		// Excel leaves trailing empty cells out of a row, so short rows are fine here.
		if table, ok := buildTable(kept, keptLines, k, false, problems); ok {
			tables = append(tables, table)
		}
	}
	if len(tables) == 0 && len(problems.list) == 0 {
		want := `"Produkte" or "Kunden"`
		if kind != "" {
			want = `"` + SheetName(kind) + `"`
		}
		problems.add(0, 0, "", CodeUnknownKind, "the workbook has no sheet named %s", want)
	}
	return tables
}

func blank(cells []string) bool {
	return !slices.ContainsFunc(cells, func(c string) bool { return strings.TrimSpace(c) != "" })
}

// buildTable checks the header and puts each row's cells into the kind's column order. With
// sameCellCount every row must have as many cells as the header (CSV, where a different count
// means a stray separator).
func buildTable(records [][]string, lines []int, kind Kind, sameCellCount bool, problems *issues) (Table, bool) {
	if len(records) == 0 {
		problems.add(1, 0, "", CodeMissingColumn, "the file is empty; the first line must be the header")
		return Table{}, false
	}
	header := normalizedHeader(records[0])
	if kind == "" {
		kind = detectKind(header)
	}
	if kind == "" {
		problems.add(lines[0], 0, "", CodeUnknownKind,
			"the header names neither the products columns (%s) nor the customers columns (%s); is the separator a comma or semicolon?",
			strings.Join(Columns(Products), ", "), strings.Join(Columns(Customers), ", "))
		return Table{}, false
	}
	positions := make([]int, 0, len(Columns(kind)))
	for _, column := range Columns(kind) {
		at := slices.Index(header, column)
		if at < 0 {
			problems.add(lines[0], 0, column, CodeMissingColumn, "column %q is missing", column)
			continue
		}
		if slices.Index(header[at+1:], column) >= 0 {
			problems.add(lines[0], at+1, column, CodeDuplicateColumn, "column %q appears twice", column)
		}
		positions = append(positions, at)
	}
	if len(positions) != len(Columns(kind)) {
		return Table{}, false
	}
	table := Table{Kind: kind, Header: Columns(kind), positions: positions}
	for i, record := range records[1:] {
		line := lines[i+1]
		if blank(record) {
			continue
		}
		if (sameCellCount && len(record) != len(header)) || (len(record) > len(header) && !blank(record[len(header):])) {
			problems.add(line, len(header)+1, "", CodeWrongCellCount, "%d cells, but the header has %d columns", len(record), len(header))
			continue
		}
		cells := make([]string, len(positions))
		for c, at := range positions {
			if at < len(record) {
				cells[c] = unescapeCell(strings.TrimSpace(record[at]))
			}
		}
		table.Rows = append(table.Rows, Row{Line: line, Cells: cells})
	}
	return table, true
}
