import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n, type Language } from '../../lib/i18n';
import RecoveryPage from './RecoveryPage';

const backend = { OpenBackup: vi.fn(), Restart: vi.fn(), Quit: vi.fn(), Problem: vi.fn() };
vi.mock('../../wailsjs/go/app/RecoveryService', () => ({
  OpenBackup: (p: string) => backend.OpenBackup(p),
  Restart: () => backend.Restart(),
  Quit: () => backend.Quit(),
  Problem: () => backend.Problem(),
}));

const problem = {
  databasePath: '/data/psabridge.db',
  problem: 'corrupt',
  detail: 'file is not a database (26)',
  backups: [{ path: '/data/psabridge.db.bak-v9', schemaVersion: 9, size: 81920, modified: '2026-11-30T08:15:00Z' }],
};

async function renderPage(p = problem, language: Language = 'de') {
  await initI18n(language);
  render(<RecoveryPage problem={p} />);
}

describe('recovery window', () => {
  beforeEach(() => {
    for (const fn of Object.values(backend)) fn.mockReset();
  });

  it('names the file and the problem, restores a backup and restarts', async () => {
    backend.OpenBackup.mockResolvedValue({ brokenCopy: '/data/psabridge.db.broken-20261201T140000Z' });
    await renderPage();
    expect(screen.getByRole('heading', { name: 'Die Datenbank lässt sich nicht öffnen' })).toBeTruthy();
    expect(screen.getByText('/data/psabridge.db')).toBeTruthy();
    expect(screen.getByText(/beschädigt oder keine PSA-Bridge-Datenbank/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: /Sicherung vom .* öffnen \(Schema 9\)/ }));
    expect(backend.OpenBackup).toHaveBeenCalledWith('/data/psabridge.db.bak-v9');
    expect((await screen.findByRole('status')).textContent).toContain('/data/psabridge.db.broken-20261201T140000Z');
    await userEvent.click(screen.getByRole('button', { name: 'PSA Bridge neu starten' }));
    expect(backend.Restart).toHaveBeenCalled();
  });

  it('says when there is no backup and offers to quit, in English too', async () => {
    await renderPage({ ...problem, problem: 'too_new', backups: [] }, 'en');
    expect(screen.getByText(/written by a newer version of PSA Bridge/)).toBeTruthy();
    expect(screen.getByText('There is no backup of this file.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Quit' }));
    expect(backend.Quit).toHaveBeenCalled();
  });

  it('says when another window has the data folder open, and offers only to quit', async () => {
    await renderPage({ databasePath: '/data', problem: 'window_open', detail: '', backups: [] });
    expect(screen.getByRole('heading', { name: 'PSA Bridge ist schon geöffnet' })).toBeTruthy();
    expect(screen.getByText(/in einem anderen Fenster geöffnet/)).toBeTruthy();
    expect(screen.queryByText(/Sicherung/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Beenden' })).toBeTruthy();
  });

  it('shows a failed restore as an alert', async () => {
    backend.OpenBackup.mockRejectedValue(
      new Error('{"code":"conflict","message":"Could not restore the copy: disk full"}'),
    );
    await renderPage();
    await userEvent.click(screen.getByRole('button', { name: /Sicherung vom/ }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Wiederherstellen fehlgeschlagen: Could not restore the copy: disk full',
    );
  });
});
