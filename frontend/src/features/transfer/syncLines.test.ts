import { describe, expect, it } from 'vitest';
import type { SyncRow, WriteEntry } from '../../lib/api';
import { syncLinesOf, writeLinesOf } from './syncLines';

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

describe('writeLinesOf', () => {
  it('takes the quantities of the recorded addition before and after', () => {
    const [update, create] = writeLinesOf([
      {
        id: 1,
        at: '2026-11-28T02:00:00Z',
        actor: 'anna',
        action: 'update_addition',
        entityId: 3,
        label: 'Müller GmbH · Intercept X',
        before: '{"additionId":3,"agreementId":12,"catalogItemId":7,"quantity":10}',
        after: '{"additionId":3,"agreementId":12,"catalogItemId":7,"quantity":12.5}',
        runId: 4,
      },
      {
        id: 2,
        at: '',
        actor: 'anna',
        action: 'create_addition',
        entityId: 4,
        label: 'B',
        before: '{}',
        after: '{"quantity":1}',
        runId: 4,
      },
    ] as WriteEntry[]);
    expect(update).toMatchObject({
      tenant: 'Müller GmbH · Intercept X',
      agreement: '12',
      catalogItem: '7',
      currentQuantity: '10',
      newQuantity: '12.5',
      action: 'update_addition',
    });
    expect([create?.currentQuantity, create?.newQuantity]).toEqual(['', '1']);
  });
});
