import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CatalogMatch } from '../../../lib/api';
import { MapDialog } from './MapDialog';
import { match, renderIn } from './testing';

const backend = vi.hoisted(() => ({ search: vi.fn(), status: vi.fn() }));
vi.mock('../../../wailsjs/go/app/CatalogService', () => ({
  // The tests' replies are the matches; Find answers { matches, hasMore }.
  Find: async (text: string, inactive: boolean) => {
    const reply = (await backend.search(text, inactive)) as CatalogMatch[] | { matches: CatalogMatch[] };
    return Array.isArray(reply) ? { matches: reply, hasMore: false } : reply;
  },
  Status: () => backend.status(),
}));
vi.mock('../../../wailsjs/runtime/runtime', () => ({ EventsOn: vi.fn(() => () => {}) }));

const okStatus = {
  connected: true,
  itemCount: 500,
  lastFullRefresh: 1,
  lastRefresh: 1,
  ageMs: 60_000,
  refreshing: false,
  offline: false,
};
const product = { productKey: 'CIXA-XDR', description: 'Intercept X Advanced with XDR' };
const xdr = match(7, 'SOPH-XDR', 'Sophos Intercept X XDR');
const mdr = match(8, 'SOPH-MDR', 'Sophos MDR Complete');

function setup(props: Partial<Parameters<typeof MapDialog>[0]> = {}) {
  const handlers = { onClose: vi.fn(), onApply: vi.fn(), onRemove: vi.fn() };
  return { handlers, element: <MapDialog isOpen product={product} {...handlers} {...props} /> };
}

describe('MapDialog', () => {
  beforeEach(() => {
    backend.search.mockReset();
    backend.status.mockReset();
    backend.status.mockResolvedValue(okStatus);
  });

  it('works by keyboard alone: type, arrow to an option, Enter, Tab to "Anwenden", Enter', async () => {
    backend.search.mockResolvedValue([xdr, mdr]);
    const { handlers, element } = setup();
    await renderIn('de', element);
    const user = userEvent.setup();
    const dialog = screen.getByRole('dialog', { name: 'Sophos-Produkt einem ConnectWise-Produkt zuordnen' });
    expect(within(dialog).getByText('Intercept X Advanced with XDR')).toBeTruthy();
    const box = screen.getByRole('combobox', { name: 'ConnectWise-Produkt' });
    expect(document.activeElement).toBe(box);
    expect(screen.getByRole('button', { name: 'Anwenden' }).hasAttribute('disabled')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Zuordnung entfernen' })).toBeNull();

    await user.keyboard('sop');
    await screen.findByRole('option', { name: /SOPH-XDR/ });
    expect(backend.search).toHaveBeenCalledWith('sop', false);
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect((box as HTMLInputElement).value).toBe('SOPH-MDR');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Anwenden' }));
    await user.keyboard('{Enter}');
    expect(handlers.onApply).toHaveBeenCalledWith({
      id: 8,
      identifier: 'SOPH-MDR',
      description: 'Sophos MDR Complete',
    });
  });

  it('closes the list on the first Escape and the dialog on the second (defect 8)', async () => {
    backend.search.mockResolvedValue([xdr, mdr]);
    const { handlers, element } = setup();
    await renderIn('de', element);
    const user = userEvent.setup();
    await user.keyboard('sophos');
    await screen.findByRole('option', { name: /SOPH-XDR/ });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
    await new Promise((r) => setTimeout(r, 50)); // the list must stay closed
    expect(screen.queryByRole('listbox')).toBeNull();
    expect((screen.getByRole('combobox', { name: 'ConnectWise-Produkt' }) as HTMLInputElement).value).toBe('sophos');
    expect(handlers.onClose).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(handlers.onClose).toHaveBeenCalledTimes(1);
  });

  it("shows each option's price and unit, and the Sophos products already mapped to it (defect 6)", async () => {
    const mappedTo = [
      { productKey: 'MDR-C', description: 'MDR Complete', syncEnabled: true },
      { productKey: 'CIXA-XDR', description: 'Intercept X Advanced with XDR', syncEnabled: false }, // this one
    ];
    backend.search.mockResolvedValue({
      matches: [{ ...xdr, price: 1234.5, unitOfMeasure: 'Monat', mappedTo }, mdr],
      hasMore: true,
    });
    const { element } = setup();
    await renderIn('de', element);
    await userEvent.keyboard('so');
    const option = await screen.findByRole('option', { name: /SOPH-XDR/ });
    expect(option.textContent).toContain('1.234,50 / Monat');
    expect(within(option).getByText('bereits zugeordnet: MDR Complete')).toBeTruthy();
    expect(screen.getByRole('option', { name: /SOPH-MDR/ }).textContent).not.toContain('bereits zugeordnet');
    expect(screen.getByText('Weitere Treffer: Suche genauer eingeben')).toBeTruthy();
  });

  it('searches nothing before two characters and says so', async () => {
    const { element } = setup();
    await renderIn('de', element);
    await userEvent.type(screen.getByRole('combobox', { name: 'ConnectWise-Produkt' }), 's');
    expect(await screen.findByText('Mindestens 2 Zeichen eingeben')).toBeTruthy();
    await new Promise((r) => setTimeout(r, 200));
    expect(backend.search).not.toHaveBeenCalled();
  });

  it('highlights the matched text in each option', async () => {
    backend.search.mockResolvedValue([xdr]);
    const { element } = setup();
    await renderIn('de', element);
    await userEvent.type(screen.getByRole('combobox', { name: 'ConnectWise-Produkt' }), 'soph inter');
    const option = await screen.findByRole('option', { name: /SOPH-XDR/ });
    const marks = [...option.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['SOPH', 'Soph', 'Inter']);
  });

  it('marks the text the options answer: a keystroke does not redraw them before its reply', async () => {
    const replies: ((items: CatalogMatch[]) => void)[] = [];
    backend.search.mockImplementation(() => new Promise<CatalogMatch[]>((resolve) => replies.push(resolve)));
    const { element } = setup();
    await renderIn('de', element);
    const user = userEvent.setup();
    const box = screen.getByRole('combobox', { name: 'ConnectWise-Produkt' });
    await user.type(box, 'soph');
    await waitFor(() => expect(replies).toHaveLength(3)); // so, sop, soph
    act(() => replies[2]?.([xdr]));
    const marksOf = async () =>
      [...(await screen.findByRole('option', { name: /SOPH-XDR/ })).querySelectorAll('mark')].map((m) => m.textContent);
    expect(await marksOf()).toEqual(['SOPH', 'Soph']);
    await user.type(box, ' int'); // asked, not answered yet: the list still answers "soph"
    expect(await marksOf()).toEqual(['SOPH', 'Soph']);
    expect(screen.getByRole('listbox').getAttribute('data-query')).toBe('soph');
    act(() => replies.at(-1)?.([xdr]));
    await waitFor(async () => expect(await marksOf()).toEqual(['SOPH', 'Soph', 'Int']));
    expect(screen.getByRole('listbox').getAttribute('data-query')).toBe('soph int');
  });

  it('shows "Keine Treffer" when nothing matches', async () => {
    backend.search.mockResolvedValue([]);
    const { element } = setup();
    await renderIn('de', element);
    await userEvent.type(screen.getByRole('combobox', { name: 'ConnectWise-Produkt' }), 'zzz');
    expect(await screen.findByText('Keine Treffer')).toBeTruthy();
  });

  it('searches on every keystroke and drops a reply that arrives after a newer one', async () => {
    const replies: ((items: CatalogMatch[]) => void)[] = [];
    backend.search.mockImplementation(() => new Promise<CatalogMatch[]>((resolve) => replies.push(resolve)));
    const { element } = setup();
    await renderIn('de', element);
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'ConnectWise-Produkt' }), 'sop');
    // No debounce: "so" and "sop" are both asked, at once.
    await waitFor(() => expect(backend.search.mock.calls.map((c) => c[0] as string)).toEqual(['so', 'sop']));
    act(() => replies[1]?.([mdr]));
    await screen.findByRole('option', { name: /SOPH-MDR/ });
    act(() => replies[0]?.([xdr])); // the older request answers last
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('option', { name: /SOPH-XDR/ })).toBeNull();
    expect(screen.getByRole('option', { name: /SOPH-MDR/ })).toBeTruthy();
  });

  it('passes "Inaktive Produkte anzeigen" to the search and marks inactive products', async () => {
    backend.search.mockImplementation(async (_t: string, inactive: boolean) =>
      inactive ? [match(9, 'SOPH-OLD', 'Sophos Old', true)] : [],
    );
    const { element } = setup();
    await renderIn('de', element);
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Inaktive Produkte anzeigen' }));
    await user.type(screen.getByRole('combobox', { name: 'ConnectWise-Produkt' }), 'so');
    const option = await screen.findByRole('option', { name: /SOPH-OLD/ });
    expect(within(option).getByText('Inaktiv')).toBeTruthy();
    expect(backend.search).toHaveBeenLastCalledWith('so', true);
  });

  it('offers "Zuordnung entfernen" for a mapped product, and "Abbrechen" closes', async () => {
    const { handlers, element } = setup({
      current: { id: 7, identifier: 'SOPH-XDR', description: 'Sophos Intercept X XDR' },
    });
    await renderIn('de', element);
    expect(screen.getByText('Derzeit zugeordnet')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Zuordnung entfernen' }));
    expect(handlers.onRemove).toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(handlers.onClose).toHaveBeenCalled();
  });

  it('says when the catalog was never loaded', async () => {
    backend.status.mockResolvedValue({ ...okStatus, itemCount: 0, lastRefresh: 0 });
    const { element } = setup();
    await renderIn('de', element);
    expect(await screen.findByText(/Katalog noch nicht geladen/)).toBeTruthy();
  });

  it('works in English, with the offline note', async () => {
    backend.status.mockResolvedValue({ ...okStatus, offline: true, ageMs: 2 * 3_600_000 });
    backend.search.mockResolvedValue([xdr]);
    const { handlers, element } = setup({
      current: { id: 8, identifier: 'SOPH-MDR', description: 'Sophos MDR Complete' },
    });
    await renderIn('en', element);
    expect(screen.getByRole('dialog', { name: 'Map Sophos product to ConnectWise product' })).toBeTruthy();
    expect(await screen.findByText('Offline: searching the local catalog (updated 2 hours ago).')).toBeTruthy();
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'ConnectWise product' }), 'xdr');
    await user.click(await screen.findByRole('option', { name: /SOPH-XDR/ }));
    expect(screen.getByText('Selected: SOPH-XDR – Sophos Intercept X XDR')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(handlers.onApply).toHaveBeenCalledWith({
      id: 7,
      identifier: 'SOPH-XDR',
      description: 'Sophos Intercept X XDR',
    });
    expect(screen.getByRole('checkbox', { name: 'Show inactive products' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove mapping' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();
  });
});
