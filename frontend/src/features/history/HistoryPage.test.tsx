import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../lib/i18n';
import HistoryPage from './HistoryPage';

const writes = vi.fn(async (_filter: unknown) => [
  {
    id: 1,
    at: '2026-12-01T09:00:00Z',
    actor: 'anna',
    action: 'update_addition',
    entityId: 90,
    label: 'Beta AG: Intercept X',
    before: '{"additionId":90,"quantity":5}',
    after: '{"additionId":90,"quantity":8.5}',
    runId: 7,
  },
]);
vi.mock('../../wailsjs/go/app/UsageSyncService', () => ({
  Runs: async () => [
    {
      id: 7,
      month: '2026-11',
      trigger: 'scheduled',
      actor: 'anna',
      startedAt: '2026-12-01T09:00:00Z',
      finishedAt: '2026-12-01T09:00:02Z',
      result: 'partial',
      counts: { create: 2, update: 1, unchanged: 3, skip: 4, conflict: 1 },
      errors: '',
    },
  ],
  Writes: (filter: unknown) => writes(filter),
}));

beforeEach(async () => {
  writes.mockClear();
  await initI18n('de');
});

describe('Verlauf', () => {
  it("lists the runs and one run's writes with before and after, filtered on the server", async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter initialEntries={['/history?run=7']}>
        <HistoryPage />
      </MemoryRouter>,
    );
    const runs = await screen.findByRole('table', { name: 'Synchronisierungsläufe, neueste zuerst' });
    const run = within(runs).getAllByRole('row')[1]!;
    expect(run.textContent).toContain('geplant');
    expect(run.textContent).toContain('2 angelegt, 1 geändert, 3 unverändert, 4 übersprungen');
    expect(run.textContent).toContain('teilweise');
    expect(screen.getByRole('heading', { name: 'Schreibvorgänge von Lauf 7 (2026-11)' })).toBeTruthy();

    const table = await screen.findByRole('table', { name: 'ConnectWise-Schreibvorgänge' });
    const write = within(table).getAllByRole('row')[1]!;
    expect(write.textContent).toContain('Zusatz geändert');
    expect(write.textContent).toContain('quantity: 5');
    expect(write.textContent).toContain('quantity: 8.5');
    expect(write.textContent).not.toContain('additionId'); // unchanged fields are left out
    expect(writes).toHaveBeenLastCalledWith(expect.objectContaining({ runId: 7, customer: '' }));

    await user.type(screen.getByRole('searchbox', { name: 'Kunde' }), 'Beta');
    expect(writes).toHaveBeenLastCalledWith(expect.objectContaining({ runId: 7, customer: 'Beta' }));
    await user.click(screen.getByRole('button', { name: 'Alle Läufe' }));
    expect(writes).toHaveBeenLastCalledWith(expect.objectContaining({ runId: 0, customer: 'Beta', scope: 'all' }));
  });
});
