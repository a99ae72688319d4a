package customers

import (
	"strings"
	"time"

	"psabridge/app/internal/connectwise"
	"psabridge/app/internal/sophos"
	"psabridge/db/dbsqlc"
)

// Problem is a reason a tenant's usage cannot (or should not) be billed as mapped. The
// page shows one line per problem in the Status column; the codes are the i18n keys' tails.
type Problem string

const (
	ProblemAgreementCancelled Problem = "agreement_cancelled"
	ProblemAgreementExpired   Problem = "agreement_expired" // status Expired, or its end date has passed
	ProblemAgreementInactive  Problem = "agreement_inactive"
	ProblemAgreementNotFound  Problem = "agreement_not_found" // mapped agreement no longer in ConnectWise
	ProblemCompanyDeleted     Problem = "company_deleted"     // deleted (recycle bin) or purged in ConnectWise
	ProblemCompanyInactive    Problem = "company_inactive"
	ProblemTenantSuspended    Problem = "tenant_suspended"
	ProblemTenantGone         Problem = "tenant_gone"       // no longer returned by Sophos
	ProblemNotUsageBilling    Problem = "not_usage_billing" // billingType other than usage: no MSP Flex usage
)

// tenantStatusSuspended is the tenant status Sophos reports for a suspended customer.
const tenantStatusSuspended = "suspended"

// agreementProblem is what is wrong with an agreement for billing usage, "" when nothing.
// Cancelled wins over expired, expired over inactive: the most final state is shown.
func agreementProblem(a dbsqlc.CWAgreement, now time.Time) Problem {
	switch {
	case a.CancelledFlag == 1 || strings.EqualFold(a.AgreementStatus, connectwise.AgreementCancelled):
		return ProblemAgreementCancelled
	case strings.EqualFold(a.AgreementStatus, connectwise.AgreementExpired),
		a.NoEndingDateFlag == 0 && a.EndDate != 0 && a.EndDate < now.UnixMilli():
		return ProblemAgreementExpired
	case strings.EqualFold(a.AgreementStatus, connectwise.AgreementInactive):
		return ProblemAgreementInactive
	}
	return ""
}

// agreementActive reports whether usage may be billed to the agreement.
func agreementActive(a dbsqlc.CWAgreement, now time.Time) bool { return agreementProblem(a, now) == "" }

// companyProblem is what is wrong with a company, "" when nothing.
func companyProblem(c company) Problem {
	switch {
	case c.DeletedFlag == 1 || c.Gone == 1:
		return ProblemCompanyDeleted
	case c.Inactive == 1:
		return ProblemCompanyInactive
	}
	return ""
}

// tenantProblems are the problems of a tenant itself, mapped or not.
func tenantProblems(t dbsqlc.SophosTenant) []Problem {
	var out []Problem
	if t.Gone == 1 {
		out = append(out, ProblemTenantGone)
	}
	if strings.EqualFold(strings.TrimSpace(t.Status), tenantStatusSuspended) {
		out = append(out, ProblemTenantSuspended)
	}
	// An empty billing type means Sophos did not say: not flagged, nothing is known.
	if t.BillingType != "" && !strings.EqualFold(t.BillingType, sophos.BillingTypeUsage) {
		out = append(out, ProblemNotUsageBilling)
	}
	return out
}

// mappingProblems are the problems of a tenant's mapping against the cache.
func mappingProblems(t dbsqlc.SophosTenant, companies map[int64]company, agreements map[int64]dbsqlc.CWAgreement, now time.Time) []Problem {
	var out []Problem
	if t.CWCompanyID != nil {
		c, ok := companies[*t.CWCompanyID]
		if !ok {
			out = append(out, ProblemCompanyDeleted)
		} else if p := companyProblem(c); p != "" {
			out = append(out, p)
		}
	}
	if t.CWAgreementID != nil {
		a, ok := agreements[*t.CWAgreementID]
		if !ok {
			out = append(out, ProblemAgreementNotFound)
		} else if p := agreementProblem(a, now); p != "" {
			out = append(out, p)
		}
	}
	return out
}
