import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../lib/i18n';
import { renderApp as renderWholeApp } from '../../test/renderApp';

const switchMode = vi.fn(async (_demo: boolean) => {});
const reloadAt = vi.fn((_hash: string) => {});

vi.mock('../../wailsjs/go/app/ConnectionsService', () => ({ SwitchMode: (d: boolean) => switchMode(d) }));
vi.mock('../../wailsjs/go/app/OverviewService', () => ({
  Overview: vi.fn(async () => ({
    demo: true,
    products: { total: 0, mapped: 0, unmapped: 0, syncOn: 0, new: 0 },
    customers: { all: 0, mapped: 0, unmapped: 0, syncOn: 0, problems: 0, suggestions: 0 },
  })),
}));
vi.mock('../../wailsjs/go/app/CatalogService', () => ({
  Status: vi.fn(async () => ({
    connected: true,
    itemCount: 0,
    lastFullRefresh: 0,
    lastRefresh: 0,
    ageMs: -1,
    refreshing: false,
    offline: false,
  })),
}));
vi.mock('../../wailsjs/runtime/runtime', () => ({ EventsOn: () => () => {} }));
vi.mock('../../lib/reload', () => ({ reloadAt: (h: string) => reloadAt(h) }));

async function renderApp(welcome: boolean, language: Language = 'de') {
  await renderWholeApp({ info: { welcome }, language });
}

describe('first run', () => {
  beforeEach(() => {
    switchMode.mockClear();
    reloadAt.mockClear();
  });

  it('opens on the welcome, without the demo banner, and "Demo-Daten verwenden" remembers demo mode', async () => {
    await renderApp(true);
    expect(await screen.findByRole('heading', { level: 1, name: 'Willkommen bei PSA Bridge' })).toBeTruthy();
    // It is still asking whether to use demo data: no "Demo-Modus" banner yet (issue 12, defect 13).
    expect(screen.queryByRole('note')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Demo-Daten verwenden' }));
    expect(switchMode).toHaveBeenCalledWith(true);
    expect(reloadAt).toHaveBeenCalledWith('#/');
  });

  it('"Verbindung einrichten" switches to real accounts and opens Verbindungen', async () => {
    await renderApp(true);
    await userEvent.click(await screen.findByRole('button', { name: 'Verbindung einrichten' }));
    expect(switchMode).toHaveBeenCalledWith(false);
    expect(reloadAt).toHaveBeenCalledWith('#/connections');
  });

  it('is in English with Sophos-style labels', async () => {
    await renderApp(true, 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to PSA Bridge' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Use demo data' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Set up connection' })).toBeTruthy();
  });

  it('does not come back once a choice was made', async () => {
    await renderApp(false);
    expect(await screen.findByRole('heading', { level: 1, name: 'Details zu ConnectWise' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Willkommen bei PSA Bridge' })).toBeNull();
  });

  it('shows a failed switch instead of reloading', async () => {
    switchMode.mockRejectedValueOnce(new Error('{"code":"internal","message":"disk full"}'));
    await renderApp(true);
    await userEvent.click(await screen.findByRole('button', { name: 'Demo-Daten verwenden' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Umschalten fehlgeschlagen: disk full');
    expect(reloadAt).not.toHaveBeenCalled();
  });
});
