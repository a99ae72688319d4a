import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncSettings, SyncSettingsState } from '../../lib/api';
import { renderIn } from '../products/dialogs/testing';
import { SyncSettingsDialog } from './SyncSettingsDialog';

const backend = vi.hoisted(() => ({ load: vi.fn(), outlook: vi.fn(), save: vi.fn() }));
vi.mock('../../wailsjs/go/app/ScheduleService', () => ({
  SyncSettings: () => backend.load(),
  Outlook: (s: SyncSettings) => backend.outlook(s),
  SaveSyncSettings: (s: SyncSettings) => backend.save(s),
}));
vi.mock('../../wailsjs/runtime/runtime', () => ({ EventsOn: vi.fn(() => () => {}) }));

const defaults: SyncSettings = {
  schedule: {
    frequency: 'monthly-invoice',
    dayOfMonth: 1,
    hour: 2,
    minute: 0,
    effectiveDate: 'first-of-billing-month',
    billedMonth: 'current',
  },
  quantityField: 'billable',
};
const nextRun = new Date(2026, 11, 28, 2, 0).getTime();
const state = (demo: boolean): SyncSettingsState => ({
  settings: defaults,
  outlook: { nextRun, billedMonth: '2026-12', additionDate: '2026-12-01', firewallWarnings: [] },
  demo,
  task: demo
    ? { mechanism: '', name: '', installed: false }
    : { mechanism: 'systemd', name: 'psa-bridge-sync-1.timer', installed: true },
});
// Sophos' rule, as the Go side answers it: firewalls only with the monthly invoice.
const outlookFor = (s: SyncSettings) => ({
  ...state(true).outlook,
  firewallWarnings:
    s.schedule.frequency === 'monthly-invoice' || s.schedule.frequency === 'off'
      ? []
      : [{ code: 'XGS-2100', description: 'XGS 2100 Xstream Protection' }],
});

function open(demo = true) {
  const handlers = { onClose: vi.fn(), onSaved: vi.fn() };
  backend.load.mockResolvedValue(state(demo));
  return { handlers, element: <SyncSettingsDialog isOpen {...handlers} /> };
}

describe('SyncSettingsDialog', () => {
  beforeEach(() => {
    backend.load.mockReset();
    backend.outlook.mockReset().mockImplementation((s: SyncSettings) => Promise.resolve(outlookFor(s)));
    backend.save.mockReset().mockImplementation((s: SyncSettings) => Promise.resolve({ ...state(true), settings: s }));
  });

  it('starts on the monthly invoice, says demo mode installs no task, and shows the next run', async () => {
    const { element } = open(true);
    await renderIn('de', element);
    const dialog = await screen.findByRole('dialog', {
      name: 'Einstellungen für die ConnectWise-Nutzungssynchronisierung',
    });
    const invoice = await within(dialog).findByRole('radio', { name: 'Mit der monatlichen Sophos-Rechnung' });
    expect((invoice as HTMLInputElement).checked).toBe(true);
    for (const name of ['Einmal im Monat', 'Einmal täglich', 'Aus']) within(dialog).getByRole('radio', { name });
    expect(within(dialog).getByRole('note').textContent).toContain('keine geplante Aufgabe');
    expect(within(dialog).getByRole('status').textContent).toMatch(/Nächste Ausführung: .*28\. Dezember 2026/);
    expect(within(dialog).queryByRole('spinbutton', { name: 'Tag des Monats' })).toBeNull();
  });

  it('saves "Einmal im Monat" on day 5 and closes', async () => {
    const { handlers, element } = open(true);
    await renderIn('de', element);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Einmal im Monat' }));
    const day = screen.getByRole('textbox', { name: 'Tag des Monats' });
    await user.clear(day);
    await user.type(day, '5');
    await user.tab();
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(handlers.onClose).toHaveBeenCalled());
    expect(backend.save).toHaveBeenCalledWith({
      ...defaults,
      schedule: { ...defaults.schedule, frequency: 'monthly', dayOfMonth: 5 },
    });
    expect(handlers.onSaved).toHaveBeenCalled();
  });

  it("warns about firewall products off the monthly invoice, in Sophos' words", async () => {
    const { element } = open(false);
    await renderIn('en', element);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Once a day' }));
    expect(
      await screen.findByText(
        'Sophos Firewall products can only sync usage with the Sophos monthly invoicing option. Affected:',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('listitem').textContent).toBe('XGS 2100 Xstream Protection');
    expect(screen.getByText('Scheduled task set up (systemd: psa-bridge-sync-1.timer).')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'With Sophos monthly invoice' }));
    await waitFor(() => expect(screen.queryByText(/Sophos Firewall products/)).toBeNull());
  });

  it('keeps the dialog open with the error when saving fails', async () => {
    const { handlers, element } = open(false);
    backend.save.mockRejectedValue(
      new Error(JSON.stringify({ code: 'upstream', message: 'The scheduled task could not be installed: no bus' })),
    );
    await renderIn('de', element);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Speichern' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Nicht gespeichert: The scheduled task could not be installed: no bus',
    );
    expect(handlers.onClose).not.toHaveBeenCalled();
  });
});
