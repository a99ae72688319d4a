import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../lib/i18n';
import UsageSyncPage from './UsageSyncPage';

const apply = vi.fn(async (_id: string) => {});
const listeners = new Map<string, (data: unknown) => void>();
vi.mock('../../wailsjs/go/app/UsageSyncService', () => ({
  Months: async () => ({ months: ['2026-11', '2026-10'], default: '2026-11' }),
  Status: async () => ({ running: false, progress: { done: 0, total: 0 } }),
  Preview: async (month: string) => ({
    id: 'p1',
    month,
    plannedAt: '2026-12-01T09:00:00Z',
    rows: [
      {
        tenantId: 't1',
        tenantName: 'Alpha GmbH',
        productKey: 'XDR',
        productDescription: 'Intercept X',
        agreementId: 1,
        agreementName: 'Sophos',
        catalogItemId: 10,
        sophosQuantity: 12,
        newQuantity: 12,
        action: 'create',
        reason: '',
        additionId: 0,
        prorated: false,
        candidates: [],
        error: '',
      },
      {
        tenantId: 't2',
        tenantName: 'Beta AG',
        productKey: 'XDR',
        productDescription: 'Intercept X',
        agreementId: 2,
        agreementName: 'Sophos',
        catalogItemId: 10,
        sophosQuantity: 8.5,
        currentQuantity: 5,
        newQuantity: 8.5,
        action: 'update',
        reason: '',
        additionId: 3,
        prorated: true,
        candidates: [],
        error: '',
      },
      {
        tenantId: 't3',
        tenantName: 'Gamma KG',
        productKey: 'MDR',
        productDescription: 'MDR Complete',
        agreementId: 0,
        agreementName: '',
        catalogItemId: 0,
        sophosQuantity: 4,
        newQuantity: 0,
        action: 'skip',
        reason: 'customer_unmapped',
        additionId: 0,
        prorated: false,
        candidates: [],
        error: '',
      },
    ],
    unbilled: [{ productKey: 'MDR', description: 'MDR Complete', quantity: 4, rows: 1 }],
    unassigned: [{ productKey: 'XDR', description: 'Intercept X', quantity: 2, lines: 1, serials: ['SN-1'] }],
    unkeyed: 0,
    counts: { create: 1, update: 1, skip: 1 },
    errors: [],
  }),
  Apply: (id: string) => apply(id),
  Cancel: async () => {},
}));
vi.mock('../../wailsjs/runtime/runtime', () => ({
  EventsOn: (name: string, cb: (data: unknown) => void) => {
    listeners.set(name, cb);
    return () => listeners.delete(name);
  },
}));

beforeEach(async () => {
  apply.mockClear();
  await initI18n('de');
});

describe('Nutzungssynchronisierung', () => {
  it('previews the default month, filters, confirms the push with its counts and shows the result', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter>
        <UsageSyncPage />
      </MemoryRouter>,
    );
    await user.click(await screen.findByRole('button', { name: 'Vorschau' }));
    const table = await screen.findByRole('table', { name: 'Vorschau je Kunde und Produkt' });
    expect(within(table).getByText('Alpha GmbH')).toBeTruthy();
    expect(within(table).getByText('Kunde nicht zugeordnet')).toBeTruthy();
    expect(within(table).getByText('anteilig')).toBeTruthy();
    expect(screen.getByText(/Vorschau für 2026-11/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Nutzung ohne Kunden' })).toBeTruthy();
    expect(screen.getByText('SN-1')).toBeTruthy();

    // Filter by customer: only Beta's row stays, and the totals follow.
    await user.type(screen.getByRole('searchbox', { name: 'Kunde' }), 'beta');
    expect(within(table).queryByText('Alpha GmbH')).toBeNull();
    const foot = table.querySelector('tfoot')!;
    expect(foot.textContent).toContain('8,5');

    await user.click(screen.getByRole('button', { name: 'In ConnectWise übertragen' }));
    const dialog = await screen.findByRole('dialog', { name: 'In ConnectWise übertragen?' });
    expect(dialog.textContent).toContain('1 Zusätze werden angelegt und 1 Zusätze geändert');
    await user.click(within(dialog).getByRole('button', { name: 'Übertragen' }));
    expect(apply).toHaveBeenCalledWith('p1');

    act(() => listeners.get('usagesync:progress')?.({ done: 1, total: 2 }));
    expect(screen.getByRole('progressbar', { name: 'Übertragung läuft' })).toBeTruthy();
    expect(screen.getByText('1 von 2 Vereinbarungen')).toBeTruthy();

    act(() =>
      listeners.get('usagesync:finished')?.({
        runId: 7,
        month: '2026-11',
        result: 'succeeded',
        counts: { create: 1, update: 1, skip: 1 },
        rows: [],
        durationMs: 10,
        errors: [],
      }),
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
    const result = screen.getByRole('status', { name: /Ergebnis: Übertragen/ });
    expect(result.textContent).toContain('1 angelegt, 1 geändert');
    expect(within(result).getByRole('link', { name: 'Im Verlauf anzeigen' }).getAttribute('href')).toBe(
      '/history?run=7',
    );
    expect(screen.queryByRole('button', { name: 'In ConnectWise übertragen' })).toBeNull();
  });

  it('starts on the month of a ?month= link (the landing page problems)', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter initialEntries={['/sync?month=2026-10']}>
        <UsageSyncPage />
      </MemoryRouter>,
    );
    await user.click(await screen.findByRole('button', { name: 'Vorschau' }));
    expect(await screen.findByText(/Vorschau für 2026-10/)).toBeTruthy();
  });
});
