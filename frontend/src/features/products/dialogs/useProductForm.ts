import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, toAppError, type CatalogMatch, type ProductDraft } from '../../../lib/api';
import { useLoad } from '../../../lib/useLoad';
import type { ProductFormDialogProps } from './ProductFormDialog';
import { fieldLabel, validateDraft, type FieldErrors } from './validateDraft';

/** A message above the buttons about the last "Anwenden". */
export type Notice =
  | { kind: 'taken'; item: CatalogMatch }
  | { kind: 'changed' }
  | { kind: 'offline' }
  | { kind: 'failed'; message: string };

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
  const { t } = useTranslation();
  const [productKey, setProductKey] = useState(
    props.mode === 'add' ? (props.initialProductKey ?? props.products[0]?.productKey ?? '') : '',
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  // Bumped after each rejected "Anwenden", so the dialog can move focus to the first error.
  const [attempt, setAttempt] = useState(0);
  const itemId = props.mode === 'edit' ? props.itemId : 0;

  const optionsLoad = useLoad(api.productFormOptions);
  const options = optionsLoad.state === 'ready' ? optionsLoad.data : null;

  // The draft to start from: the prefill for the chosen Sophos product, or the cached item.
  const addDraft = useCallback(() => api.productDraftFor(productKey), [productKey]);
  const editDraft = useCallback(() => api.productEditDraft(itemId), [itemId]);
  const draftLoad = useLoad(props.mode === 'edit' ? editDraft : productKey ? addDraft : null);
  const loaded = draftLoad.state === 'ready' ? draftLoad.data : null;
  const loadDraft = draftLoad.reload;

  // The user's edits of the loaded draft; a newly loaded draft starts over (set while
  // rendering, as React advises for state that follows a changing input).
  const [edits, setEdits] = useState<{ from: ProductDraft | null; draft: ProductDraft | null }>({
    from: null,
    draft: null,
  });
  if (edits.from !== loaded && loaded) {
    setEdits({ from: loaded, draft: loaded });
    setErrors({});
  }
  const draft = edits.draft;
  const setDraft = (update: (d: ProductDraft | null) => ProductDraft | null) =>
    setEdits((e) => ({ ...e, draft: update(e.draft) }));

  const loadError =
    (optionsLoad.state === 'error' ? optionsLoad.error : null) ??
    (draftLoad.state === 'error' ? draftLoad.error : null);

  const setField = <K extends keyof ProductDraft>(field: K, value: ProductDraft[K]) => {
    setDraft((d) => (d ? { ...d, [field]: value } : d));
    setErrors((e) => (e[field] ? { ...e, [field]: undefined } : e));
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

  const apply = async () => {
    if (!draft || !options || busy) return;
    const d = trimmed(draft);
    const found = validateDraft(d, options.limits, t);
    setNotice(null);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      if (props.mode === 'add') {
        await api.productCheckDraft(productKey, d);
        props.onApply(productKey, d);
      } else {
        props.onSaved(await api.updateCatalogItem(props.itemId, d));
      }
    } catch (reason) {
      const err = toAppError(reason);
      if (err.code === 'conflict' && props.mode === 'add' && err.existingItem) {
        setNotice({ kind: 'taken', item: err.existingItem });
      } else if (err.code === 'conflict' && props.mode === 'edit') {
        setNotice({ kind: 'changed' }); // nothing was written; show what ConnectWise has now
        loadDraft();
      } else if (err.code === 'invalid' && err.field && formFields.has(err.field)) {
        setErrors({ [err.field]: t('productDialogs.form.rejected', { message: err.message }) });
        setAttempt((n) => n + 1);
      } else if (err.code === 'offline') {
        setNotice({ kind: 'offline' });
      } else {
        setNotice({ kind: 'failed', message: err.message });
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
