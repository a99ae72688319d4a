import { useEffect, useRef } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CatalogItemDetails, CatalogMatch, ProductDraft } from '../../../lib/api';
import { DialogShell } from '../../../components/DialogShell';
import { LookupSelect } from '../../../components/LookupSelect';
import { ProductFormFields } from './ProductFormFields';
import { useProductForm, type Confirmation, type Notice } from './useProductForm';
import { ErrorBox } from '../../../components/ErrorBox';
import { errorText } from '../../../lib/errorText';

export interface AddProductProps {
  mode: 'add';
  isOpen: boolean;
  /** The unmapped Sophos products to choose from. */
  products: { productKey: string; description: string }[];
  /** Preselected product (the row the dialog was opened from). */
  initialProductKey?: string;
  /** A staged draft of initialProductKey to correct, instead of the backend's prefill. */
  initialDraft?: ProductDraft;
  /** Identifiers (lower case) other staged new products take, and the product taking each. */
  stagedIdentifiers?: Record<string, string>;
  onClose(): void;
  /** The draft passed the backend's checks: stage it. */
  onApply(productKey: string, draft: ProductDraft): void;
  /** The identifier is taken: map that existing ConnectWise product instead. */
  onMapExisting(productKey: string, item: CatalogMatch): void;
}

export interface EditProductProps {
  mode: 'edit';
  isOpen: boolean;
  itemId: number;
  onClose(): void;
  /** ConnectWise accepted the change; the product as it is stored now. */
  onSaved(details: CatalogItemDetails): void;
}

export type ProductFormDialogProps = AddProductProps | EditProductProps;

/** "Produkt zu PSA hinzufügen" and "ConnectWise-Produkt bearbeiten": one form for both. */
export function ProductFormDialog(props: ProductFormDialogProps) {
  const { t } = useTranslation();
  const title = props.mode === 'add' ? t('productDialogs.form.addTitle') : t('productDialogs.form.editTitle');
  return (
    <DialogShell isOpen={props.isOpen} onClose={props.onClose} title={title} size="wide">
      <ProductForm {...props} />
    </DialogShell>
  );
}

function ProductForm(props: ProductFormDialogProps) {
  const { t } = useTranslation();
  const form = useProductForm(props);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (form.attempt > 0) focusFirstInvalid(formRef.current);
  }, [form.attempt]);

  const validationErrors: Record<string, string> = {};
  for (const [field, message] of Object.entries(form.errors)) if (message) validationErrors[field] = message;
  const noProduct = props.mode === 'add' && !form.productKey;

  return (
    <Form
      ref={formRef}
      className="pd-form"
      // Checked by validateDraft on "Anwenden"; the messages reach the fields by name.
      validationBehavior="aria"
      validationErrors={validationErrors}
      onSubmit={(e) => {
        e.preventDefault();
        void form.apply();
      }}
    >
      {props.mode === 'add' &&
        (props.products.length === 0 ? (
          <p className="pd-note">{t('productDialogs.form.noProducts')}</p>
        ) : (
          <LookupSelect
            name="productKey"
            label={t('productDialogs.fields.sophosProduct')}
            choices={props.products.map((p) => ({ id: p.productKey, name: p.description || p.productKey }))}
            value={form.productKey || null}
            onChange={(key) => form.chooseProduct(String(key))}
            isRequired
          />
        ))}
      {form.loadError && (
        <ErrorBox message={t('productDialogs.loadFailed', { message: errorText(form.loadError, t) })} />
      )}
      {form.draft && form.options ? (
        <ProductFormFields
          options={form.options}
          draft={form.draft}
          amounts={form.amounts}
          setAmount={form.setAmount}
          setField={form.setField}
          setCategory={form.setCategory}
        />
      ) : (
        !form.loadError && !noProduct && <p className="pd-note">{t('productDialogs.loading')}</p>
      )}
      <FormNotice
        notice={form.notice}
        onMapExisting={props.mode === 'add' ? (item) => props.onMapExisting(form.productKey, item) : undefined}
        onConfirm={(answer) => void form.apply(answer)}
      />
      <div className="pd-actions">
        <Button
          type="submit"
          className="button primary"
          isDisabled={!form.draft || !form.options}
          isPending={form.busy}
        >
          {t('productDialogs.apply')}
        </Button>
        <Button className="button" onPress={props.onClose}>
          {t('productDialogs.cancel')}
        </Button>
      </div>
    </Form>
  );
}

/** The answer to the last "Anwenden" that belongs to no single field. */
function FormNotice(props: {
  notice: Notice | null;
  onMapExisting?: (item: CatalogMatch) => void;
  onConfirm(answer: Confirmation): void;
}) {
  const { t } = useTranslation();
  const n = props.notice;
  if (!n) return null;
  if (n.kind === 'taken') {
    // The message itself is at the Produkt-ID field; here only the way out.
    return props.onMapExisting ? (
      <div className="pd-alert">
        <Button className="button" onPress={() => props.onMapExisting?.(n.item)}>
          {t('productDialogs.form.mapExisting')}
        </Button>
      </div>
    ) : null;
  }
  if (n.kind === 'zeroPrice') {
    return (
      <div role="alert" className="pd-alert">
        <p>{t('configureDialogs.amount.zeroPrice')}</p>
        <Button className="button" onPress={() => props.onConfirm('zeroPrice')}>
          {t('configureDialogs.amount.zeroConfirm')}
        </Button>
      </div>
    );
  }
  if (n.kind === 'nearDuplicate') {
    return (
      <div role="alert" className="pd-alert">
        <p>{t('configureDialogs.nearDuplicate')}</p>
        <ul>
          {n.items.map((it) => (
            <li key={it.itemId}>
              <code>{it.identifier}</code> – {it.description}
            </li>
          ))}
        </ul>
        <Button className="button" onPress={() => props.onConfirm('nearDuplicate')}>
          {t('configureDialogs.nearDuplicateConfirm')}
        </Button>
      </div>
    );
  }
  const text =
    n.kind === 'changed'
      ? t('productDialogs.form.changed')
      : n.kind === 'offline'
        ? t('productDialogs.form.offline')
        : n.message;
  return (
    <div role="alert" className="pd-alert">
      <p>{text}</p>
    </div>
  );
}

/** After a rejected "Anwenden", keyboard users land on the first field to fix. */
function focusFirstInvalid(form: HTMLFormElement | null) {
  const field = form?.querySelector('[data-invalid]');
  if (!field) return;
  const focusable = [...field.querySelectorAll<HTMLElement>('input:not([type="hidden"]), textarea, button')];
  focusable.find((el) => !el.closest('[aria-hidden="true"]'))?.focus();
}
