import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScheduleStatus } from '../../lib/api';
import { renderIn } from '../products/dialogs/testing';
import { ScheduleCard } from './ScheduleCard';

const backend = vi.hoisted(() => ({ status: vi.fn(), seen: vi.fn() }));
vi.mock('../../wailsjs/go/app/ScheduleService', () => ({
  Status: () => backend.status(),
  MarkScheduledRunSeen: (id: number) => backend.seen(id),
}));
vi.mock('../../wailsjs/runtime/runtime', () => ({ EventsOn: vi.fn(() => () => {}) }));

const nextRun = new Date(2026, 11, 28, 2, 0).getTime();
const failedRun = {
  id: 7,
  month: '2026-11',
  startedAt: new Date(2026, 10, 28, 2, 0).getTime(),
  finishedAt: new Date(2026, 10, 28, 2, 1).getTime(),
  result: 'partial',
  failed: 2,
  conflicts: 1,
  errors: 'agreement 12: offline',
};
const status = (s: Partial<ScheduleStatus>): ScheduleStatus => ({
  demo: false,
  frequency: 'monthly-invoice',
  nextRun,
  failedUnseen: false,
  ...s,
});

describe('ScheduleCard', () => {
  beforeEach(() => {
    backend.status.mockReset();
    backend.seen.mockReset().mockResolvedValue(undefined);
  });

  it('shows a failed scheduled run as an alert until it is marked seen', async () => {
    backend.status
      .mockResolvedValueOnce(status({ lastScheduledRun: failedRun, failedUnseen: true }))
      .mockResolvedValue(status({ lastScheduledRun: failedRun }));
    await renderIn('de', <ScheduleCard />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'Die geplante Synchronisierung vom Samstag, 28. November 2026 um 02:00 für November 2026: teilweise fehlgeschlagen.',
    );
    expect(alert.textContent).toContain('2 fehlgeschlagen, 1 Konflikte.');
    expect(screen.getByText('Nächste Ausführung: Montag, 28. Dezember 2026 um 02:00')).toBeTruthy();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Als gesehen markieren' }));
    expect(backend.seen).toHaveBeenCalledWith(7);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(screen.getByText(/Letzte geplante Ausführung: .* – teilweise fehlgeschlagen/)).toBeTruthy();
  });

  it('says that demo mode runs no schedule, and when the schedule is off', async () => {
    backend.status.mockResolvedValue(status({ demo: true }));
    const { unmount } = await renderIn('en', <ScheduleCard />);
    expect(await screen.findByText('No scheduled sync runs in demo mode.')).toBeTruthy();
    unmount();
    backend.status.mockResolvedValue(status({ frequency: 'off', nextRun: 0 }));
    await renderIn('en', <ScheduleCard />);
    expect(await screen.findByText('Off: no scheduled sync.')).toBeTruthy();
  });
});
