import type { TFunction } from 'i18next';
import type { ProductDraft, ProductFormOptions } from '../../../lib/api';
import { textLength } from '../../../lib/textLength';
import type { Messages } from '../../../locales/de';

/** A product field's name in the translations (productDialogs.fields). */
export type FieldName = keyof Messages['productDialogs']['fields'];

/** Error messages by form field (the ProductDraft field names, as the backend reports them). */
export type FieldErrors = Partial<Record<keyof ProductDraft | 'productKey', string>>;

export type TextFieldName = 'identifier' | 'description' | 'customerDescription' | 'manufacturerPartNumber';

/** The label key of each field, shared by the form, its errors and the details dialog. */
export const fieldLabel: Record<keyof ProductDraft, `productDialogs.fields.${FieldName}`> = {
  identifier: 'productDialogs.fields.identifier',
  description: 'productDialogs.fields.description',
  customerDescription: 'productDialogs.fields.customerDescription',
  categoryId: 'productDialogs.fields.category',
  subcategoryId: 'productDialogs.fields.subcategory',
  typeId: 'productDialogs.fields.type',
  productClass: 'productDialogs.fields.productClass',
  unitOfMeasureId: 'productDialogs.fields.unitOfMeasure',
  price: 'productDialogs.fields.price',
  cost: 'productDialogs.fields.cost',
  taxable: 'productDialogs.fields.taxable',
  manufacturerId: 'productDialogs.fields.manufacturer',
  manufacturerPartNumber: 'productDialogs.fields.manufacturerPartNumber',
};

const textRules: [TextFieldName, boolean][] = [
  ['identifier', true],
  ['description', true],
  ['customerDescription', true],
  ['manufacturerPartNumber', false],
];

/** ConnectWise's own rules, checked before anything is sent. Empty when the draft is fine. */
export function validateDraft(d: ProductDraft, limits: ProductFormOptions['limits'], t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  const label = (f: keyof ProductDraft) => t(fieldLabel[f]);
  for (const [field, required] of textRules) {
    const max = limits[field];
    if (required && textLength(d[field]) === 0)
      errors[field] = t('productDialogs.form.required', { field: label(field) });
    else if (max !== undefined && textLength(d[field]) > max)
      errors[field] = t('productDialogs.form.tooLong', { field: label(field), max });
  }
  for (const field of ['subcategoryId', 'typeId'] as const) {
    if (!d[field]) errors[field] = t('productDialogs.form.required', { field: label(field) });
  }
  for (const field of ['price', 'cost'] as const) {
    if (d[field] < 0) errors[field] = t('productDialogs.form.negative', { field: label(field) });
  }
  return errors;
}
