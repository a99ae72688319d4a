import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CustomerChange, CustomerImportChange, CustomerRow, CustomersRefreshState } from '../../lib/api';
import { renderApp } from '../../test/renderApp';

const save = vi.fn(async (_changes: CustomerChange[]) => {});
const search = vi.fn(async (text: string, _inactive: boolean) =>
  'gamma'.startsWith(text.toLowerCase())
    ? [{ id: 8, identifier: 'GAMMA', name: 'Gamma KG', status: 'Active', inactive: false }]
    : [],
);
const agreement = (id: number, name: string, usable: boolean, problem = '') => ({
  id,
  name,
  typeName: 'MSP',
  status: usable ? 'Active' : 'Cancelled',
  problem,
  usable,
  parentId: 0,
  endDate: 0,
  billingCycle: 'Monthly',
  prorate: false,
});

const base: CustomerRow = {
  tenantId: '',
  name: '',
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
};
const rows: CustomerRow[] = [
  {
    ...base,
    tenantId: 'a',
    name: 'Alpha GmbH',
    suggestion: { suggestion: { companyId: 5, companyName: 'Alpha', agreementId: 50, agreementName: 'MSP Alpha' } },
  },
  {
    ...base,
    tenantId: 'b',
    name: 'Beta AG',
    isNew: false,
    companyId: 7,
    companyName: 'Beta',
    companyIdentifier: 'BETA',
    agreementId: 70,
    agreementName: 'Beta alt',
    syncEnabled: true,
    problems: ['agreement_cancelled'],
    suggestion: { reason: 'already_mapped' },
  },
  { ...base, tenantId: 'c', name: 'Charlie Ltd', suggestion: { reason: 'several_companies', candidates: [1, 2] } },
  {
    ...base,
    tenantId: 'd',
    name: 'Delta Inc',
    suggestion: { suggestion: { companyId: 6, companyName: 'Delta', agreementId: 60, agreementName: 'MSP Delta' } },
  },
];
const counts = { all: 4, mapped: 1, unmapped: 3, syncOn: 1, problems: 1, suggestions: 2 };

vi.mock('../../wailsjs/go/app/CustomersService', () => ({
  Overview: vi.fn(async () => ({ rows, counts })),
  SearchCompanies: (text: string, inactive: boolean) => search(text, inactive),
  Agreements: vi.fn(async (companyId: number) =>
    companyId === 8
      ? [agreement(80, 'Gamma MSP', true), agreement(81, 'Gamma alt', false, 'agreement_cancelled')]
      : [agreement(companyId * 10, 'Some agreement', true)],
  ),
  Save: (changes: CustomerChange[]) => save(changes),
  Refresh: vi.fn(async () => {}),
  RefreshState: () => refreshState(),
}));
const refreshState = vi.fn(async (): Promise<CustomersRefreshState> => ({ running: false, failures: [] }));
const mapping = (over: Partial<CustomerImportChange['after']>): CustomerImportChange['after'] => ({
  companyId: 0,
  companyName: '',
  companyIdentifier: '',
  companyInactive: false,
  agreementId: 0,
  agreementName: '',
  agreementProblem: '',
  sync: false,
  ...over,
});
const importResult = {
  path: '/tmp/kunden.xlsx',
  kind: 'customers',
  errors: [],
  warnings: [],
  products: [],
  cancelled: false,
  customers: [
    {
      line: 4,
      tenantId: 'c',
      tenantName: 'Charlie Ltd',
      before: mapping({}),
      after: mapping({
        companyId: 8,
        companyName: 'Gamma KG',
        companyIdentifier: 'GAMMA',
        agreementId: 81,
        agreementName: 'Gamma alt',
        agreementProblem: 'agreement_cancelled',
      }),
    },
  ],
};
vi.mock('../../wailsjs/go/app/TransferService', () => ({ Import: vi.fn(async () => importResult) }));
vi.mock('../../wailsjs/go/app/OverviewService', () => ({
  Overview: vi.fn(async () => ({
    demo: true,
    connectWise: true,
    sophos: true,
    products: { total: 0, mapped: 0, unmapped: 0, syncOn: 0, new: 0 },
    customers: counts,
  })),
}));
vi.mock('../../wailsjs/go/app/CatalogService', () => ({
  Status: vi.fn(async () => ({ connected: true, itemCount: 0, lastRefresh: 0, ageMs: -1, refreshing: false })),
}));
vi.mock('../../wailsjs/runtime/runtime', () => ({ EventsOn: () => () => {} }));

async function openPage(path = '/customers') {
  await renderApp({ info: {}, language: 'de', path });
  await screen.findByRole('table', { name: 'Sophos-Kunden und ihre ConnectWise-Unternehmen' });
}

const rowOf = (name: string) => screen.getByRole('rowheader', { name: new RegExp(name) }).closest('tr')!;

// Whole-page flows with many React Aria controls: slow on a loaded 2-core machine.
describe('Kunden', { timeout: 20_000 }, () => {
  beforeEach(() => {
    save.mockClear();
    search.mockClear();
    refreshState.mockClear();
  });

  it("stages an import like manual edits: the file's company and agreement with their names and problems", async () => {
    await openPage();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Importieren' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Charlie Ltd')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Änderungen vormerken' }));
    const charlie = rowOf('Charlie Ltd');
    expect(within(charlie).getByText('Vereinbarung storniert')).toBeTruthy();
    expect(screen.getByText('1 ungespeicherte Änderung')).toBeTruthy();
    expect(screen.getByText('Änderungen aus der Datei vorgemerkt: 1.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(save).toHaveBeenCalledWith([{ tenantId: 'c', companyId: 8, agreementId: 81, syncEnabled: false }]);
  });

  it("links each customer's name to its detail page", async () => {
    await openPage();
    const link = within(rowOf('Alpha GmbH')).getByRole('link', { name: 'Alpha GmbH' });
    expect(link.getAttribute('href')).toMatch(/\/customers\/a$/);
  });

  it('says which part of a refresh failed, in German', async () => {
    refreshState.mockResolvedValueOnce({
      running: false,
      failures: [
        { part: 'customers', error: { code: 'offline', message: 'dial tcp 127.0.0.1:1: connection refused' } },
      ],
    });
    await openPage();
    const alert = await screen.findByText(/ConnectWise-Unternehmen und -Vereinbarungen: Aktualisieren fehlgeschlagen/);
    expect(alert.textContent).toContain('Der Dienst ist nicht erreichbar. Es wurde nichts geändert.');
    expect(alert.textContent).not.toContain('dial tcp');
  });

  it('words a rejected save in German, naming the customer and the column', async () => {
    save.mockRejectedValueOnce(
      new Error(
        JSON.stringify({
          code: 'invalid',
          message: 'customer mappings not saved: tenant Beta AG (b): sync: usage sync needs a company and an agreement',
          field: 'sync',
          record: 'b',
          reason: 'sync_needs_mapping',
        }),
      ),
    );
    await openPage();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Vorschlag übernehmen für Alpha GmbH' }));
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Speichern fehlgeschlagen bei Beta AG (Nutzungssynchronisierung): Die Nutzungssynchronisierung braucht ein Unternehmen und eine Vereinbarung.',
    );
  });

  it('stages an accepted suggestion until Speichern and sends each changed row whole', async () => {
    await openPage();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Vorschlag übernehmen für Alpha GmbH' }));
    expect(screen.getByRole('status').textContent).toContain('1 ungespeicherte Änderung');
    expect(
      within(rowOf('Alpha GmbH')).getByRole('switch', { name: 'Nutzungssynchronisierung für Alpha GmbH' }),
    ).toBeTruthy();
    await user.click(screen.getByRole('switch', { name: 'Nutzungssynchronisierung für Alpha GmbH' }));
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(save).toHaveBeenCalledWith([{ tenantId: 'a', companyId: 5, agreementId: 50, syncEnabled: true }]);
  });

  it('"Vorschläge übernehmen" stages the suggestions of the rows shown only; Verwerfen forgets them', async () => {
    await openPage();
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), 'delta');
    await user.click(screen.getByRole('button', { name: 'Vorschläge übernehmen' }));
    expect(screen.getByRole('status').textContent).toContain('1 ungespeicherte Änderung');
    await user.clear(screen.getByRole('searchbox', { name: 'Filter' }));
    expect(screen.getByRole('button', { name: 'Vorschlag übernehmen für Alpha GmbH' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Vorschlag übernehmen für Delta Inc' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Verwerfen' }));
    expect(screen.getByRole('button', { name: 'Vorschlag übernehmen für Delta Inc' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Speichern' }).hasAttribute('disabled')).toBe(true);
  });

  it('removing a mapping switches sync off; sync needs company and agreement, and says so', async () => {
    await openPage();
    const user = userEvent.setup();
    const sync = screen.getByRole('switch', { name: 'Nutzungssynchronisierung für Beta AG' }) as HTMLInputElement;
    expect(sync.checked).toBe(true);
    expect(within(rowOf('Beta AG')).getByText('Vereinbarung storniert')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Zuordnung entfernen für Beta AG' }));
    const off = screen.getByRole('switch', { name: 'Nutzungssynchronisierung für Beta AG' }) as HTMLInputElement;
    expect(off.checked).toBe(false);
    expect(off.disabled).toBe(true);
    expect(off.getAttribute('aria-describedby')).toBeTruthy();
    expect(within(rowOf('Beta AG')).getByText('Erst zuordnen')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(save).toHaveBeenCalledWith([{ tenantId: 'b', companyId: 0, agreementId: 0, syncEnabled: false }]);
  });

  it('maps by typeahead and agreement; ended agreements are listed but not selectable', async () => {
    await openPage();
    const user = userEvent.setup();
    const combo = screen.getByRole('combobox', { name: 'ConnectWise-Unternehmen für Charlie Ltd' });
    await user.type(combo, 'g');
    expect(search).not.toHaveBeenCalled(); // one character: nothing asked
    await user.type(combo, 'a');
    await user.click(await screen.findByRole('option', { name: /Gamma KG/ }));
    expect(search).toHaveBeenCalledWith('ga', false);
    await user.click(screen.getByRole('button', { name: /Vereinbarung für Charlie Ltd/ }));
    const ended = await screen.findByRole('option', { name: /Gamma alt/ });
    expect(ended.getAttribute('aria-disabled')).toBe('true');
    await user.click(screen.getByRole('option', { name: /Gamma MSP/ }));
    await user.click(screen.getByRole('switch', { name: 'Nutzungssynchronisierung für Charlie Ltd' }));
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(save).toHaveBeenCalledWith([{ tenantId: 'c', companyId: 8, agreementId: 80, syncEnabled: true }]);
  });

  it('shows why there is no suggestion', async () => {
    await openPage();
    expect(within(rowOf('Charlie Ltd')).getByText('Kein Vorschlag: mehrere Unternehmen mit diesem Namen')).toBeTruthy();
  });

  it('opens filtered from the landing page counts', async () => {
    await renderApp({ info: {}, language: 'de', path: '/' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: '1 Probleme anzeigen' }));
    await screen.findByRole('table', { name: 'Sophos-Kunden und ihre ConnectWise-Unternehmen' });
    expect(screen.getAllByRole('row')).toHaveLength(2); // the header and Beta AG
    expect(rowOf('Beta AG')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Anzeigen/ }).textContent).toContain('Probleme (1)');
  });
});
