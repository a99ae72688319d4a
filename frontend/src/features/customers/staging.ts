import type { CompanyMatch, CustomerChange, CustomerRow } from '../../lib/api';
import type { StagedChanges } from '../../lib/useStaged';

export interface CompanyRef {
  id: number;
  name: string;
  identifier: string;
  inactive?: boolean;
}

export interface AgreementRef {
  id: number;
  name: string;
  /** Why usage should not be billed to it (cancelled, expired, inactive), if anything. */
  problem?: string;
}

/** What the customers page has staged for one tenant until "Speichern"; null removes. */
export interface StagedCustomer {
  company?: CompanyRef | null;
  agreement?: AgreementRef | null;
  syncEnabled?: boolean;
}

/** The row as the page shows it: saved values with the staged ones laid over. */
export interface ViewRow extends CustomerRow {
  staged: boolean;
  /** Company and agreement set: only then may sync be on. */
  mapped: boolean;
}

/** Problems that belong to the mapping (they change with the company or agreement picked). */
const mappingProblems = new Set([
  'agreement_cancelled',
  'agreement_expired',
  'agreement_inactive',
  'agreement_not_found',
  'company_deleted',
  'company_inactive',
]);

export function applyStaged(row: CustomerRow, s: StagedCustomer | undefined): ViewRow {
  const view: ViewRow = { ...row, staged: !!s, mapped: false };
  if (s) {
    let problems = row.problems;
    if (s.company !== undefined) {
      view.companyId = s.company?.id ?? 0;
      view.companyName = s.company?.name ?? '';
      view.companyIdentifier = s.company?.identifier ?? '';
    }
    if (s.agreement !== undefined) {
      view.agreementId = s.agreement?.id ?? 0;
      view.agreementName = s.agreement?.name ?? '';
    }
    if (s.company !== undefined || s.agreement !== undefined) {
      problems = problems.filter((p) => !mappingProblems.has(p));
      if (s.company?.inactive) problems.push('company_inactive');
      if (s.agreement?.problem) problems.push(s.agreement.problem);
    }
    view.problems = problems;
    if (s.syncEnabled !== undefined) view.syncEnabled = s.syncEnabled;
  }
  view.mapped = view.companyId !== 0 && view.agreementId !== 0;
  // Removing the company or agreement switches sync off (as the backend's Save does).
  view.syncEnabled = view.mapped && view.syncEnabled;
  return view;
}

/** A company picked in the combobox: its agreement must be chosen anew, so sync goes off. */
export function pickCompany(c: Pick<CompanyMatch, 'id' | 'name' | 'identifier' | 'inactive'>): StagedCustomer {
  return {
    company: { id: c.id, name: c.name, identifier: c.identifier, inactive: c.inactive },
    agreement: null,
    syncEnabled: false,
  };
}

/** "Zuordnung entfernen": no company, no agreement, sync off. */
export const removeMapping: StagedCustomer = { company: null, agreement: null, syncEnabled: false };

/** The row's suggestion staged like any other change; null when it has none (or is mapped). */
export function acceptSuggestion(row: ViewRow): StagedCustomer | null {
  const s = row.suggestion.suggestion;
  if (!s || row.companyId !== 0) return null;
  return {
    company: { id: s.companyId, name: s.companyName, identifier: '' },
    agreement: { id: s.agreementId, name: s.agreementName },
  };
}

/** Whether the row offers a suggestion to accept. */
export const hasSuggestion = (row: ViewRow) => acceptSuggestion(row) !== null;

/** The staged rows as Save expects them: each row's full wanted state. */
export function toChanges(rows: CustomerRow[], staged: StagedChanges<StagedCustomer>): CustomerChange[] {
  return rows
    .filter((r) => staged[r.tenantId])
    .map((r) => {
      const v = applyStaged(r, staged[r.tenantId]);
      return { tenantId: r.tenantId, companyId: v.companyId, agreementId: v.agreementId, syncEnabled: v.syncEnabled };
    });
}

export type Show = 'all' | 'mapped' | 'unmapped' | 'syncOn' | 'suggestions' | 'problems';
export const shows: Show[] = ['all', 'mapped', 'unmapped', 'syncOn', 'suggestions', 'problems'];

export function isShow(value: string | null): value is Show {
  return shows.includes(value as Show);
}

export function matchesShow(row: ViewRow, show: Show): boolean {
  switch (show) {
    case 'mapped':
      return row.mapped;
    case 'unmapped':
      return !row.mapped;
    case 'syncOn':
      return row.syncEnabled;
    case 'suggestions':
      return hasSuggestion(row);
    case 'problems':
      return row.problems.length > 0;
    default:
      return true;
  }
}

/** How many rows each filter shows (as staged). */
export function countShows(rows: ViewRow[]): Record<Show, number> {
  return Object.fromEntries(shows.map((s) => [s, rows.filter((r) => matchesShow(r, s)).length])) as Record<
    Show,
    number
  >;
}

/** The filter box: any word of the tenant's or its company's and agreement's names. */
export function matchesText(row: ViewRow, text: string): boolean {
  const needle = text.trim().toLocaleLowerCase();
  if (!needle) return true;
  return [row.name, row.showAs, row.companyName, row.companyIdentifier, row.agreementName].some((v) =>
    v.toLocaleLowerCase().includes(needle),
  );
}
