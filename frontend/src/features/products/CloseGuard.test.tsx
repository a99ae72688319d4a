import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderIn } from './dialogs/testing';
import { CloseGuard } from './CloseGuard';

const backend = vi.hoisted(() => ({
  setUnsaved: vi.fn(async (_n: number) => {}),
  close: vi.fn(async () => {}),
  listeners: new Map<string, (data: unknown) => void>(),
}));
vi.mock('../../wailsjs/go/app/WindowService', () => ({
  SetUnsavedChanges: (n: number) => backend.setUnsaved(n),
  Close: () => backend.close(),
}));
vi.mock('../../wailsjs/runtime/runtime', () => ({
  EventsOn: (name: string, cb: (data: unknown) => void) => {
    backend.listeners.set(name, cb);
    return () => backend.listeners.delete(name);
  },
}));

const closeRequested = () => act(() => backend.listeners.get('window:closeRequested')?.(2));

describe('CloseGuard (defect 3)', () => {
  beforeEach(() => {
    backend.setUnsaved.mockClear();
    backend.close.mockClear();
  });

  it('tells the backend how many changes are staged', async () => {
    const { rerender } = await renderIn('de', <CloseGuard unsaved={2} onSave={vi.fn()} />);
    await waitFor(() => expect(backend.setUnsaved).toHaveBeenLastCalledWith(2));
    rerender(<CloseGuard unsaved={0} onSave={vi.fn()} />);
    await waitFor(() => expect(backend.setUnsaved).toHaveBeenLastCalledWith(0));
  });

  it('asks save / discard / cancel when the window is closed', async () => {
    const onSave = vi.fn(async () => true);
    await renderIn('de', <CloseGuard unsaved={2} onSave={onSave} />);
    closeRequested();
    const dialog = await screen.findByRole('alertdialog', { name: 'Ungespeicherte Änderungen' });
    expect(dialog.textContent).toContain('2 Änderungen sind noch nicht gespeichert');

    await userEvent.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(backend.close).not.toHaveBeenCalled();

    closeRequested();
    await userEvent.click(await screen.findByRole('button', { name: 'Speichern und schließen' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(backend.close).toHaveBeenCalledTimes(1));
  });

  it('keeps the window open when Save fails, and discards on request', async () => {
    const onSave = vi.fn(async () => false);
    await renderIn('en', <CloseGuard unsaved={1} onSave={onSave} />);
    closeRequested();
    await userEvent.click(await screen.findByRole('button', { name: 'Save and close' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(backend.close).not.toHaveBeenCalled();
    closeRequested();
    expect(screen.getByText('One change is not saved yet. What should happen before closing?')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Discard and close' }));
    expect(backend.close).toHaveBeenCalledTimes(1);
  });
});
