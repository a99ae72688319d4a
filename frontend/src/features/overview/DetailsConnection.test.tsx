import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../lib/i18n';
import DetailsPage from './DetailsPage';

const overview = vi.fn();
vi.mock('../../wailsjs/go/app/OverviewService', () => ({ Overview: () => overview() }));
vi.mock('../../wailsjs/go/app/CatalogService', () => ({
  Status: vi.fn(async () => ({
    connected: false,
    itemCount: 0,
    lastFullRefresh: 0,
    lastRefresh: 0,
    ageMs: -1,
    refreshing: false,
    offline: false,
  })),
}));
vi.mock('../../wailsjs/runtime/runtime', () => ({ EventsOn: () => () => {} }));

const products = { total: 0, mapped: 0, unmapped: 0, syncOn: 0, new: 0 };
const customers = { all: 0, mapped: 0, unmapped: 0, syncOn: 0, problems: 0, suggestions: 0 };

async function connectionCard(o: { demo: boolean; connectWise: boolean; sophos: boolean }) {
  overview.mockResolvedValue({ ...o, products, customers });
  await initI18n('de');
  render(
    <MemoryRouter>
      <DetailsPage />
    </MemoryRouter>,
  );
  return (await screen.findByRole('article', { name: 'Verbindung' })).textContent;
}

describe('the connection card of "Details zu ConnectWise"', () => {
  it('says "not set up" in real mode without accounts, never demo', async () => {
    expect(await connectionCard({ demo: false, connectWise: false, sophos: false })).toContain('Nicht eingerichtet');
  });
  it('says which state the real accounts are in', async () => {
    expect(await connectionCard({ demo: false, connectWise: true, sophos: false })).toContain('Teilweise eingerichtet');
  });
  it('says "set up" when both accounts are saved', async () => {
    const text = await connectionCard({ demo: false, connectWise: true, sophos: true });
    expect(text).toContain('Eingerichtet');
    expect(text).not.toContain('Nicht');
  });
  it('names the demo sandbox in demo mode', async () => {
    expect(await connectionCard({ demo: true, connectWise: true, sophos: true })).toContain('Demo-Sandbox');
  });
});
