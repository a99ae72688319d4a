package schedule

import "time"

// NextRun is the first scheduled run strictly after `after`, in after's location (the machine's
// local time, as the OS schedulers use). It reports false when the schedule is off or invalid.
// On a day when the clocks skip the time of day, the run happens at the wall-clock time Go's
// time.Date normalises to (one hour later), as the OS schedulers do.
func NextRun(s Setting, after time.Time) (time.Time, bool) {
	if s.Frequency == Off || s.Validate() != nil {
		return time.Time{}, false
	}
	year, month, day := after.Date()
	loc := after.Location()
	at := func(y int, m time.Month, d int) time.Time {
		return time.Date(y, m, d, s.Hour, s.Minute, 0, 0, loc)
	}
	if runDay := s.runDay(); runDay != 0 {
		if candidate := at(year, month, runDay); candidate.After(after) {
			return candidate, true
		}
		return at(year, month+1, runDay), true
	}
	if candidate := at(year, month, day); candidate.After(after) {
		return candidate, true
	}
	return at(year, month, day+1), true
}

// BillingMonth is the month a run at runAt bills (the first of that month, in runAt's location).
func BillingMonth(s Setting, runAt time.Time) time.Time {
	year, month, _ := runAt.Date()
	if s.BilledMonth == BillPreviousMonth {
		month--
	}
	return time.Date(year, month, 1, 0, 0, 0, 0, runAt.Location())
}

// AdditionEffectiveDate is the start date a run at runAt gives a new agreement addition.
func AdditionEffectiveDate(s Setting, runAt time.Time) time.Time {
	if s.EffectiveDate == EffectiveRunDay {
		year, month, day := runAt.Date()
		return time.Date(year, month, day, 0, 0, 0, 0, runAt.Location())
	}
	return BillingMonth(s, runAt)
}
