import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../../lib/i18n';
import { draft, formOptions } from './testing';
import { validateDraft } from './validateDraft';

describe('validateDraft', () => {
  beforeAll(() => initI18n('de'));
  const limits = formOptions().limits;

  it('accepts a complete draft', () => {
    expect(validateDraft(draft(), limits, i18n.t)).toEqual({});
  });

  it('requires identifier, descriptions, subcategory and type, but not the manufacturer part number', async () => {
    await i18n.changeLanguage('de');
    const errors = validateDraft(
      draft({
        identifier: '  ',
        description: '',
        customerDescription: '',
        subcategoryId: 0,
        typeId: 0,
        manufacturerPartNumber: '',
      }),
      limits,
      i18n.t,
    );
    expect(errors).toEqual({
      identifier: 'Produkt-ID ist erforderlich.',
      description: 'Beschreibung ist erforderlich.',
      customerDescription: 'Kundenbeschreibung ist erforderlich.',
      subcategoryId: 'Unterkategorie ist erforderlich.',
      typeId: 'Typ ist erforderlich.',
    });
  });

  it('names the limit, counting trimmed UTF-16 like ConnectWise', async () => {
    await i18n.changeLanguage('en');
    const errors = validateDraft(
      draft({
        identifier: ` ${'x'.repeat(75)} `,
        description: '😀'.repeat(31),
        manufacturerPartNumber: 'p'.repeat(51),
        price: -1,
      }),
      limits,
      i18n.t,
    );
    expect(errors).toEqual({
      description: 'Description can be at most 60 characters long.',
      manufacturerPartNumber: 'Manufacturer part number can be at most 50 characters long.',
      price: 'Price must not be negative.',
    });
  });
});
