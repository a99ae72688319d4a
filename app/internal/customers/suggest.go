package customers

import (
	"time"

	"psabridge/db/dbsqlc"
)

// NoSuggestionReason says why a tenant gets no suggestion, so the page can show why rather
// than leave the user guessing. The codes are the i18n keys' tails.
type NoSuggestionReason string

const (
	ReasonNoMatch                 NoSuggestionReason = "no_match"                  // no company of that name
	ReasonSeveralCompanies        NoSuggestionReason = "several_companies"         // two or more active companies of that name
	ReasonCompanyInactive         NoSuggestionReason = "company_inactive"          // the only companies of that name are inactive
	ReasonNoActiveAgreement       NoSuggestionReason = "no_active_agreement"       // the company has no active agreement
	ReasonSeveralActiveAgreements NoSuggestionReason = "several_active_agreements" // which one is the user's call
	ReasonAlreadyMapped           NoSuggestionReason = "already_mapped"
)

// Suggestion is a proposed mapping. It is only ever shown and staged; nothing is mapped
// until the user saves.
type Suggestion struct {
	CompanyID     int64  `json:"companyId"`
	CompanyName   string `json:"companyName"`
	AgreementID   int64  `json:"agreementId"`
	AgreementName string `json:"agreementName"`
}

// SuggestionResult is a suggestion or the reason there is none.
type SuggestionResult struct {
	Suggestion *Suggestion        `json:"suggestion,omitempty"`
	Reason     NoSuggestionReason `json:"reason,omitempty"`     // "" when there is a suggestion
	Candidates []int64            `json:"candidates,omitempty"` // the companies that made it ambiguous
}

type company = dbsqlc.ListAllCompaniesRow

// directory is the cached ConnectWise side, indexed for suggestions and problems.
type directory struct {
	companies  map[int64]company
	byNameKey  map[string][]company
	agreements map[int64]dbsqlc.CWAgreement
	byCompany  map[int64][]dbsqlc.CWAgreement
}

func newDirectory(companies []company, agreements []dbsqlc.CWAgreement) directory {
	d := directory{
		companies: make(map[int64]company, len(companies)), byNameKey: make(map[string][]company, len(companies)),
		agreements: make(map[int64]dbsqlc.CWAgreement, len(agreements)), byCompany: map[int64][]dbsqlc.CWAgreement{},
	}
	for _, c := range companies {
		d.companies[c.ID] = c
		if c.NameKey != "" {
			d.byNameKey[c.NameKey] = append(d.byNameKey[c.NameKey], c)
		}
	}
	for _, a := range agreements {
		d.agreements[a.ID] = a
		d.byCompany[a.CompanyID] = append(d.byCompany[a.CompanyID], a)
	}
	return d
}

// suggest proposes a company and agreement for a tenant: only when exactly one active
// company has the same normalised name (NormalizeName of the tenant's name or its showAs)
// and that company has exactly one active agreement. Never fuzzy: anything else is no
// suggestion, with its reason. Deleted companies (the recycle bin) are never candidates.
func (d directory) suggest(t dbsqlc.SophosTenant, now time.Time) SuggestionResult {
	if t.CWCompanyID != nil {
		return SuggestionResult{Reason: ReasonAlreadyMapped}
	}
	var active, inactive []company
	seen := map[int64]bool{}
	for _, name := range []string{t.Name, t.ShowAs} {
		for _, c := range d.byNameKey[NormalizeName(name)] {
			if seen[c.ID] || c.DeletedFlag == 1 || c.Gone == 1 {
				continue
			}
			seen[c.ID] = true
			if c.Inactive == 1 {
				inactive = append(inactive, c)
			} else {
				active = append(active, c)
			}
		}
	}
	switch {
	case len(active) > 1:
		return SuggestionResult{Reason: ReasonSeveralCompanies, Candidates: companyIDs(active)}
	case len(active) == 0 && len(inactive) > 0:
		return SuggestionResult{Reason: ReasonCompanyInactive, Candidates: companyIDs(inactive)}
	case len(active) == 0:
		return SuggestionResult{Reason: ReasonNoMatch}
	}
	c := active[0]
	var usable []dbsqlc.CWAgreement
	for _, a := range d.byCompany[c.ID] {
		if agreementActive(a, now) {
			usable = append(usable, a)
		}
	}
	switch len(usable) {
	case 0:
		return SuggestionResult{Reason: ReasonNoActiveAgreement, Candidates: []int64{c.ID}}
	case 1:
		return SuggestionResult{Suggestion: &Suggestion{CompanyID: c.ID, CompanyName: c.Name, AgreementID: usable[0].ID, AgreementName: usable[0].Name}}
	default:
		return SuggestionResult{Reason: ReasonSeveralActiveAgreements, Candidates: []int64{c.ID}}
	}
}

func companyIDs(cs []company) []int64 {
	ids := make([]int64, len(cs))
	for i, c := range cs {
		ids[i] = c.ID
	}
	return ids
}
