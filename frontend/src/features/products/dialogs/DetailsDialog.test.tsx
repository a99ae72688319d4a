import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DetailsDialog } from './DetailsDialog';
import { details, draft, formOptions, renderIn } from './testing';

const backend = vi.hoisted(() => ({ item: vi.fn(), formOptions: vi.fn(), editDraft: vi.fn(), update: vi.fn() }));
vi.mock('../../../wailsjs/go/app/CatalogService', () => ({ Item: (id: number) => backend.item(id) }));
vi.mock('../../../wailsjs/go/app/ProductsService', () => ({
  FormOptions: () => backend.formOptions(),
  EditDraft: (id: number) => backend.editDraft(id),
  UpdateCatalogItem: (id: number, d: unknown) => backend.update(id, d),
}));
vi.mock('../../../wailsjs/runtime/runtime', () => ({ EventsOn: vi.fn(() => () => {}) }));

/** The value a definition list shows for a term. */
const valueOf = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

function setup() {
  const handlers = { onClose: vi.fn(), onEdited: vi.fn() };
  return { handlers, element: <DetailsDialog isOpen itemId={4711} {...handlers} /> };
}

describe('DetailsDialog', () => {
  beforeEach(() => {
    Object.values(backend).forEach((f) => f.mockReset());
    backend.item.mockResolvedValue(details({ vendorSku: '' }));
    backend.formOptions.mockResolvedValue(formOptions());
    backend.editDraft.mockResolvedValue(draft());
  });

  it("shows every cached field with the form's labels, in German", async () => {
    const { element } = setup();
    await renderIn('de', element);
    expect(screen.getByRole('dialog', { name: 'ConnectWise-Produktdetails anzeigen' })).toBeTruthy();
    await screen.findByText('SOPH-XDR');
    expect(backend.item).toHaveBeenCalledWith(4711);
    expect(valueOf('Produkt-ID')).toBe('SOPH-XDR');
    expect(valueOf('Beschreibung')).toBe('Intercept X Advanced with XDR');
    expect(valueOf('Kundenbeschreibung')).toBe('Endpoint protection with XDR');
    expect(valueOf('Kategorie')).toBe('Software');
    expect(valueOf('Unterkategorie')).toBe('Security');
    expect(valueOf('Typ')).toBe('Subscription');
    expect(valueOf('Produktklasse')).toBe('Kein Lagerartikel');
    expect(valueOf('Maßeinheit')).toBe('Each');
    expect(valueOf('Preis')).toBe('1.234,50');
    expect(valueOf('Kosten')).toBe('7,25');
    expect(valueOf('Steuerpflichtig')).toBe('Ja');
    expect(valueOf('Status')).toBe('Aktiv');
    expect(valueOf('Hersteller')).toBe('Sophos');
    expect(valueOf('Herstellerteilenummer')).toBe('CIXA-XDR');
    expect(valueOf('Lieferant')).toBe('Ingram Micro');
    expect(valueOf('Lieferanten-SKU')).toBe('Nicht gesetzt');
    expect(valueOf('Notizen')).toBe('Monthly billing');
    expect(valueOf('Abrechnungsoption')).toBe('Abrechenbar');
    expect(valueOf('Wiederkehrend')).toBe('Ja');
    expect(valueOf('Zuletzt geändert in ConnectWise')).toContain('05.03.2026');
  });

  it('edits the product in ConnectWise and then shows the new values', async () => {
    const edited = details({ description: 'Intercept X XDR (renamed)' });
    backend.update.mockResolvedValue(edited);
    const { handlers, element } = setup();
    await renderIn('de', element);
    const user = userEvent.setup();
    await screen.findByText('SOPH-XDR');
    await user.click(screen.getByRole('button', { name: 'Produktdetails in PSA bearbeiten' }));
    const form = await screen.findByRole('dialog', { name: 'ConnectWise-Produkt bearbeiten' });
    expect(form).toBeTruthy();
    const description = (await screen.findByRole('textbox', { name: 'Beschreibung' })) as HTMLInputElement;
    await user.clear(description);
    await user.type(description, 'Intercept X XDR (renamed)');
    await user.click(screen.getByRole('button', { name: 'Anwenden' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'ConnectWise-Produkt bearbeiten' })).toBeNull());
    expect(backend.update).toHaveBeenCalledWith(4711, draft({ description: 'Intercept X XDR (renamed)' }));
    expect(handlers.onEdited).toHaveBeenCalledWith(edited);
    expect(valueOf('Beschreibung')).toBe('Intercept X XDR (renamed)');
    expect(screen.getByRole('status').textContent).toContain('Gespeichert');
    expect(screen.getByRole('dialog', { name: 'ConnectWise-Produktdetails anzeigen' })).toBeTruthy();
  });

  it('works in English and closes', async () => {
    const { handlers, element } = setup();
    await renderIn('en', element);
    expect(screen.getByRole('dialog', { name: 'View ConnectWise product details' })).toBeTruthy();
    await screen.findByText('SOPH-XDR');
    expect(valueOf('Product ID')).toBe('SOPH-XDR');
    expect(valueOf('Price')).toBe('1,234.50');
    expect(valueOf('Vendor')).toBe('Ingram Micro');
    expect(valueOf('Vendor SKU')).toBe('Not set');
    expect(valueOf('Billable option')).toBe('Billable');
    expect(valueOf('Last changed in ConnectWise')).toContain('Mar 5, 2026');
    expect(screen.getByRole('button', { name: 'Edit product details in PSA' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(handlers.onClose).toHaveBeenCalled();
  });

  it("says when the product cannot be loaded, in the UI language, not in Go's English", async () => {
    backend.item.mockImplementation(() =>
      Promise.reject(
        new Error(JSON.stringify({ code: 'not_found', message: 'Catalog item 4711 is not in the local catalog.' })),
      ),
    );
    const { element } = setup();
    await renderIn('de', element);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Laden fehlgeschlagen: Der Datensatz existiert nicht mehr.',
    );
    expect(screen.getByRole('button', { name: 'Produktdetails in PSA bearbeiten' }).hasAttribute('disabled')).toBe(
      true,
    );
  });
});
