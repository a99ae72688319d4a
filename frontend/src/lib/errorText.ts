import type { TFunction } from 'i18next';
import type { AppError } from './api';
import type { Messages } from '../locales/de';

type FieldName = keyof Messages['productDialogs']['fields'];

/** The backend's field names (ProductDraft's JSON names) that have a label of their own. */
const fieldLabels: Record<string, FieldName> = {
  identifier: 'identifier',
  description: 'description',
  customerDescription: 'customerDescription',
  categoryId: 'category',
  subcategoryId: 'subcategory',
  typeId: 'type',
  productClass: 'productClass',
  unitOfMeasureId: 'unitOfMeasure',
  price: 'price',
  cost: 'cost',
  taxable: 'taxable',
  manufacturerId: 'manufacturer',
  manufacturerPartNumber: 'manufacturerPartNumber',
};

/** The label of a backend field name, or undefined for a field no form shows. */
export function fieldLabelOf(field: string | undefined, t: TFunction): string | undefined {
  const key = field ? fieldLabels[field] : undefined;
  return key ? t(`productDialogs.fields.${key}`) : undefined;
}

/**
 * What the user reads for a backend error, in the UI language. Go's messages are English
 * and meant for the log; every code the app knows gets its own translated text. Only an
 * "upstream" error quotes the message, because that is ConnectWise's or Sophos' own answer.
 */
export function errorText(err: AppError, t: TFunction): string {
  switch (err.code) {
    case 'invalid': {
      const field = fieldLabelOf(err.field, t);
      return field ? t('errors.fieldInvalid', { field }) : t('errors.invalid');
    }
    case 'conflict':
      return err.existingItem
        ? t('configureDialogs.identifierTaken', {
            identifier: err.existingItem.identifier,
            description: err.existingItem.description,
          })
        : t('errors.changedElsewhere');
    case 'not_found':
      return t('errors.notFound');
    case 'unauthorized':
      return t('errors.unauthorized');
    case 'forbidden':
      return t('errors.forbidden');
    case 'upstream':
      return t('errors.upstream', { message: err.message });
    case 'offline':
      return t('errors.offline');
    case 'canceled':
      return t('errors.canceled');
    case 'keychain':
      return t('errors.keychain');
    case 'internal':
      return t('errors.internal', { ref: /\bref (\w+)/.exec(err.message)?.[1] ?? '—' });
  }
}
