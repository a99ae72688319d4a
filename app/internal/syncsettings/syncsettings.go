// Package syncsettings stores the usage sync's settings — its schedule (schedule.Setting)
// and what it bills (usagesync.Settings) — as one JSON value in app_settings, so the
// window's settings dialog, the command line and a scheduled run read the same thing.
package syncsettings

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"psabridge/app/internal/schedule"
	"psabridge/app/internal/usagesync"
	"psabridge/db"
	"psabridge/db/dbsqlc"
)

// Key is the app_settings row holding the settings.
const Key = "sync.settings"

// Settings are everything the sync settings dialog edits.
type Settings struct {
	Schedule schedule.Setting `json:"schedule"`
	// QuantityField is the Sophos quantity billed: billableQuantity (the default) or
	// actualQuantity. The effective date of new additions is Schedule.EffectiveDate.
	QuantityField usagesync.QuantityField `json:"quantityField"`
}

// Default is the settings before anyone changes them.
func Default() Settings {
	return Settings{Schedule: schedule.Default(), QuantityField: usagesync.BillableQuantity}
}

// Validate reports every wrong field, each as a *schedule.FieldError (joined).
func (s Settings) Validate() error {
	var errs []error
	if err := s.Schedule.Validate(); err != nil {
		errs = append(errs, err.(interface{ Unwrap() []error }).Unwrap()...) // one level: each field its own error
	}
	switch s.QuantityField {
	case usagesync.BillableQuantity, usagesync.ActualQuantity:
	default:
		errs = append(errs, &schedule.FieldError{Field: "quantityField",
			Reason: fmt.Sprintf("must be %q or %q, got %q", usagesync.BillableQuantity, usagesync.ActualQuantity, s.QuantityField)})
	}
	return errors.Join(errs...)
}

// Sync is the planner's view of the settings.
func (s Settings) Sync() usagesync.Settings {
	rule := usagesync.FirstOfMonth
	if s.Schedule.EffectiveDate == schedule.EffectiveRunDay {
		rule = usagesync.RunDay
	}
	return usagesync.Settings{QuantityField: s.QuantityField, EffectiveDate: rule}
}

// BilledMonth is the month ("YYYY-MM") a run at now bills: now's month, or the one
// before it when the schedule bills the previous month (schedule.BillingMonth).
func (s Settings) BilledMonth(now time.Time) string {
	return schedule.BillingMonth(s.Schedule, now).Format("2006-01")
}

// Get reads the stored settings; Default when none are stored. A field missing from the
// stored value takes its default; a stored value that is wrong is an error naming it.
func Get(ctx context.Context, q *dbsqlc.Queries) (Settings, error) {
	s := Default()
	raw, err := q.GetSetting(ctx, Key)
	if errors.Is(err, sql.ErrNoRows) {
		return s, nil
	}
	if err != nil {
		return Settings{}, fmt.Errorf("read the sync settings: %w", err)
	}
	if err := json.Unmarshal([]byte(raw), &s); err != nil {
		return Settings{}, fmt.Errorf("the stored sync settings are not readable: %w", err)
	}
	if err := s.Validate(); err != nil {
		return Settings{}, fmt.Errorf("the stored sync settings are wrong: %w", err)
	}
	return s, nil
}

// Save validates s and stores it; nothing is written when a field is wrong.
func Save(ctx context.Context, d *db.DB, s Settings, now time.Time) error {
	if err := s.Validate(); err != nil {
		return err
	}
	raw, err := json.Marshal(s)
	if err != nil {
		return err
	}
	if err := d.Queries().PutSetting(ctx, dbsqlc.PutSettingParams{Key: Key, Value: string(raw), UpdatedAt: now.UnixMilli()}); err != nil {
		return fmt.Errorf("save the sync settings: %w", err)
	}
	return nil
}
