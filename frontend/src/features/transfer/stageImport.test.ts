import { describe, expect, it } from 'vitest';
import type { CustomerImportChange, CustomerRow } from '../../lib/api';
import { applyStaged } from '../customers/staging';
import { stageCustomerImport } from './stageImport';

type Mapping = CustomerImportChange['after'];
const none: Mapping = {
  companyId: 0,
  companyName: '',
  companyIdentifier: '',
  companyInactive: false,
  agreementId: 0,
  agreementName: '',
  agreementProblem: '',
  sync: false,
};
const beta: Mapping = {
  companyId: 7,
  companyName: 'Beta AG',
  companyIdentifier: 'BetaAG',
  companyInactive: false,
  agreementId: 70,
  agreementName: 'Managed',
  agreementProblem: '',
  sync: true,
};
const change = (tenantId: string, before: Mapping, after: Mapping): CustomerImportChange => ({
  line: 2,
  tenantId,
  tenantName: tenantId,
  before,
  after,
});

const row = (tenantId: string, m: Mapping): CustomerRow => ({
  tenantId,
  name: tenantId,
  showAs: '',
  billingType: 'usage',
  dataRegion: 'eu01',
  status: 'active',
  isNew: false,
  gone: false,
  companyId: m.companyId,
  companyName: m.companyName,
  companyIdentifier: m.companyIdentifier,
  agreementId: m.agreementId,
  agreementName: m.agreementName,
  syncEnabled: m.sync,
  problems: [],
  suggestion: { reason: 'already_mapped' },
});

describe('stageCustomerImport', () => {
  it('stages a new mapping with the cached names, shown like a manual pick', () => {
    const staged = stageCustomerImport([change('t1', none, beta)]);
    expect(staged).toEqual({
      t1: {
        company: { id: 7, name: 'Beta AG', identifier: 'BetaAG', inactive: false },
        agreement: { id: 70, name: 'Managed', problem: undefined },
        syncEnabled: true,
      },
    });
    const view = applyStaged(row('t1', none), staged.t1);
    expect([view.companyName, view.agreementName, view.mapped, view.syncEnabled]).toEqual([
      'Beta AG',
      'Managed',
      true,
      true,
    ]);
  });

  it('carries the problems of an inactive company and a cancelled agreement', () => {
    const ended = { ...beta, companyInactive: true, agreementProblem: 'agreement_cancelled', sync: false };
    const staged = stageCustomerImport([change('t1', none, ended)]);
    expect(applyStaged(row('t1', none), staged.t1).problems).toEqual(['company_inactive', 'agreement_cancelled']);
  });

  it('removes a mapping the file empties, which switches sync off', () => {
    const staged = stageCustomerImport([change('t1', beta, none)]);
    expect(staged.t1).toEqual({ company: null, agreement: null, syncEnabled: false });
    const view = applyStaged(row('t1', beta), staged.t1);
    expect([view.companyId, view.agreementId, view.syncEnabled]).toEqual([0, 0, false]);
  });

  it('changes only the switch when the mapping stays', () => {
    const staged = stageCustomerImport([change('t1', beta, { ...beta, sync: false })]);
    expect(staged.t1).toEqual({ syncEnabled: false });
  });
});
