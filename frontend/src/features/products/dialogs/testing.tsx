// Shared by the dialogs' tests: rendering in a UI language, and backend data.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider } from 'react-aria-components';
import type { CatalogItemDetails, CatalogMatch, ProductDraft, ProductFormOptions } from '../../../lib/api';
import { initI18n, type Language } from '../../../lib/i18n';

/** Renders ui like the app does: i18next and React Aria in the same language. */
export async function renderIn(language: Language, ui: ReactElement) {
  await initI18n(language);
  return render(<I18nProvider locale={language}>{ui}</I18nProvider>);
}

export const match = (id: number, identifier: string, description: string, inactive = false): CatalogMatch => ({
  id,
  identifier,
  description,
  inactive,
  manufacturerPartNumber: '',
  vendorSku: '',
  price: 0,
  unitOfMeasure: '',
  mappedTo: [],
});

const opt = (id: number, name: string, extra: { parentId?: number; inactive?: boolean; default?: boolean } = {}) => ({
  id,
  name,
  parentId: extra.parentId ?? 0,
  inactive: extra.inactive ?? false,
  default: extra.default ?? false,
});

export const formOptions = (): ProductFormOptions =>
  ({
    categories: [opt(1, 'Software', { default: true }), opt(2, 'Hardware')],
    subcategories: [
      opt(11, 'Security', { parentId: 1, default: true }),
      opt(12, 'Licenses', { parentId: 1 }),
      opt(21, 'Appliances', { parentId: 2 }),
      opt(22, 'Firewalls', { parentId: 2, default: true }),
      opt(23, 'Retired', { parentId: 2, inactive: true }),
    ],
    types: [opt(31, 'Subscription', { default: true }), opt(32, 'One-time')],
    unitsOfMeasure: [opt(41, 'Each', { default: true }), opt(42, 'Month')],
    manufacturers: [opt(51, 'Sophos'), opt(52, 'Contoso')],
    productClasses: ['Agreement', 'Bundle', 'Inventory', 'NonInventory', 'Service'],
    limits: { identifier: 75, description: 60, customerDescription: 6000, manufacturerPartNumber: 50 },
  }) as unknown as ProductFormOptions;

export const draft = (over: Partial<ProductDraft> = {}): ProductDraft => ({
  identifier: 'SOPH-XDR',
  description: 'Intercept X Advanced with XDR',
  customerDescription: 'Endpoint protection with XDR',
  categoryId: 1,
  subcategoryId: 11,
  typeId: 31,
  productClass: 'NonInventory',
  unitOfMeasureId: 41,
  price: 12.5,
  cost: 7.25,
  taxable: true,
  manufacturerId: 51,
  manufacturerPartNumber: 'CIXA-XDR',
  ...over,
});

export const details = (over: Partial<CatalogItemDetails> = {}): CatalogItemDetails =>
  ({
    id: 4711,
    identifier: 'SOPH-XDR',
    description: 'Intercept X Advanced with XDR',
    customerDescription: 'Endpoint protection with XDR',
    inactive: false,
    category: { id: 1, name: 'Software' },
    subcategory: { id: 11, name: 'Security' },
    type: { id: 31, name: 'Subscription' },
    productClass: 'NonInventory',
    unitOfMeasure: { id: 41, name: 'Each' },
    price: 1234.5,
    cost: 7.25,
    taxable: true,
    manufacturer: { id: 51, name: 'Sophos' },
    manufacturerPartNumber: 'CIXA-XDR',
    vendorSku: 'V-100',
    vendorName: 'Ingram Micro',
    notes: 'Monthly billing',
    billableOption: 'Billable',
    recurring: true,
    lastUpdated: Date.UTC(2026, 2, 5, 12, 0),
    ...over,
  }) as CatalogItemDetails;
