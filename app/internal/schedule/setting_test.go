package schedule

import (
	"errors"
	"testing"
	"time"
)

func TestDefaultIsValidAndWithTheMonthlyInvoice(t *testing.T) {
	s := Default()
	if err := s.Validate(); err != nil {
		t.Fatalf("default setting invalid: %v", err)
	}
	if s.Frequency != WithMonthlyInvoice || s.EffectiveDate != EffectiveFirstOfBillingMonth {
		t.Fatalf("default = %+v, want the monthly invoice and the first of the billing month", s)
	}
}

func TestValidateNamesEveryWrongField(t *testing.T) {
	cases := []struct {
		name   string
		change func(*Setting)
		fields []string
	}{
		{"unknown frequency", func(s *Setting) { s.Frequency = "weekly" }, []string{"frequency"}},
		{"day 0", func(s *Setting) { s.Frequency, s.DayOfMonth = MonthlyOnDay, 0 }, []string{"dayOfMonth"}},
		{"day 29 skips February", func(s *Setting) { s.Frequency, s.DayOfMonth = MonthlyOnDay, 29 }, []string{"dayOfMonth"}},
		{"hour 24", func(s *Setting) { s.Hour = 24 }, []string{"hour"}},
		{"minute -1", func(s *Setting) { s.Minute = -1 }, []string{"minute"}},
		{"effective date", func(s *Setting) { s.EffectiveDate = "" }, []string{"effectiveDate"}},
		{"billed month", func(s *Setting) { s.BilledMonth = "next" }, []string{"billedMonth"}},
		{"several", func(s *Setting) { s.Hour, s.Minute, s.BilledMonth = 99, 99, "" }, []string{"hour", "minute", "billedMonth"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := Default()
			c.change(&s)
			err := s.Validate()
			for _, field := range c.fields {
				if !hasFieldError(err, field) {
					t.Errorf("Validate() = %v, want an error naming %q", err, field)
				}
			}
		})
	}
	monthlyDay28 := Default()
	monthlyDay28.Frequency, monthlyDay28.DayOfMonth = MonthlyOnDay, 28
	if err := monthlyDay28.Validate(); err != nil {
		t.Errorf("day 28 refused: %v", err)
	}
}

func hasFieldError(err error, field string) bool {
	var joined interface{ Unwrap() []error }
	if errors.As(err, &joined) {
		for _, e := range joined.Unwrap() {
			if hasFieldError(e, field) {
				return true
			}
		}
	}
	fieldErr, ok := errors.AsType[*FieldError](err)
	return ok && fieldErr.Field == field
}

func TestNewJobRefusesRelativePathsAndOff(t *testing.T) {
	off := Default()
	off.Frequency = Off
	_, err := NewJob("psa-bridge", "data", off)
	for _, field := range []string{"binary", "dataDir", "frequency"} {
		if !hasFieldError(err, field) {
			t.Errorf("NewJob() = %v, want an error naming %q", err, field)
		}
	}
}

func TestNextRun(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skipf("no time zone database: %v", err)
	}
	at := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, berlin) }
	setting := func(f Frequency, day, hour, minute int) Setting {
		s := Default()
		s.Frequency, s.DayOfMonth, s.Hour, s.Minute = f, day, hour, minute
		return s
	}
	cases := []struct {
		name  string
		s     Setting
		after time.Time
		want  time.Time
	}{
		{"daily later today", setting(Daily, 0, 2, 30), at(2026, 3, 10, 1, 0), at(2026, 3, 10, 2, 30)},
		{"daily exactly now is the next day", setting(Daily, 0, 2, 30), at(2026, 3, 10, 2, 30), at(2026, 3, 11, 2, 30)},
		{"daily across the year", setting(Daily, 0, 2, 0), at(2026, 12, 31, 23, 0), at(2027, 1, 1, 2, 0)},
		{"monthly this month", setting(MonthlyOnDay, 5, 6, 0), at(2026, 3, 4, 9, 0), at(2026, 3, 5, 6, 0)},
		{"monthly next month", setting(MonthlyOnDay, 5, 6, 0), at(2026, 3, 5, 6, 1), at(2026, 4, 5, 6, 0)},
		{"monthly across the year", setting(MonthlyOnDay, 1, 0, 0), at(2026, 12, 2, 0, 0), at(2027, 1, 1, 0, 0)},
		{"invoice on the 28th", setting(WithMonthlyInvoice, 0, 2, 0), at(2026, 2, 1, 0, 0), at(2026, 2, 28, 2, 0)},
		{"invoice after the 28th", setting(WithMonthlyInvoice, 0, 2, 0), at(2026, 1, 30, 0, 0), at(2026, 2, 28, 2, 0)},
		// 2026-03-29 02:30 does not exist in Berlin (clocks go 02:00 → 03:00).
		{"daily into the spring gap", setting(Daily, 0, 2, 30), at(2026, 3, 29, 1, 0), at(2026, 3, 29, 3, 30)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := NextRun(c.s, c.after)
			if !ok || !got.Equal(c.want) {
				t.Fatalf("NextRun(%+v, %v) = %v, %v; want %v", c.s, c.after, got, ok, c.want)
			}
		})
	}
	if _, ok := NextRun(setting(Off, 0, 2, 0), at(2026, 1, 1, 0, 0)); ok {
		t.Error("NextRun reported a run for a schedule that is off")
	}
	if _, ok := NextRun(setting(Daily, 0, 25, 0), at(2026, 1, 1, 0, 0)); ok {
		t.Error("NextRun reported a run for an invalid setting")
	}
}

func TestBillingMonthAndEffectiveDate(t *testing.T) {
	runAt := time.Date(2026, 1, 28, 2, 0, 0, 0, time.UTC)
	s := Default()
	if got := BillingMonth(s, runAt); !got.Equal(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("current month billed = %v", got)
	}
	s.BilledMonth = BillPreviousMonth
	if got := BillingMonth(s, runAt); !got.Equal(time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("previous month billed = %v, want December 2025", got)
	}
	if got := AdditionEffectiveDate(s, runAt); !got.Equal(time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("effective date = %v, want the first of the billed month", got)
	}
	s.EffectiveDate = EffectiveRunDay
	if got := AdditionEffectiveDate(s, runAt); !got.Equal(time.Date(2026, 1, 28, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("effective date = %v, want the run day", got)
	}
}

func TestFirewallWarningsOnlyOffTheMonthlyInvoice(t *testing.T) {
	products := []Product{
		{Code: "XGS-FW", Description: "Sophos Firewall", Group: "Device"},
		{Code: "CIXA-MSP", Description: "Intercept X Advanced", Group: "User"},
	}
	s := Default()
	if got := FirewallWarnings(s, products); len(got) != 0 {
		t.Errorf("warnings with the monthly invoice: %v", got)
	}
	for _, f := range []Frequency{Daily, MonthlyOnDay} {
		s.Frequency, s.DayOfMonth = f, 3
		got := FirewallWarnings(s, products)
		if len(got) != 1 || got[0].Code != "XGS-FW" {
			t.Errorf("%s: warnings = %v, want the firewall only", f, got)
		}
	}
}
