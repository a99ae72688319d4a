// Package transfer moves mappings in and out of spreadsheets: export of the product and
// customer mappings as CSV or XLSX, import with whole-file validation (any error ⇒ nothing
// changes, every error listed with its line and column), and a CSV/XLSX writer for sync
// previews and past runs. It knows nothing of Wails; the caches it validates against come in
// through the ProductValidator and CustomerValidator interfaces.
package transfer
