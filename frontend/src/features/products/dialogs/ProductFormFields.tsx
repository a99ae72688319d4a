import { Checkbox, FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { FormOption, ProductDraft, ProductFormOptions } from '../../../lib/api';
import { LimitedTextField } from '../../../components/LimitedTextField';
import { LookupSelect } from '../../../components/LookupSelect';
import type { AmountField, AmountTexts } from './useProductForm';
import type { FieldName } from './validateDraft';

/** Active choices, plus the current one even if it was deactivated in ConnectWise since. */
const usable = (list: FormOption[], current: number) => list.filter((o) => !o.inactive || o.id === current);

/** The product's fields in the order of the seed dialog; DOM order is also the tab order. */
export function ProductFormFields(props: {
  options: ProductFormOptions;
  draft: ProductDraft;
  amounts: AmountTexts;
  setAmount(field: AmountField, text: string): void;
  setField<K extends keyof ProductDraft>(field: K, value: ProductDraft[K]): void;
  setCategory(categoryId: number): void;
}) {
  const { t } = useTranslation();
  const { options, draft, setField } = props;
  const label = (key: FieldName) => t(`productDialogs.fields.${key}`);
  const subcategories = usable(
    options.subcategories.filter((s) => s.parentId === draft.categoryId),
    draft.subcategoryId,
  );
  // Text, not a NumberField: a typed or pasted amount is read by parseAmount, which refuses
  // to guess ("1.250") instead of silently turning 9.99 into 999,00.
  const money = (field: AmountField) => (
    <TextField className="field" name={field} value={props.amounts[field]} onChange={(v) => props.setAmount(field, v)}>
      <Label>{label(field)}</Label>
      <Input className="text-input pd-input pd-number" inputMode="decimal" />
      <Text slot="description" className="field-hint">
        {t('configureDialogs.amount.currency')}
      </Text>
      <FieldError className="field-error" />
    </TextField>
  );

  return (
    <div className="pd-grid">
      <LimitedTextField
        name="identifier"
        label={label('identifier')}
        value={draft.identifier}
        isRequired
        onChange={(v) => setField('identifier', v)}
        max={options.limits.identifier}
      />
      <LimitedTextField
        name="description"
        label={label('description')}
        value={draft.description}
        isRequired
        onChange={(v) => setField('description', v)}
        max={options.limits.description}
      />
      <LimitedTextField
        name="customerDescription"
        label={label('customerDescription')}
        value={draft.customerDescription}
        isRequired
        onChange={(v) => setField('customerDescription', v)}
        max={options.limits.customerDescription}
        multiline
        className="pd-span"
      />
      <LookupSelect
        name="categoryId"
        label={label('category')}
        choices={usable(options.categories, draft.categoryId)}
        value={draft.categoryId || null}
        onChange={(id) => props.setCategory(Number(id))}
      />
      <LookupSelect
        name="subcategoryId"
        label={label('subcategory')}
        choices={subcategories}
        isRequired
        value={draft.subcategoryId || null}
        onChange={(id) => setField('subcategoryId', Number(id))}
      />
      <LookupSelect
        name="typeId"
        label={label('type')}
        choices={usable(options.types, draft.typeId)}
        isRequired
        value={draft.typeId || null}
        onChange={(id) => setField('typeId', Number(id))}
      />
      <LookupSelect
        name="productClass"
        label={label('productClass')}
        choices={options.productClasses.map((c) => ({
          id: c,
          name: t(`productDialogs.productClasses.${c}`, { defaultValue: c }),
        }))}
        value={draft.productClass || null}
        onChange={(c) => setField('productClass', String(c))}
      />
      <LookupSelect
        name="unitOfMeasureId"
        label={label('unitOfMeasure')}
        choices={usable(options.unitsOfMeasure, draft.unitOfMeasureId)}
        value={draft.unitOfMeasureId || null}
        onChange={(id) => setField('unitOfMeasureId', Number(id))}
      />
      <div className="pd-pair">
        {money('price')}
        {money('cost')}
      </div>
      <Checkbox
        className="pd-checkbox pd-span"
        name="taxable"
        isSelected={draft.taxable}
        onChange={(v) => setField('taxable', v)}
      >
        <span className="pd-checkbox-box" aria-hidden="true" />
        {label('taxable')}
      </Checkbox>
      <LookupSelect
        name="manufacturerId"
        label={label('manufacturer')}
        hint={t('field.optional')}
        choices={[
          { id: 0, name: t('productDialogs.form.noManufacturer') },
          ...usable(options.manufacturers, draft.manufacturerId),
        ]}
        value={draft.manufacturerId}
        onChange={(id) => setField('manufacturerId', Number(id))}
      />
      <LimitedTextField
        name="manufacturerPartNumber"
        label={label('manufacturerPartNumber')}
        value={draft.manufacturerPartNumber}
        onChange={(v) => setField('manufacturerPartNumber', v)}
        max={options.limits.manufacturerPartNumber}
      />
    </div>
  );
}
