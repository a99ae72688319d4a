import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ProductFormDialog } from './ProductFormDialog';
import { details, draft, formOptions, renderIn } from './testing';

const backend = vi.hoisted(() => ({
  formOptions: vi.fn(),
  draftFor: vi.fn(),
  editDraft: vi.fn(),
  checkDraft: vi.fn(),
  nearDuplicates: vi.fn(),
  update: vi.fn(),
}));
vi.mock('../../../wailsjs/go/app/ProductsService', () => ({
  FormOptions: () => backend.formOptions(),
  DraftFor: (key: string) => backend.draftFor(key),
  EditDraft: (id: number) => backend.editDraft(id),
  CheckDraft: (key: string, d: unknown) => backend.checkDraft(key, d),
  NearDuplicates: (d: unknown) => backend.nearDuplicates(d),
  UpdateCatalogItem: (id: number, d: unknown) => backend.update(id, d),
}));
vi.mock('../../../wailsjs/runtime/runtime', () => ({ EventsOn: vi.fn(() => () => {}) }));

/** How a Go error arrives from the Wails runtime. */
const goError = (e: object) => Promise.reject(new Error(JSON.stringify(e)));

const products = [
  { productKey: 'CIXA-XDR', description: 'Intercept X Advanced with XDR' },
  { productKey: 'MDR-C', description: 'MDR Complete' },
];

function addDialog(initialProductKey = 'CIXA-XDR') {
  const handlers = { onClose: vi.fn(), onApply: vi.fn(), onMapExisting: vi.fn() };
  return {
    handlers,
    element: (
      <ProductFormDialog mode="add" isOpen products={products} initialProductKey={initialProductKey} {...handlers} />
    ),
  };
}

function editDialog() {
  const handlers = { onClose: vi.fn(), onSaved: vi.fn() };
  return { handlers, element: <ProductFormDialog mode="edit" isOpen itemId={4711} {...handlers} /> };
}

const textbox = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;

describe('ProductFormDialog, add', () => {
  beforeEach(() => {
    Object.values(backend).forEach((f) => f.mockReset());
    backend.formOptions.mockResolvedValue(formOptions());
    backend.draftFor.mockImplementation(async (key: string) =>
      key === 'MDR-C' ? draft({ identifier: 'SOPH-MDR', description: 'MDR Complete' }) : draft(),
    );
    backend.checkDraft.mockResolvedValue(undefined);
    backend.nearDuplicates.mockResolvedValue([]);
  });

  it('is prefilled from the Sophos product and stages the draft after the backend check', async () => {
    const { handlers, element } = addDialog();
    await renderIn('de', element);
    expect(screen.getByRole('dialog', { name: 'Produkt zu PSA hinzufügen' })).toBeTruthy();
    expect(await screen.findByDisplayValue('SOPH-XDR')).toBe(textbox('Produkt-ID'));
    expect(backend.draftFor).toHaveBeenCalledWith('CIXA-XDR');
    expect(screen.getByRole('button', { name: /Sophos-Produkt/ }).textContent).toContain(
      'Intercept X Advanced with XDR',
    );
    expect(textbox('Beschreibung').value).toBe('Intercept X Advanced with XDR');
    expect(textbox('Kundenbeschreibung').tagName).toBe('TEXTAREA');
    expect(screen.getByRole('button', { name: /Unterkategorie/ }).textContent).toContain('Security');
    expect(screen.getByRole('button', { name: /Produktklasse/ }).textContent).toContain('Kein Lagerartikel');
    expect(textbox('Preis').value).toBe('12,50'); // German number format
    expect(textbox('Kosten').value).toBe('7,25');
    expect((screen.getByRole('checkbox', { name: 'Steuerpflichtig' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('button', { name: /Hersteller/ }).textContent).toContain('Sophos');
    expect(textbox('Herstellerteilenummer').value).toBe('CIXA-XDR');
    expect(screen.getByText('Noch 67 von 75 Zeichen')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Anwenden' }));
    await waitFor(() => expect(handlers.onApply).toHaveBeenCalledWith('CIXA-XDR', draft()));
    expect(backend.checkDraft).toHaveBeenCalledWith('CIXA-XDR', draft());
  });

  it('checks required fields and limits before sending, on the fields, and focuses the first', async () => {
    const { handlers, element } = addDialog();
    await renderIn('de', element);
    const user = userEvent.setup();
    await screen.findByDisplayValue('SOPH-XDR');
    await user.clear(textbox('Produkt-ID'));
    await user.clear(textbox('Beschreibung'));
    await user.click(textbox('Beschreibung'));
    await user.paste('x'.repeat(61));
    expect(screen.getByText('1 Zeichen zu viel (höchstens 60)')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Anwenden' }));

    expect(screen.getByText('Produkt-ID ist erforderlich.')).toBeTruthy();
    expect(screen.getByText('Beschreibung darf höchstens 60 Zeichen lang sein.')).toBeTruthy();
    expect(screen.queryByText('1 Zeichen zu viel (höchstens 60)')).toBeNull(); // one message, not two
    expect(textbox('Produkt-ID').getAttribute('aria-invalid')).toBe('true');
    expect(textbox('Produkt-ID').getAttribute('aria-describedby')).toContain(
      screen.getByText('Produkt-ID ist erforderlich.').id,
    );
    expect(document.activeElement).toBe(textbox('Produkt-ID'));
    expect(backend.checkDraft).not.toHaveBeenCalled();
    expect(handlers.onApply).not.toHaveBeenCalled();

    await user.type(textbox('Produkt-ID'), 'SOPH-NEW'); // fixing a field clears its message
    expect(screen.queryByText('Produkt-ID ist erforderlich.')).toBeNull();
  });

  it("resets the subcategory to the new category's default and lists only its active ones", async () => {
    const { element } = addDialog();
    await renderIn('de', element);
    const user = userEvent.setup();
    await screen.findByDisplayValue('SOPH-XDR');
    await user.click(screen.getByRole('button', { name: /^Software Kategorie/ }));
    await user.click(await screen.findByRole('option', { name: 'Hardware' }));
    const sub = screen.getByRole('button', { name: /Unterkategorie/ });
    expect(sub.textContent).toContain('Firewalls');
    await user.click(sub);
    const names = within(await screen.findByRole('listbox'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(names).toEqual(['Appliances', 'Firewalls']);
  });

  it('reloads the prefill when another Sophos product is chosen', async () => {
    const { handlers, element } = addDialog();
    await renderIn('de', element);
    const user = userEvent.setup();
    await screen.findByDisplayValue('SOPH-XDR');
    await user.click(screen.getByRole('button', { name: /Sophos-Produkt/ }));
    await user.click(await screen.findByRole('option', { name: 'MDR Complete' }));
    expect(await screen.findByDisplayValue('SOPH-MDR')).toBe(textbox('Produkt-ID'));
    expect(backend.draftFor).toHaveBeenLastCalledWith('MDR-C');
    await user.click(screen.getByRole('button', { name: 'Anwenden' }));
    await waitFor(() =>
      expect(handlers.onApply).toHaveBeenCalledWith('MDR-C', expect.objectContaining({ identifier: 'SOPH-MDR' })),
    );
  });

  it('shows a field the backend rejects on that field', async () => {
    backend.checkDraft.mockImplementation(() =>
      goError({ code: 'invalid', field: 'identifier', message: 'identifier can be at most 30 characters.' }),
    );
    const { handlers, element } = addDialog();
    await renderIn('de', element);
    await screen.findByDisplayValue('SOPH-XDR');
    await userEvent.click(screen.getByRole('button', { name: 'Anwenden' }));
    // Go's English text never reaches the German UI: the field is named in German.
    const message = await screen.findByText('Produkt-ID wurde nicht akzeptiert.');
    expect(screen.queryByText(/at most 30/)).toBeNull();
    expect(textbox('Produkt-ID').getAttribute('aria-describedby')).toContain(message.id);
    expect(handlers.onApply).not.toHaveBeenCalled();
  });

  it('offers to map the existing product when the identifier is taken', async () => {
    const existing = {
      id: 99,
      identifier: 'SOPH-XDR',
      description: 'Sophos XDR (old)',
      inactive: false,
      manufacturerPartNumber: '',
      vendorSku: '',
      price: 0,
    };
    backend.checkDraft.mockImplementation(() =>
      goError({ code: 'conflict', field: 'identifier', message: 'taken', existingItem: existing }),
    );
    const { handlers, element } = addDialog();
    await renderIn('de', element);
    await screen.findByDisplayValue('SOPH-XDR');
    await userEvent.click(screen.getByRole('button', { name: 'Anwenden' }));
    // The message is at the Produkt-ID field (defect 12), once.
    const message = await screen.findByText('Produkt-ID existiert bereits in ConnectWise: SOPH-XDR – Sophos XDR (old)');
    expect(textbox('Produkt-ID').getAttribute('aria-describedby')).toContain(message.id);
    expect(screen.getAllByText(/existiert bereits/)).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Vorhandenes Produkt zuordnen' }));
    expect(handlers.onMapExisting).toHaveBeenCalledWith('CIXA-XDR', existing);
    expect(handlers.onApply).not.toHaveBeenCalled();
  });

  it('reads prices without reinterpreting them and refuses to guess (defect 1)', async () => {
    const { handlers, element } = addDialog();
    await renderIn('de', element);
    const user = userEvent.setup();
    await screen.findByDisplayValue('SOPH-XDR');
    expect(screen.getAllByText('Währung wie in ConnectWise')).toHaveLength(2);
    await user.clear(textbox('Preis'));
    await user.type(textbox('Preis'), '1.250');
    await user.clear(textbox('Kosten'));
    await user.click(textbox('Kosten'));
    await user.paste('€ 9,99');
    await user.click(screen.getByRole('button', { name: 'Anwenden' }));
    const message = screen.getByText('Preis: „1.250“ ist mehrdeutig. Meinen Sie 1,25 oder 1.250,00?');
    expect(textbox('Preis').getAttribute('aria-describedby')).toContain(message.id);
    expect(document.activeElement).toBe(textbox('Preis'));
    expect(backend.checkDraft).not.toHaveBeenCalled();

    await user.clear(textbox('Preis'));
    await user.type(textbox('Preis'), '9.99'); // the English form, unambiguous: 9,99 (was 999,00)
    await user.click(screen.getByRole('button', { name: 'Anwenden' }));
    await waitFor(() => expect(handlers.onApply).toHaveBeenCalledWith('CIXA-XDR', draft({ price: 9.99, cost: 9.99 })));
  });

  it('asks before applying a price of 0 (defect 1)', async () => {
    const { handlers, element } = addDialog();
    await renderIn('de', element);
    const user = userEvent.setup();
    await screen.findByDisplayValue('SOPH-XDR');
    await user.clear(textbox('Preis'));
    await user.type(textbox('Preis'), '0');
    await user.click(screen.getByRole('button', { name: 'Anwenden' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Der Preis ist 0.');
    expect(backend.checkDraft).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Mit Preis 0 übernehmen' }));
    await waitFor(() => expect(handlers.onApply).toHaveBeenCalledWith('CIXA-XDR', draft({ price: 0 })));
  });

  it('refuses a Produkt-ID another staged new product takes, at the field (defect 7)', async () => {
    const handlers = { onClose: vi.fn(), onApply: vi.fn(), onMapExisting: vi.fn() };
    await renderIn(
      'de',
      <ProductFormDialog
        mode="add"
        isOpen
        products={products}
        initialProductKey="CIXA-XDR"
        stagedIdentifiers={{ 'soph-xdr': 'MDR Complete' }}
        {...handlers}
      />,
    );
    await screen.findByDisplayValue('SOPH-XDR');
    await userEvent.click(screen.getByRole('button', { name: 'Anwenden' }));
    const message = await screen.findByText(/ist schon für „MDR Complete“ vorgemerkt/);
    expect(textbox('Produkt-ID').getAttribute('aria-describedby')).toContain(message.id);
    expect(backend.checkDraft).not.toHaveBeenCalled();
    expect(handlers.onApply).not.toHaveBeenCalled();
  });

  it('opens a staged draft for correction instead of the prefill (defect 9)', async () => {
    const handlers = { onClose: vi.fn(), onApply: vi.fn(), onMapExisting: vi.fn() };
    const staged = draft({ identifier: 'MY-XDR', price: 3.5 });
    await renderIn(
      'de',
      <ProductFormDialog
        mode="add"
        isOpen
        products={products}
        initialProductKey="CIXA-XDR"
        initialDraft={staged}
        {...handlers}
      />,
    );
    expect(await screen.findByDisplayValue('MY-XDR')).toBe(textbox('Produkt-ID'));
    expect(textbox('Preis').value).toBe('3,50');
    expect(backend.draftFor).not.toHaveBeenCalled();
    const user = userEvent.setup();
    await user.type(textbox('Produkt-ID'), '-2');
    await user.click(screen.getByRole('button', { name: 'Anwenden' }));
    await waitFor(() =>
      expect(handlers.onApply).toHaveBeenCalledWith('CIXA-XDR', { ...staged, identifier: 'MY-XDR-2' }),
    );
  });

  it('warns before creating a near-duplicate, then creates it on request (typeahead)', async () => {
    backend.nearDuplicates.mockResolvedValue([
      { itemId: 5, identifier: 'SOPH-XDR1', description: 'Intercept X Advanced XDR', field: 'identifier' },
    ]);
    const { handlers, element } = addDialog();
    await renderIn('de', element);
    await screen.findByDisplayValue('SOPH-XDR');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Anwenden' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Ähnliche Produkte gibt es schon in ConnectWise:');
    expect(alert.textContent).toContain('SOPH-XDR1 – Intercept X Advanced XDR');
    expect(handlers.onApply).not.toHaveBeenCalled();
    await user.click(within(alert).getByRole('button', { name: 'Trotzdem neu anlegen' }));
    await waitFor(() => expect(handlers.onApply).toHaveBeenCalledWith('CIXA-XDR', draft()));
    expect(backend.nearDuplicates).toHaveBeenCalledTimes(1);
  });

  it('works in English', async () => {
    const { handlers, element } = addDialog('MDR-C');
    await renderIn('en', element);
    expect(screen.getByRole('dialog', { name: 'Add product to PSA' })).toBeTruthy();
    expect(await screen.findByDisplayValue('SOPH-MDR')).toBe(textbox('Product ID'));
    for (const name of ['Description', 'Customer description', 'Manufacturer part number'])
      expect(textbox(name)).toBeTruthy();
    for (const name of [
      /Sophos product/,
      /Category/,
      /Subcategory/,
      /^\S+ Type/,
      /Product class/,
      /Unit of measure/,
      /Manufacturer/,
    ]) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
    expect(textbox('Price').value).toBe('12.50');
    expect(screen.getByRole('checkbox', { name: 'Taxable' })).toBeTruthy();
    expect(screen.getByText('67 of 75 characters left')).toBeTruthy();
    await userEvent.clear(textbox('Customer description'));
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(screen.getByText('Customer description is required.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(handlers.onClose).toHaveBeenCalled();
  });
});

describe('ProductFormDialog, edit', () => {
  beforeEach(() => {
    Object.values(backend).forEach((f) => f.mockReset());
    backend.formOptions.mockResolvedValue(formOptions());
    backend.editDraft.mockResolvedValue(draft());
  });

  it('loads the cached product and sends the edit to ConnectWise', async () => {
    const saved = details({ price: 15 });
    backend.update.mockResolvedValue(saved);
    const { handlers, element } = editDialog();
    await renderIn('de', element);
    expect(screen.getByRole('dialog', { name: 'ConnectWise-Produkt bearbeiten' })).toBeTruthy();
    await screen.findByDisplayValue('SOPH-XDR');
    expect(backend.editDraft).toHaveBeenCalledWith(4711);
    expect(screen.queryByRole('button', { name: /Sophos-Produkt/ })).toBeNull();
    const user = userEvent.setup();
    await user.clear(textbox('Preis'));
    await user.type(textbox('Preis'), '15');
    await user.tab();
    await user.click(screen.getByRole('button', { name: 'Anwenden' }));
    await waitFor(() => expect(handlers.onSaved).toHaveBeenCalledWith(saved));
    expect(backend.update).toHaveBeenCalledWith(4711, draft({ price: 15 }));
  });

  it('reloads the current values when the product changed in ConnectWise meanwhile', async () => {
    backend.update.mockImplementation(() => goError({ code: 'conflict', message: 'changed since it was cached' }));
    const { handlers, element } = editDialog();
    await renderIn('de', element);
    const user = userEvent.setup();
    await screen.findByDisplayValue('SOPH-XDR');
    backend.editDraft.mockResolvedValue(draft({ description: 'Renamed in ConnectWise' }));
    await user.clear(textbox('Beschreibung'));
    await user.type(textbox('Beschreibung'), 'My edit');
    await user.click(screen.getByRole('button', { name: 'Anwenden' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Das Produkt wurde inzwischen in ConnectWise geändert',
    );
    expect(await screen.findByDisplayValue('Renamed in ConnectWise')).toBe(textbox('Beschreibung'));
    expect(backend.editDraft).toHaveBeenCalledTimes(2);
    expect(handlers.onSaved).not.toHaveBeenCalled();
  });

  it('shows ConnectWise field errors on the field and says when offline (English)', async () => {
    backend.update.mockImplementationOnce(() =>
      goError({ code: 'invalid', field: 'typeId', message: 'type is inactive.' }),
    );
    backend.update.mockImplementationOnce(() => goError({ code: 'offline', message: 'dial tcp: timeout' }));
    const { handlers, element } = editDialog();
    await renderIn('en', element);
    expect(screen.getByRole('dialog', { name: 'Edit ConnectWise product' })).toBeTruthy();
    await screen.findByDisplayValue('SOPH-XDR');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText('Type was not accepted.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'ConnectWise cannot be reached. Nothing was changed',
    );
    expect(handlers.onSaved).not.toHaveBeenCalled();
  });
});
