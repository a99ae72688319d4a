package connectwise

import (
	"fmt"
	"strings"
)

// PatchOp is one JSON Patch operation as ConnectWise takes it: op is "add", "replace" or
// "remove", and path is a top-level field name ("description", "subcategory").
type PatchOp struct {
	Op    string `json:"op"`
	Path  string `json:"path"`
	Value any    `json:"value,omitempty"`
}

// Replace sets a field. For references use ReplaceRef.
func Replace(path string, value any) PatchOp { return PatchOp{Op: "replace", Path: path, Value: value} }

// Add sets a field that may be absent (ConnectWise treats it like replace).
func Add(path string, value any) PatchOp { return PatchOp{Op: "add", Path: path, Value: value} }

// Remove clears a field.
func Remove(path string) PatchOp { return PatchOp{Op: "remove", Path: path} }

// ReplaceRef points a reference field at another record: the whole reference object is
// replaced ({"id": N}), the only form ConnectWise applies reliably; a path into the
// reference ("subcategory/id") can be answered 200 and ignored (NOTES §5).
func ReplaceRef(path string, id int) PatchOp {
	return PatchOp{Op: "replace", Path: path, Value: idRef{ID: id}}
}

// checkPatch refuses operations ConnectWise would reject or silently ignore.
func checkPatch(ops []PatchOp) error {
	if len(ops) == 0 {
		return fmt.Errorf("connectwise: empty patch")
	}
	for _, op := range ops {
		path := strings.TrimPrefix(op.Path, "/")
		switch {
		case op.Op != "add" && op.Op != "replace" && op.Op != "remove":
			return fmt.Errorf("connectwise: patch operation %s is not add, replace or remove", quoted(op.Op))
		case path == "" || checkField(path) != nil:
			return fmt.Errorf("connectwise: invalid patch path %s", quoted(op.Path))
		case strings.Contains(path, "/"):
			return fmt.Errorf("connectwise: patch path %s reaches into a reference; replace the whole reference with ReplaceRef", quoted(op.Path))
		case op.Op != "remove" && op.Value == nil:
			return fmt.Errorf("connectwise: %s of %s needs a value (use Remove to clear it)", op.Op, quoted(op.Path))
		}
	}
	return nil
}
