import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Language } from './lib/i18n';
import { renderApp as renderWholeApp } from './test/renderApp';

const overview = {
  demo: true,
  products: { total: 3, mapped: 1, unmapped: 2, syncOn: 1, new: 2 },
  customers: { all: 40, mapped: 3, unmapped: 37, syncOn: 2, problems: 5, suggestions: 20 },
};
const setLanguage = vi.fn(async (_: string) => {});

vi.mock('./wailsjs/go/app/OverviewService', () => ({ Overview: vi.fn(async () => overview) }));
vi.mock('./wailsjs/go/app/CatalogService', () => ({
  Status: vi.fn(async () => ({
    connected: true,
    itemCount: 12345,
    lastFullRefresh: 1,
    lastRefresh: 1,
    ageMs: 5 * 60_000,
    refreshing: false,
    offline: false,
  })),
  Refresh: vi.fn(async () => {}),
  CancelRefresh: vi.fn(async () => {}),
  Search: vi.fn(async () => []),
  Item: vi.fn(),
}));
vi.mock('./wailsjs/runtime/runtime', () => ({ EventsOn: vi.fn(() => () => {}) }));
vi.mock('./wailsjs/go/app/SettingsService', () => ({
  AppInfo: vi.fn(async () => ({})),
  Preferences: vi.fn(async () => ({ language: '', theme: 'system' })),
  SetLanguage: (l: string) => setLanguage(l),
  SetTheme: vi.fn(async () => {}),
  LayoutProbe: vi.fn(async () => ''), // off, as in normal use
}));

async function renderApp(language: Language, path = '/') {
  return renderWholeApp({ info: {}, language, path });
}

describe('App shell', () => {
  beforeEach(() => setLanguage.mockClear());

  it('lands on "Details zu ConnectWise" in German with the counts from the backend', async () => {
    await renderApp('de');
    expect(screen.getByRole('heading', { level: 1, name: 'Details zu ConnectWise' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Konfigurieren' })).toBeTruthy();
    const products = await screen.findByRole('article', { name: 'Sophos-Produkte' });
    expect(within(products).getByText('Nicht zugeordnet').nextElementSibling?.textContent).toBe('2');
    expect(screen.getByRole('note').textContent).toContain('Demo-Modus');
    const catalogCard = await screen.findByRole('article', { name: 'Lokale Produktliste' });
    expect(await within(catalogCard).findByText('12.345 Produkte')).toBeTruthy();
    expect(within(catalogCard).getByText('Aktualisiert vor 5 Minuten')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(within(nav).getByRole('link', { name: 'Details zu ConnectWise' }).getAttribute('aria-current')).toBe('page');
  });

  it('renders in English', async () => {
    await renderApp('en');
    expect(screen.getByRole('heading', { level: 1, name: 'ConnectWise details' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Configure' })).toBeTruthy();
  });

  it('"Konfigurieren" opens the configure page', async () => {
    await renderApp('de');
    await userEvent.click(screen.getByRole('button', { name: 'Konfigurieren' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Nutzungssynchronisierung konfigurieren' })).toBeTruthy();
  });

  it('switching the language on the settings page re-renders and remembers the choice', async () => {
    await renderApp('de', '/settings');
    await userEvent.click(screen.getByRole('button', { name: /Sprache/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'English' }));
    expect(setLanguage).toHaveBeenCalledWith('en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
  });
});
