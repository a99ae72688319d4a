import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderIn } from '../products/dialogs/testing';
import { ResetDemo } from './ResetDemo';

const backend = vi.hoisted(() => ({ resetDemo: vi.fn(), reloadAt: vi.fn() }));
vi.mock('../../wailsjs/go/app/SettingsService', () => ({ ResetDemo: () => backend.resetDemo() }));
vi.mock('../../wailsjs/runtime/runtime', () => ({ EventsOn: vi.fn(() => () => {}) }));
vi.mock('../../lib/reload', () => ({ reloadAt: (hash: string) => backend.reloadAt(hash) }));

describe('Demo zurücksetzen (defect 5)', () => {
  beforeEach(() => {
    backend.resetDemo.mockReset();
    backend.reloadAt.mockReset();
  });

  it('asks first, then resets and reloads on the fresh demo data', async () => {
    backend.resetDemo.mockResolvedValue(undefined);
    await renderIn('de', <ResetDemo />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Demo zurücksetzen' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Demo-Daten zurücksetzen?' });
    expect(backend.resetDemo).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(dialog.isConnected).toBe(false);
    expect(backend.resetDemo).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Demo zurücksetzen' }));
    const again = await screen.findByRole('alertdialog');
    await user.click(within(again).getByRole('button', { name: 'Demo zurücksetzen' }));
    await waitFor(() => expect(backend.reloadAt).toHaveBeenCalledWith('#/'));
    expect(backend.resetDemo).toHaveBeenCalledTimes(1);
  });

  it('says in German why a reset failed', async () => {
    backend.resetDemo.mockRejectedValue(
      new Error(JSON.stringify({ code: 'conflict', message: 'Demo data can only be reset in demo mode.' })),
    );
    await renderIn('de', <ResetDemo />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Demo zurücksetzen' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Demo zurücksetzen' }));
    expect((await screen.findByRole('alert')).textContent).not.toContain('Demo data can only');
    expect(backend.reloadAt).not.toHaveBeenCalled();
  });
});
