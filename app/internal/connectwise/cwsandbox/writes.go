package cwsandbox

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
	"unicode/utf16"
)

// maxBodyBytes bounds a write request's body.
const maxBodyBytes = 1 << 20

func readBody(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBodyBytes))
	if err != nil {
		writeError(w, http.StatusBadRequest, badRequest("The request body could not be read."))
		return nil, false
	}
	return b, true
}

func (s *Server) createCatalogItem(w http.ResponseWriter, r *http.Request) {
	body, ok := readBody(w, r)
	if !ok {
		return
	}
	item := new(catalogItem)
	if err := json.Unmarshal(body, item); err != nil {
		writeError(w, http.StatusBadRequest, badRequest("The request body is not a valid catalogItem: "+readableJSONError(err)))
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	item.ID = 0
	if errs := s.normalizeCatalogItem(item); len(errs) > 0 {
		writeError(w, http.StatusBadRequest, invalidObject("catalogItem", errs))
		return
	}
	item.ID = s.nextIDs["catalog"]
	s.nextIDs["catalog"]++
	now := at(s.now())
	item.Info = info{LastUpdated: now, UpdatedBy: demoAPIUser, DateEntered: now, EnteredBy: demoAPIUser}
	s.t.putItem(item)
	s.saveAndReply(w, http.StatusCreated, item)
}

func (s *Server) patchCatalogItem(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(w, r, "id")
	if !ok {
		return
	}
	body, ok := readBody(w, r)
	if !ok {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	cur, found := s.t.catalog.get(id)
	if !found {
		writeError(w, http.StatusNotFound, notFoundBody("catalogItem", id))
		return
	}
	next, bad := applyPatch(cur, body)
	if bad != nil {
		writeError(w, http.StatusBadRequest, *bad)
		return
	}
	next.ID, next.Info = cur.ID, cur.Info
	if errs := s.normalizeCatalogItem(next); len(errs) > 0 {
		writeError(w, http.StatusBadRequest, invalidObject("catalogItem", errs))
		return
	}
	next.Info.LastUpdated, next.Info.UpdatedBy = at(s.now()), demoAPIUser
	s.t.putItem(next)
	s.saveAndReply(w, http.StatusOK, next)
}

func (s *Server) deleteCatalogItem(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(w, r, "id")
	if !ok {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, found := s.t.catalog.get(id); !found {
		writeError(w, http.StatusNotFound, notFoundBody("catalogItem", id))
		return
	}
	for _, a := range s.t.additions.rows {
		if a.Product != nil && a.Product.ID == id {
			writeError(w, http.StatusConflict, errorBody{Code: "Conflict",
				Message: "Record possibly in use or another conflict: the product is used on agreement additions."})
			return
		}
	}
	s.t.removeItem(id)
	s.saveAndReply(w, http.StatusNoContent, nil)
}

// normalizeCatalogItem validates a catalog item about to be stored (id 0 for a new one)
// the way ConnectWise does, resolving references to the stored reference objects and
// filling defaults. It returns ConnectWise's field errors.
func (s *Server) normalizeCatalogItem(it *catalogItem) []fieldError {
	v := &validator{resource: "catalogItem"}
	l := s.t.lookups
	v.required("identifier", it.Identifier)
	v.required("description", it.Description)
	v.required("customerDescription", it.CustomerDescription)
	v.maxLen("identifier", it.Identifier, 75)
	v.maxLen("description", it.Description, 60)
	v.maxLen("customerDescription", it.CustomerDescription, 6000)
	v.maxLen("manufacturerPartNumber", it.ManufacturerPartNumber, 50)
	v.maxLen("vendorSku", it.VendorSku, 50)
	v.maxLen("integrationXRef", it.IntegrationXRef, 50)
	if it.ProductClass == "" {
		it.ProductClass = "NonInventory"
	}
	it.ProductClass = v.enum("productClass", it.ProductClass, "Agreement", "Bundle", "Inventory", "NonInventory", "Service")
	it.PriceAttribute = v.enum("priceAttribute", it.PriceAttribute, "FixedFee", "NotToExceed", "OverrideRate", "TimeAndMaterials")
	it.BillableOption = v.enum("billableOption", it.BillableOption, "Billable", "DoNotBill", "NoCharge", "NoDefault")
	it.RecurringCycleType = v.enum("recurringCycleType", it.RecurringCycleType, "ContractYear", "CalendarYear")

	it.Subcategory = v.reference("subcategory", "Subcategory", it.Subcategory, l.subcategoryRef, true)
	it.Type = v.reference("type", "Product type", it.Type, l.typeRef, true)
	it.UnitOfMeasure = v.reference("unitOfMeasure", "Unit of measure", it.UnitOfMeasure, l.unitRef, false)
	it.Manufacturer = v.reference("manufacturer", "Manufacturer", it.Manufacturer, l.manufacturerRef, false)
	it.RecurringBillCycle = v.reference("recurringBillCycle", "Billing cycle", it.RecurringBillCycle, l.billingCycles, false)
	it.Category = v.reference("category", "Category", it.Category, l.categoryRef, false)
	if it.Subcategory != nil {
		sub, _ := s.t.subcategories.get(it.Subcategory.ID)
		switch {
		case sub == nil || sub.Category == nil:
		case it.Category == nil:
			it.Category = sub.Category // the category follows from the subcategory
		case it.Category.ID != sub.Category.ID:
			v.add("InvalidField", "subcategory/id", fmt.Sprintf("Subcategory '%s' does not belong to category '%s'.", sub.Name, it.Category.Name))
		}
	}
	it.Vendor = s.vendorRef(v, it.Vendor)
	if it.RecurringFlag && it.RecurringBillCycle == nil && !it.RecurringOneTimeFlag {
		const msg = "recurringBillCycle or recurringOneTimeFlag is required."
		v.add("MissingRequiredField", "recurringOneTimeFlag", msg)
		v.add("MissingRequiredField", "recurringBillCycle/id", msg)
	}
	if owner, taken := s.t.identifierOwner(it.Identifier); it.Identifier != "" && taken && owner != it.ID {
		v.add("ObjectExists", "identifier", fmt.Sprintf("The Product ID '%s' is already in use.", it.Identifier))
	}
	return v.errs
}

// vendorRef resolves a vendor company reference by id or identifier.
func (s *Server) vendorRef(v *validator, in *ref) *ref {
	if in == nil || (in.ID == 0 && in.Identifier == "") {
		return nil
	}
	for _, c := range s.t.companies.rows {
		if (in.ID != 0 && c.ID == in.ID) || (in.ID == 0 && strings.EqualFold(c.Identifier, in.Identifier)) {
			return c.self
		}
	}
	v.add("NotFound", "vendor/id", fmt.Sprintf("Vendor %s not found.", refLabel(in)))
	return nil
}

// additionInput is a POST body for an addition; pointers tell "left out" from zero.
type additionInput struct {
	Product                  *ref     `json:"product"`
	Quantity                 *float64 `json:"quantity"`
	LessIncluded             float64  `json:"lessIncluded"`
	UnitPrice                *float64 `json:"unitPrice"`
	UnitCost                 *float64 `json:"unitCost"`
	BillCustomer             string   `json:"billCustomer"`
	EffectiveDate            cwTime   `json:"effectiveDate"`
	CancelledDate            cwTime   `json:"cancelledDate"`
	TaxableFlag              *bool    `json:"taxableFlag"`
	SerialNumber             string   `json:"serialNumber"`
	InvoiceDescription       string   `json:"invoiceDescription"`
	PurchaseItemFlag         bool     `json:"purchaseItemFlag"`
	SpecialOrderFlag         bool     `json:"specialOrderFlag"`
	SequenceNumber           float64  `json:"sequenceNumber"`
	ProrateCurrentPeriodFlag bool     `json:"prorateCurrentPeriodFlag"`
}

func (s *Server) createAddition(w http.ResponseWriter, r *http.Request) {
	agreementID, ok := pathID(w, r, "parentId")
	if !ok {
		return
	}
	body, ok := readBody(w, r)
	if !ok {
		return
	}
	var in additionInput
	if err := json.Unmarshal(body, &in); err != nil {
		writeError(w, http.StatusBadRequest, badRequest("The request body is not a valid addition: "+readableJSONError(err)))
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, found := s.t.agreements.get(agreementID); !found {
		writeError(w, http.StatusNotFound, notFoundBody("agreement", agreementID))
		return
	}
	a := &addition{AgreementID: agreementID, Quantity: deref(in.Quantity), LessIncluded: in.LessIncluded,
		BillCustomer: in.BillCustomer, EffectiveDate: in.EffectiveDate, CancelledDate: in.CancelledDate,
		SerialNumber: in.SerialNumber, InvoiceDescription: in.InvoiceDescription, PurchaseItemFlag: in.PurchaseItemFlag,
		SpecialOrderFlag: in.SpecialOrderFlag, SequenceNumber: in.SequenceNumber, ProrateCurrentPeriodFlag: in.ProrateCurrentPeriodFlag}
	v := &validator{resource: "addition"}
	item := s.additionProduct(v, in.Product)
	if item != nil {
		a.Product = productRef(item)
		a.UnitPrice, a.UnitCost, a.TaxableFlag = item.Price, item.Cost, item.TaxableFlag
		a.Description = item.Description
		if a.InvoiceDescription == "" {
			a.InvoiceDescription = item.CustomerDescription
		}
		if item.UnitOfMeasure != nil {
			a.UOM = item.UnitOfMeasure.Name
		}
	}
	if in.UnitPrice != nil {
		a.UnitPrice = *in.UnitPrice
	}
	if in.UnitCost != nil {
		a.UnitCost = *in.UnitCost
	}
	if in.TaxableFlag != nil {
		a.TaxableFlag = *in.TaxableFlag
	}
	if a.EffectiveDate.IsZero() {
		a.EffectiveDate = at(s.now().UTC().Truncate(24 * time.Hour))
	}
	s.checkAddition(v, a)
	if len(v.errs) > 0 {
		writeError(w, http.StatusBadRequest, invalidObject("addition", v.errs))
		return
	}
	derive(a)
	a.ID = s.nextIDs["addition"]
	s.nextIDs["addition"]++
	now := at(s.now())
	a.Info = info{LastUpdated: now, UpdatedBy: demoAPIUser, DateEntered: now, EnteredBy: demoAPIUser}
	s.t.additions.put(a)
	s.saveAndReply(w, http.StatusCreated, a)
}

func (s *Server) patchAddition(w http.ResponseWriter, r *http.Request) {
	agreementID, ok := pathID(w, r, "parentId")
	if !ok {
		return
	}
	id, ok := pathID(w, r, "id")
	if !ok {
		return
	}
	body, ok := readBody(w, r)
	if !ok {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, found := s.t.agreements.get(agreementID); !found {
		writeError(w, http.StatusNotFound, notFoundBody("agreement", agreementID))
		return
	}
	cur, found := s.t.additions.get(id)
	if !found || cur.AgreementID != agreementID {
		writeError(w, http.StatusNotFound, notFoundBody("addition", id))
		return
	}
	next, bad := applyPatch(cur, body)
	if bad != nil {
		writeError(w, http.StatusBadRequest, *bad)
		return
	}
	next.ID, next.AgreementID, next.Info = cur.ID, cur.AgreementID, cur.Info
	v := &validator{resource: "addition"}
	if next.Product != nil && cur.Product != nil && next.Product.ID == cur.Product.ID {
		next.Product = cur.Product
	} else if item := s.additionProduct(v, next.Product); item != nil {
		next.Product, next.Description = productRef(item), item.Description
	}
	s.checkAddition(v, next)
	if len(v.errs) > 0 {
		writeError(w, http.StatusBadRequest, invalidObject("addition", v.errs))
		return
	}
	derive(next)
	next.Info.LastUpdated, next.Info.UpdatedBy = at(s.now()), demoAPIUser
	s.t.additions.put(next)
	s.saveAndReply(w, http.StatusOK, next)
}

// additionProduct resolves an addition's product by id or identifier.
func (s *Server) additionProduct(v *validator, in *ref) *catalogItem {
	switch {
	case in == nil || (in.ID == 0 && in.Identifier == ""):
		v.add("MissingRequiredField", "product/id", "product is required.")
	case in.ID != 0:
		if it, ok := s.t.catalog.get(in.ID); ok {
			return it
		}
		v.add("NotFound", "product/id", fmt.Sprintf("Product %d not found.", in.ID))
	default:
		if id, ok := s.t.identifierOwner(in.Identifier); ok {
			it, _ := s.t.catalog.get(id)
			return it
		}
		v.add("NotFound", "product/identifier", fmt.Sprintf("Product '%s' not found.", in.Identifier))
	}
	return nil
}

func (s *Server) checkAddition(v *validator, a *addition) {
	v.required("billCustomer", a.BillCustomer)
	a.BillCustomer = v.enum("billCustomer", a.BillCustomer, "Billable", "DoNotBill", "NoCharge")
	v.maxLen("serialNumber", a.SerialNumber, 50)
	v.maxLen("invoiceDescription", a.InvoiceDescription, 6000)
	if a.Quantity < 0 {
		v.add("OutOfRange", "quantity", "quantity must not be negative.")
	}
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

// validator collects ConnectWise field errors for one resource.
type validator struct {
	resource string
	errs     []fieldError
}

func (v *validator) add(code, field, message string) {
	v.errs = append(v.errs, fieldError{Code: code, Message: message, Resource: v.resource, Field: field})
}

func (v *validator) required(field, value string) {
	if strings.TrimSpace(value) == "" {
		v.add("MissingRequiredField", field, field+" is required.")
	}
}

// maxLen counts like .NET does: UTF-16 code units.
func (v *validator) maxLen(field, value string, limit int) {
	if n := len(utf16.Encode([]rune(value))); n > limit {
		v.add("MaxLengthField", field, fmt.Sprintf("The field %s must be a string with a maximum length of %d.", field, limit))
	}
}

// enum accepts one of allowed in any letter case and returns its canonical spelling.
func (v *validator) enum(field, value string, allowed ...string) string {
	if value == "" {
		return ""
	}
	for _, a := range allowed {
		if strings.EqualFold(a, value) {
			return a
		}
	}
	v.add("InvalidField", field, fmt.Sprintf("'%s' is not a valid value for %s; use one of %s.", value, field, strings.Join(allowed, ", ")))
	return value
}

// reference resolves a written reference ({"id":N}, or {"name":"…"}) to the stored one.
func (v *validator) reference(field, label string, in *ref, refs map[int]*ref, required bool) *ref {
	if in == nil || (in.ID == 0 && in.Name == "") {
		if required {
			v.add("MissingRequiredField", field+"/id", field+" is required.")
		}
		return nil
	}
	if in.ID != 0 {
		if r, ok := refs[in.ID]; ok {
			return r
		}
	} else {
		for _, r := range refs {
			if strings.EqualFold(r.Name, in.Name) {
				return r
			}
		}
	}
	v.add("NotFound", field+"/id", fmt.Sprintf("%s %s not found.", label, refLabel(in)))
	return nil
}

func refLabel(in *ref) string {
	switch {
	case in.ID != 0:
		return fmt.Sprint(in.ID)
	case in.Identifier != "":
		return "'" + in.Identifier + "'"
	}
	return "'" + in.Name + "'"
}
