import { useCallback, useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, type CatalogItemDetails } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { amountFormatter } from '../../../lib/parseAmount';
import { useLoad } from '../../../lib/useLoad';
import { DialogShell } from '../../../components/DialogShell';
import { ProductFormDialog } from './ProductFormDialog';
import type { FieldName } from './validateDraft';
import { ErrorBox } from '../../../components/ErrorBox';
import { errorText } from '../../../lib/errorText';

export interface DetailsDialogProps {
  isOpen: boolean;
  itemId: number;
  onClose(): void;
  /** The product was edited in ConnectWise; the new details. */
  onEdited(details: CatalogItemDetails): void;
}

/** "ConnectWise-Produktdetails anzeigen": every cached field, and the way to edit them. */
export function DetailsDialog(props: DetailsDialogProps) {
  const { t } = useTranslation();
  return (
    <DialogShell
      isOpen={props.isOpen}
      onClose={props.onClose}
      title={t('productDialogs.details.title')}
      size="wide"
      isDismissable
    >
      <Details {...props} />
    </DialogShell>
  );
}

function Details(props: DetailsDialogProps) {
  const { t } = useTranslation();
  const load = useLoad(useCallback(() => api.catalogItem(props.itemId), [props.itemId]));
  // After an edit, ConnectWise's answer replaces the cached details shown.
  const [edited, setEdited] = useState<CatalogItemDetails | null>(null);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const item = edited ?? (load.state === 'ready' ? load.data : null);
  const error = load.state === 'error' ? load.error : null;

  return (
    <>
      {error && <ErrorBox message={t('productDialogs.loadFailed', { message: errorText(error, t) })} />}
      {!item && !error && <p className="pd-note">{t('productDialogs.loading')}</p>}
      {saved && (
        <p role="status" className="pd-note pd-success">
          {t('productDialogs.details.saved')}
        </p>
      )}
      {item && <DetailsList item={item} />}
      <div className="pd-actions">
        <Button className="button" isDisabled={!item} onPress={() => setEditing(true)}>
          {t('productDialogs.details.edit')}
        </Button>
        <Button className="button primary" onPress={props.onClose}>
          {t('productDialogs.close')}
        </Button>
      </div>
      {/* Inside this dialog, so it stacks on top of it and focus returns here when it closes. */}
      <ProductFormDialog
        mode="edit"
        isOpen={editing}
        itemId={props.itemId}
        onClose={() => setEditing(false)}
        onSaved={(details) => {
          setEdited(details);
          setSaved(true);
          setEditing(false);
          props.onEdited(details);
        }}
      />
    </>
  );
}

/** The cached fields as a definition list, labelled like the form where they are the same. */
function DetailsList({ item }: { item: CatalogItemDetails }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const money = amountFormatter(lang);
  const yesNo = (b: boolean) => (b ? t('productDialogs.yes') : t('productDialogs.no'));
  const field = (key: FieldName) => t(`productDialogs.fields.${key}`);
  const rows: [string, ReactNode, string?][] = [
    [field('identifier'), <code>{item.identifier}</code>],
    [field('description'), item.description],
    [field('customerDescription'), item.customerDescription, 'pd-wide-value'],
    // "Status: Aktiv" reads plainly; "Inaktiv: Nein" needed a double negation.
    [
      t('productDialogs.details.status'),
      item.inactive ? t('productDialogs.details.inactive') : t('productDialogs.details.active'),
    ],
    [t('productDialogs.details.recordId'), String(item.id)],
    [field('category'), item.category?.name],
    [field('subcategory'), item.subcategory?.name],
    [field('type'), item.type?.name],
    [
      field('productClass'),
      item.productClass && t(`productDialogs.productClasses.${item.productClass}`, { defaultValue: item.productClass }),
    ],
    [field('unitOfMeasure'), item.unitOfMeasure?.name],
    [field('price'), money(item.price)],
    [field('cost'), money(item.cost)],
    [field('taxable'), yesNo(item.taxable)],
    [field('manufacturer'), item.manufacturer?.name],
    [field('manufacturerPartNumber'), item.manufacturerPartNumber],
    [t('productDialogs.details.vendor'), item.vendorName],
    [t('productDialogs.details.vendorSku'), item.vendorSku],
    [
      t('productDialogs.details.billableOption'),
      item.billableOption &&
        t(`productDialogs.billableOptions.${item.billableOption}`, { defaultValue: item.billableOption }),
    ],
    [t('productDialogs.details.recurring'), yesNo(item.recurring)],
    [t('productDialogs.details.lastUpdated'), item.lastUpdated ? formatDateTime(item.lastUpdated, lang) : ''],
    [t('productDialogs.details.notes'), item.notes, 'pd-wide-value'],
  ];
  return (
    <dl className="pd-details">
      {rows.map(([label, value, className]) => (
        <div key={label} className={className}>
          <dt>{label}</dt>
          <dd>{value ? value : <span className="pd-not-set">{t('productDialogs.notSet')}</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
