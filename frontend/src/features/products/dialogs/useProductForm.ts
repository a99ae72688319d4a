import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, toAppError, type CatalogMatch, type NearDuplicate, type ProductDraft } from '../../../lib/api';
import { errorText } from '../../../lib/errorText';
import { formatAmount, parseAmount } from '../../../lib/parseAmount';
import { useLoad } from '../../../lib/useLoad';
import type { ProductFormDialogProps } from './ProductFormDialog';
import { fieldLabel, validateDraft, type FieldErrors } from './validateDraft';

/** A message above the buttons about the last "Anwenden". */
export type Notice =
  | { kind: 'taken'; item: CatalogMatch }
  | { kind: 'changed' }
  | { kind: 'offline' }
  | { kind: 'zeroPrice' }
  | { kind: 'nearDuplicate'; items: NearDuplicate[] }
  | { kind: 'failed'; message: string };

/** The money fields, edited as text so nothing typed is reinterpreted (parseAmount). */
export type AmountField = 'price' | 'cost';
export type AmountTexts = Record<AmountField, string>;
const amountFields: AmountField[] = ['price', 'cost'];

/** What the user confirmed on the last "Anwenden": asked once, until the draft changes. */
export type Confirmation = 'zeroPrice' | 'nearDuplicate';

const formFields = new Set<string>([...Object.keys(fieldLabel), 'productKey']);

/** The backend trims too; trimming here keeps the staged row and the check in step. */
function trimmed(d: ProductDraft): ProductDraft {
  return {
    ...d,
    identifier: d.identifier.trim(),
    description: d.description.trim(),
    customerDescription: d.customerDescription.trim(),
    manufacturerPartNumber: d.manufacturerPartNumber.trim(),
  };
}

/**
 * The state of the add/edit form: choices, the draft being edited, field errors, and
 * "Anwenden" with the backend's answers mapped onto fields and notices.
 */
export function useProductForm(props: ProductFormDialogProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [productKey, setProductKey] = useState(
    props.mode === 'add' ? (props.initialProductKey ?? props.products[0]?.productKey ?? '') : '',
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmed, setConfirmed] = useState<ReadonlySet<Confirmation>>(new Set());
  // Bumped after each rejected "Anwenden", so the dialog can move focus to the first error.
  const [attempt, setAttempt] = useState(0);
  const itemId = props.mode === 'edit' ? props.itemId : 0;

  const optionsLoad = useLoad(api.productFormOptions);
  const options = optionsLoad.state === 'ready' ? optionsLoad.data : null;

  // The draft to start from: the prefill for the chosen Sophos product, or the cached item.
  // A staged draft being corrected starts from itself; otherwise from the backend's prefill.
  const stagedDraft = props.mode === 'add' ? props.initialDraft : undefined;
  const stagedKey = props.mode === 'add' ? props.initialProductKey : undefined;
  const addDraft = useCallback(
    () => (stagedDraft && productKey === stagedKey ? Promise.resolve(stagedDraft) : api.productDraftFor(productKey)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the staged draft is fixed while the dialog is open
    [productKey],
  );
  const editDraft = useCallback(() => api.productEditDraft(itemId), [itemId]);
  const draftLoad = useLoad(props.mode === 'edit' ? editDraft : productKey ? addDraft : null);
  const loaded = draftLoad.state === 'ready' ? draftLoad.data : null;
  const loadDraft = draftLoad.reload;

  // The user's edits of the loaded draft; a newly loaded draft starts over (set while
  // rendering, as React advises for state that follows a changing input).
  const [edits, setEdits] = useState<{ from: ProductDraft | null; draft: ProductDraft | null; amounts: AmountTexts }>({
    from: null,
    draft: null,
    amounts: { price: '', cost: '' },
  });
  if (edits.from !== loaded && loaded) {
    setEdits({
      from: loaded,
      draft: loaded,
      amounts: { price: formatAmount(loaded.price, lang), cost: formatAmount(loaded.cost, lang) },
    });
    setErrors({});
  }
  const draft = edits.draft;
  const amounts = edits.amounts;
  const setDraft = (update: (d: ProductDraft | null) => ProductDraft | null) =>
    setEdits((e) => ({ ...e, draft: update(e.draft) }));

  const loadError =
    (optionsLoad.state === 'error' ? optionsLoad.error : null) ??
    (draftLoad.state === 'error' ? draftLoad.error : null);

  const setField = <K extends keyof ProductDraft>(field: K, value: ProductDraft[K]) => {
    setDraft((d) => (d ? { ...d, [field]: value } : d));
    setConfirmed(new Set());
    setErrors((e) => (e[field] ? { ...e, [field]: undefined } : e));
  };

  const setAmount = (field: AmountField, text: string) => {
    setEdits((e) => ({ ...e, amounts: { ...e.amounts, [field]: text } }));
    setConfirmed(new Set());
    setErrors((e) => (e[field] ? { ...e, [field]: undefined } : e));
    if (field === 'price') setNotice((n) => (n?.kind === 'zeroPrice' ? null : n));
  };

  /** Reads the money fields: their values, or a message per field that cannot be read safely. */
  const readAmounts = (): { values: Record<AmountField, number>; errors: FieldErrors } => {
    const values = { price: 0, cost: 0 };
    const found: FieldErrors = {};
    for (const field of amountFields) {
      const label = t(`productDialogs.fields.${field}`);
      const r = parseAmount(amounts[field], lang);
      if (r.ok) values[field] = r.value;
      else if (r.reason === 'empty') found[field] = t('productDialogs.form.required', { field: label });
      else if (r.reason === 'negative') found[field] = t('productDialogs.form.negative', { field: label });
      else if (r.reason === 'ambiguous')
        found[field] = t('configureDialogs.amount.ambiguous', {
          field: label,
          text: amounts[field].trim(),
          asDecimal: formatAmount(r.readings[0], lang),
          asGroup: formatAmount(r.readings[1], lang),
        });
      else found[field] = t('configureDialogs.amount.invalid', { field: label, example: formatAmount(12.5, lang) });
    }
    return { values, errors: found };
  };

  /** A new category brings that category's default subcategory (or its first). */
  const setCategory = (categoryId: number) => {
    const subs = (options?.subcategories ?? []).filter((s) => s.parentId === categoryId && !s.inactive);
    const sub = subs.find((s) => s.default) ?? subs[0];
    setDraft((d) => (d ? { ...d, categoryId, subcategoryId: sub?.id ?? 0 } : d));
    setErrors((e) => ({ ...e, categoryId: undefined, subcategoryId: undefined }));
  };

  const chooseProduct = (key: string) => {
    setProductKey(key);
    setNotice(null);
  };

  /** "Anwenden"; confirm: the user's answer to the question the last one asked. */
  const apply = async (confirm?: Confirmation) => {
    if (!draft || !options || busy) return;
    const ok = confirm ? new Set([...confirmed, confirm]) : confirmed;
    setConfirmed(ok);
    const money = readAmounts();
    const d = trimmed({ ...draft, ...money.values });
    const found = { ...validateDraft(d, options.limits, t), ...money.errors };
    const staged = props.mode === 'add' ? props.stagedIdentifiers?.[d.identifier.toLowerCase()] : undefined;
    if (staged && !found.identifier) found.identifier = t('configureDialogs.identifierStaged', { product: staged });
    setNotice(null);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    if (d.price === 0 && !ok.has('zeroPrice')) {
      setNotice({ kind: 'zeroPrice' });
      return;
    }
    setBusy(true);
    try {
      if (props.mode === 'add') {
        await api.productCheckDraft(productKey, d);
        // Almost the same product exists: creating another must be deliberate.
        const near = ok.has('nearDuplicate') ? [] : await api.productNearDuplicates(d);
        if (near.length > 0) {
          setNotice({ kind: 'nearDuplicate', items: near });
          return;
        }
        props.onApply(productKey, d);
      } else {
        props.onSaved(await api.updateCatalogItem(props.itemId, d));
      }
    } catch (reason) {
      const err = toAppError(reason);
      if (err.code === 'conflict' && props.mode === 'add' && err.existingItem) {
        // Said at the Produkt-ID field; the notice only offers to map that product.
        setErrors({ identifier: errorText(err, t) });
        setNotice({ kind: 'taken', item: err.existingItem });
        setAttempt((n) => n + 1);
      } else if (err.code === 'conflict' && props.mode === 'edit') {
        setNotice({ kind: 'changed' }); // nothing was written; show what ConnectWise has now
        loadDraft();
      } else if (err.code === 'invalid' && err.field && formFields.has(err.field)) {
        setErrors({ [err.field]: errorText(err, t) });
        setAttempt((n) => n + 1);
      } else if (err.code === 'offline') {
        setNotice({ kind: 'offline' });
      } else {
        setNotice({ kind: 'failed', message: errorText(err, t) });
      }
    } finally {
      setBusy(false);
    }
  };

  return {
    options,
    productKey,
    chooseProduct,
    draft,
    amounts,
    setAmount,
    setField,
    setCategory,
    errors,
    notice,
    loadError,
    busy,
    attempt,
    apply,
  };
}
