import { describe, expect, it } from 'vitest';
import type { CustomerRow } from '../../lib/api';
import {
  acceptSuggestion,
  applyStaged,
  countShows,
  matchesText,
  pickCompany,
  removeMapping,
  toChanges,
} from './staging';

const row = (over: Partial<CustomerRow>): CustomerRow => ({
  tenantId: 't1',
  name: 'Alpha GmbH',
  showAs: '',
  billingType: 'usage',
  dataRegion: 'eu01',
  status: 'active',
  isNew: true,
  gone: false,
  companyId: 0,
  companyName: '',
  companyIdentifier: '',
  agreementId: 0,
  agreementName: '',
  syncEnabled: false,
  problems: [],
  suggestion: { reason: 'no_match' },
  ...over,
});

const mapped = row({
  tenantId: 'm',
  companyId: 7,
  companyName: 'Beta AG',
  companyIdentifier: 'Beta',
  agreementId: 70,
  agreementName: 'Managed',
  syncEnabled: true,
  problems: ['agreement_cancelled'],
  suggestion: { reason: 'already_mapped' },
});
const suggested = row({
  tenantId: 's',
  suggestion: { suggestion: { companyId: 5, companyName: 'Alpha', agreementId: 50, agreementName: 'MSP' } },
});

describe('customer staging', () => {
  it('removing the mapping switches sync off and drops the mapping problems', () => {
    const v = applyStaged(mapped, removeMapping);
    expect(v).toMatchObject({ companyId: 0, agreementId: 0, syncEnabled: false, mapped: false, staged: true });
    expect(v.problems).toEqual([]);
    expect(toChanges([mapped], { m: removeMapping })).toEqual([
      { tenantId: 'm', companyId: 0, agreementId: 0, syncEnabled: false },
    ]);
  });

  it('a company picked needs its agreement chosen again, so sync goes off until then', () => {
    const picked = applyStaged(mapped, pickCompany({ id: 8, name: 'Gamma', identifier: 'G', inactive: true }));
    expect(picked).toMatchObject({ companyId: 8, agreementId: 0, syncEnabled: false, mapped: false });
    expect(picked.problems).toEqual(['company_inactive']);
    const withAgreement = applyStaged(mapped, {
      ...pickCompany({ id: 8, name: 'Gamma', identifier: 'G', inactive: false }),
      agreement: { id: 80, name: 'Old', problem: 'agreement_expired' },
      syncEnabled: true,
    });
    expect(withAgreement).toMatchObject({ mapped: true, syncEnabled: true, problems: ['agreement_expired'] });
  });

  it('sync staged on an unmapped row stays off', () => {
    expect(applyStaged(row({}), { syncEnabled: true }).syncEnabled).toBe(false);
  });

  it('accepting a suggestion stages its company and agreement, not sync', () => {
    const accepted = acceptSuggestion(applyStaged(suggested, undefined));
    expect(accepted).not.toBeNull();
    const v = applyStaged(suggested, accepted!);
    expect(v).toMatchObject({ companyId: 5, agreementId: 50, mapped: true, syncEnabled: false });
    expect(acceptSuggestion(v)).toBeNull(); // mapped now: nothing left to accept
    expect(acceptSuggestion(applyStaged(row({}), undefined))).toBeNull();
  });

  it('counts every filter as staged', () => {
    const plain = row({ tenantId: 'p', problems: ['tenant_suspended'] });
    const view = [mapped, suggested, plain].map((r) => applyStaged(r, undefined));
    expect(countShows(view)).toEqual({ all: 3, mapped: 1, unmapped: 2, syncOn: 1, suggestions: 1, problems: 2 });
    const staged = [applyStaged(mapped, removeMapping), applyStaged(suggested, acceptSuggestion(view[1]!)!), view[2]!];
    expect(countShows(staged)).toEqual({ all: 3, mapped: 1, unmapped: 2, syncOn: 0, suggestions: 0, problems: 1 });
  });

  it('filters by tenant, company and agreement names, ignoring case', () => {
    const v = applyStaged(mapped, undefined);
    expect(matchesText(v, 'alpha')).toBe(true);
    expect(matchesText(v, 'BETA')).toBe(true);
    expect(matchesText(v, 'manag')).toBe(true);
    expect(matchesText(v, 'zeta')).toBe(false);
    expect(matchesText(v, '  ')).toBe(true);
  });
});
