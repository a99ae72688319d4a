package schedule

import (
	"errors"
	"fmt"
)

// Frequency is how often the usage sync runs, as offered by Sophos' own ConnectWise integration
// ("ConnectWise usage sync settings", Sophos NOTES §3.5).
type Frequency string

const (
	// WithMonthlyInvoice is Sophos' default: "towards the end of each month". See InvoiceDay.
	WithMonthlyInvoice Frequency = "monthly-invoice"
	// MonthlyOnDay runs once a month on Setting.DayOfMonth.
	MonthlyOnDay Frequency = "monthly"
	// Daily runs once a day ("each night" in Sophos' words) at the time of day.
	Daily Frequency = "daily"
	// Off means no task is installed.
	Off Frequency = "off"
)

// InvoiceDay is the day of the month a WithMonthlyInvoice run happens.
//
// Assumption: Sophos documents only "towards the end of each month" for its monthly-invoice sync
// and publishes no exact day. We take the 28th, the last day that exists in every month, because
// cron and launchd have no "last day of the month" and skip a month that lacks the day asked for
// (Task Scheduler and systemd do likewise for a fixed day 29–31). The README states the same.
const InvoiceDay = 28

// LastSelectableDay is the highest day of the month a MonthlyOnDay schedule may use, for the
// same reason: a 29th, 30th or 31st would silently skip the months without it.
const LastSelectableDay = 28

// EffectiveDate says which date a new agreement addition starts on.
type EffectiveDate string

const (
	// EffectiveFirstOfBillingMonth dates new additions to the first day of the billed month.
	EffectiveFirstOfBillingMonth EffectiveDate = "first-of-billing-month"
	// EffectiveRunDay dates new additions to the day of the run.
	EffectiveRunDay EffectiveDate = "run-day"
)

// BilledMonth says which month's Sophos usage a run bills.
type BilledMonth string

const (
	// BillCurrentMonth bills the month the run happens in (Sophos' own end-of-month behaviour).
	BillCurrentMonth BilledMonth = "current"
	// BillPreviousMonth bills the month before the run, whose usage is final.
	BillPreviousMonth BilledMonth = "previous"
)

// Setting is the sync schedule as the sync settings dialog edits it and the settings table
// stores it (as JSON). Times are local wall-clock times of the machine running the task.
type Setting struct {
	Frequency     Frequency     `json:"frequency"`
	DayOfMonth    int           `json:"dayOfMonth"` // 1..LastSelectableDay; only for MonthlyOnDay
	Hour          int           `json:"hour"`       // 0..23
	Minute        int           `json:"minute"`     // 0..59
	EffectiveDate EffectiveDate `json:"effectiveDate"`
	BilledMonth   BilledMonth   `json:"billedMonth"`
}

// Default is the setting before anyone changes it: Sophos' default (with the monthly invoice),
// at night, new additions from the first of the billed month, billing the current month as
// Sophos does at the end of the month.
func Default() Setting {
	return Setting{
		Frequency:     WithMonthlyInvoice,
		DayOfMonth:    1,
		Hour:          2,
		Minute:        0,
		EffectiveDate: EffectiveFirstOfBillingMonth,
		BilledMonth:   BillCurrentMonth,
	}
}

// FieldError names the setting field that is wrong.
type FieldError struct {
	Field  string
	Reason string
}

func (e *FieldError) Error() string { return fmt.Sprintf("schedule: %s: %s", e.Field, e.Reason) }

// Validate reports every wrong field, each as a *FieldError (joined).
func (s Setting) Validate() error {
	var errs []error
	bad := func(field, format string, args ...any) {
		errs = append(errs, &FieldError{Field: field, Reason: fmt.Sprintf(format, args...)})
	}
	switch s.Frequency {
	case WithMonthlyInvoice, Daily, Off:
	case MonthlyOnDay:
		if s.DayOfMonth < 1 || s.DayOfMonth > LastSelectableDay {
			bad("dayOfMonth", "must be between 1 and %d, got %d", LastSelectableDay, s.DayOfMonth)
		}
	default:
		bad("frequency", "must be one of %q, %q, %q, %q, got %q", WithMonthlyInvoice, MonthlyOnDay, Daily, Off, s.Frequency)
	}
	if s.Hour < 0 || s.Hour > 23 {
		bad("hour", "must be between 0 and 23, got %d", s.Hour)
	}
	if s.Minute < 0 || s.Minute > 59 {
		bad("minute", "must be between 0 and 59, got %d", s.Minute)
	}
	switch s.EffectiveDate {
	case EffectiveFirstOfBillingMonth, EffectiveRunDay:
	default:
		bad("effectiveDate", "must be %q or %q, got %q", EffectiveFirstOfBillingMonth, EffectiveRunDay, s.EffectiveDate)
	}
	switch s.BilledMonth {
	case BillCurrentMonth, BillPreviousMonth:
	default:
		bad("billedMonth", "must be %q or %q, got %q", BillCurrentMonth, BillPreviousMonth, s.BilledMonth)
	}
	return errors.Join(errs...)
}

// runDay is the day of the month a monthly schedule runs on, or 0 for a daily one.
func (s Setting) runDay() int {
	switch s.Frequency {
	case WithMonthlyInvoice:
		return InvoiceDay
	case MonthlyOnDay:
		return s.DayOfMonth
	}
	return 0
}
