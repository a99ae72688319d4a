import { describe, expect, it } from 'vitest';
import type { SyncRow } from '../../lib/api';
import { syncLinesOf } from './syncLines';

const row = (r: Partial<SyncRow>): SyncRow =>
  ({
    tenantId: 't-1',
    tenantName: 'Müller GmbH',
    productKey: 'CIXA',
    productDescription: 'Intercept X Advanced',
    agreementId: 12,
    agreementName: 'MSP Basis',
    catalogItemId: 7,
    sophosQuantity: 12,
    newQuantity: 12,
    action: 'update',
    reason: '',
    additionId: 3,
    prorated: false,
    candidates: [],
    error: '',
    ...r,
  }) as SyncRow;

describe('syncLinesOf', () => {
  it('writes quantities exactly as given, and none as empty', () => {
    const [update, create] = syncLinesOf([
      row({ currentQuantity: 10.5 }),
      row({ action: 'create', currentQuantity: undefined, sophosQuantity: 0.25, newQuantity: 0.25 }),
    ]);
    expect(update).toEqual({
      tenant: 'Müller GmbH',
      product: 'Intercept X Advanced',
      agreement: 'MSP Basis',
      catalogItem: '7',
      sophosQuantity: '12',
      currentQuantity: '10.5',
      newQuantity: '12',
      action: 'update',
      reason: '',
    });
    expect([create?.currentQuantity, create?.sophosQuantity]).toEqual(['', '0.25']);
  });

  it('falls back to ids where names are missing and joins reason and error', () => {
    const [skip] = syncLinesOf([
      row({
        tenantName: '',
        agreementId: 0,
        agreementName: '',
        catalogItemId: 0,
        action: 'failed',
        reason: 'x',
        error: 'offline',
      }),
    ]);
    expect([skip?.tenant, skip?.agreement, skip?.catalogItem, skip?.reason]).toEqual(['t-1', '', '', 'x: offline']);
  });
});
