import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../lib/i18n';
import { CatalogCard } from './CatalogCard';

type Listener = (payload: unknown) => void;
const listeners = new Map<string, Listener>();
const status = vi.fn();
const refresh = vi.fn(async (_full: boolean) => {});

vi.mock('../../wailsjs/go/app/CatalogService', () => ({
  Status: () => status(),
  Refresh: (full: boolean) => refresh(full),
  CancelRefresh: vi.fn(async () => {}),
}));
vi.mock('../../wailsjs/runtime/runtime', () => ({
  EventsOn: (name: string, cb: Listener) => {
    listeners.set(name, cb);
    return () => listeners.delete(name);
  },
}));

const base = {
  connected: true,
  itemCount: 100,
  lastFullRefresh: 1,
  lastRefresh: 1,
  ageMs: 3 * 3_600_000,
  refreshing: false,
  offline: false,
};

describe('CatalogCard', () => {
  beforeEach(async () => {
    listeners.clear();
    status.mockReset();
    refresh.mockClear();
    await initI18n('en');
  });

  it('starts a refresh and shows live progress from backend events', async () => {
    status.mockResolvedValue(base);
    render(<CatalogCard />);
    await userEvent.click(await screen.findByRole('button', { name: 'Refresh' }));
    expect(refresh).toHaveBeenCalledWith(false);
    act(() => listeners.get('catalog:progress')?.({ phase: 'items', done: 2000, total: 8000 }));
    const bar = screen.getByRole('progressbar', { name: 'Loading products …' });
    expect(bar.getAttribute('aria-valuenow')).toBe('2000');
    expect(screen.getByText('2,000 of 8,000')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();
  });

  it('says it is offline and keeps showing the cache age', async () => {
    status.mockResolvedValue({ ...base, offline: true, lastError: { code: 'offline', message: 'dial tcp' } });
    render(<CatalogCard />);
    expect(await screen.findByText(/Offline: ConnectWise cannot be reached/)).toBeTruthy();
    expect(screen.getByText('Updated 3 hours ago')).toBeTruthy();
    expect(screen.getByText('100 products')).toBeTruthy();
  });

  it('offers no refresh without a ConnectWise connection', async () => {
    status.mockResolvedValue({ ...base, connected: false, lastRefresh: 0, itemCount: 0, ageMs: -1 });
    render(<CatalogCard />);
    expect(await screen.findByText('No ConnectWise connection set up.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Refresh' })).toBeNull();
  });
});
