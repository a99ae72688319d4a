package app

import (
	"errors"
	"time"

	"psabridge/app/internal/products"
	"psabridge/app/internal/workspace"
)

// NearDuplicate is an active ConnectWise product whose identifier or description is one
// letter from a draft's: the add dialog warns before creating another.
type NearDuplicate struct {
	ItemID      int64  `json:"itemId"`
	Identifier  string `json:"identifier"`
	Description string `json:"description"`
	Field       string `json:"field"` // "identifier" or "description": which one is close
}

// NearDuplicates lists the catalog's products close to the draft (from the local catalog).
func (s *ProductsService) NearDuplicates(d ProductDraft) ([]NearDuplicate, error) {
	ws, ctx := s.app.use()
	found, err := products.NearDuplicates(ctx, ws.DB.Reader(), d.domain())
	if err != nil {
		return nil, err
	}
	out := make([]NearDuplicate, len(found))
	for i, n := range found {
		out[i] = NearDuplicate(n)
	}
	return out, nil
}

// AcknowledgeRename keeps a mapping whose ConnectWise product was renamed: it is no longer
// flagged "In ConnectWise umbenannt". Nothing is sent to ConnectWise.
func (s *ProductsService) AcknowledgeRename(productKey string) error {
	ws, ctx := s.app.use()
	if err := products.AcknowledgeRename(ctx, ws.DB, productKey, time.Now()); err != nil {
		return err
	}
	s.app.emit().Emit(EventProductsUpdated, 0)
	return nil
}

// ResetDemo starts demo data over ("Demo zurücksetzen"): the demo database and the demo
// ConnectWise sandbox together, so they never contradict each other. Demo mode only.
func (s *SettingsService) ResetDemo() error {
	s.app.modeMu.Lock()
	defer s.app.modeMu.Unlock()
	err := s.app.current.ResetDemo(s.app.life)
	if errors.Is(err, workspace.ErrNotDemo) {
		return Errorf(CodeConflict, "Demo data can only be reset in demo mode.")
	}
	return err
}
