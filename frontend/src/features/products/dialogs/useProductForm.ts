import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, toAppError, type AppError, type CatalogMatch, type ProductDraft, type ProductFormOptions } from '../../../lib/api';
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
  const [options, setOptions] = useState<ProductFormOptions | null>(null);
  const [productKey, setProductKey] = useState(
    props.mode === 'add' ? (props.initialProductKey ?? props.products[0]?.productKey ?? '') : '',
  );
  const [draft, setDraft] = useState<ProductDraft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  // Bumped after each rejected "Anwenden", so the dialog can move focus to the first error.
  const [attempt, setAttempt] = useState(0);
  const loads = useRef(0);
  const itemId = props.mode === 'edit' ? props.itemId : 0;

  useEffect(() => {
    api.productFormOptions().then(setOptions, (e: unknown) => setLoadError(toAppError(e)));
  }, []);

  /** Loads the draft (prefill or the cached item); an older load answering late is ignored. */
  const loadDraft = () => {
    const request = ++loads.current;
    const next = props.mode === 'add' ? (productKey ? api.productDraftFor(productKey) : null) : api.productEditDraft(itemId);
    next?.then(
      (d) => {
        if (request !== loads.current) return;
        setDraft(d);
        setErrors({});
        setLoadError(null);
      },
      (e: unknown) => request === loads.current && setLoadError(toAppError(e)),
    );
  };
  // Reload exactly when the product changes (loadDraft reads them from this render).
  useEffect(loadDraft, [props.mode, productKey, itemId]);

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

  return { options, productKey, chooseProduct, draft, setField, setCategory, errors, notice, loadError, busy, attempt, apply };
}
