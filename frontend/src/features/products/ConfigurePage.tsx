import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  SearchField,
  Select,
  SelectValue,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, toAppError, type CatalogMatch, type ProductDraft } from '../../lib/api';
import { LeaveGuard } from '../../components/LeaveGuard';
import { useStaged } from '../../lib/useStaged';
import { ProductTable } from './ProductTable';
import { acceptSuggestion, applyStaged, toChanges, type Staged, type ViewRow } from './staging';
import { useProducts } from './useProducts';
import { useSuggestions } from './useSuggestions';
import { matchesAllWords } from '../../lib/match';
import { nextSort, sortRows, type Sort } from './sorting';
import { BulkActions } from './BulkActions';
import { useStickyTop } from './useStickyTop';
import { useShortcut } from './useShortcut';
import { SyncNowLink } from '../usagesync/SyncNowLink';
import { DetailsDialog } from './dialogs/DetailsDialog';
import { MapDialog } from './dialogs/MapDialog';
import { ProductFormDialog } from './dialogs/ProductFormDialog';
import { ErrorBox } from '../../components/ErrorBox';
import { errorText } from '../../lib/errorText';
import { CloseGuard } from './CloseGuard';
import { syncedTwice, type SyncedTwice } from './syncedTwice';
import { SyncedTwiceDialog } from './SyncedTwiceDialog';
import { SyncSettingsButton } from '../schedule/SyncSettingsButton';
import { TransferButtons } from '../transfer/TransferButtons';
import { stageProductImport } from '../transfer/stageImport';

export type Show = 'all' | 'mapped' | 'unmapped' | 'syncOn' | 'new' | 'stale';
const shows: Show[] = ['all', 'mapped', 'unmapped', 'syncOn', 'new', 'stale'];
const showLabel = {
  all: 'configure.showAll',
  mapped: 'configure.showMapped',
  unmapped: 'configure.showUnmapped',
  syncOn: 'configure.showSyncOn',
  new: 'configure.showNew',
  stale: 'configure.showStale',
} as const;

function matchesShow(row: ViewRow, show: Show): boolean {
  switch (show) {
    case 'mapped':
      return row.mapped;
    case 'unmapped':
      return !row.mapped;
    case 'syncOn':
      return row.syncEnabled;
    case 'new':
      return row.new;
    case 'stale':
      return row.stale !== '';
    default:
      return true;
  }
}

type OpenDialog =
  | { kind: 'map'; row: ViewRow }
  | { kind: 'add'; productKey?: string; draft?: ProductDraft }
  | { kind: 'details'; itemId: number }
  | { kind: 'syncedTwice'; found: SyncedTwice[] }
  | null;

/** "Nutzungssynchronisierung konfigurieren": map each Sophos product, switch its sync; staged until Save. */
export default function ConfigurePage() {
  const { t } = useTranslation();
  const { rows, error: loadError, reload } = useProducts();
  const suggestions = useSuggestions();
  const {
    staged,
    stage: stageOne,
    discard,
    dirtyCount,
    save: saveStaged,
    saving,
    saveError,
    setSaveError,
    savedNote,
  } = useStaged<Staged>();
  const [filter, setFilter] = useState('');
  // ?show=unmapped etc.: the landing page links here filtered to what needs fixing.
  const [searchParams] = useSearchParams();
  const [show, setShow] = useState<Show>(() => shows.find((s) => s === searchParams.get('show')) ?? 'all');
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [sort, setSort] = useState<Sort | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const heading = useRef<HTMLHeadingElement>(null);
  const savedRef = useRef<HTMLSpanElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  // Enter in the search field goes to the first match's "Bearbeiten": search, Enter, Enter maps it.
  const focusFirstRow = () => table.current?.querySelector<HTMLElement>('tbody .row-edit')?.focus();
  const { ref: stickyRef, style: stickyStyle } = useStickyTop<HTMLDivElement>();

  // After navigation the page heading has focus, so a screen reader announces where the user is.
  useEffect(() => heading.current?.focus(), []);
  // After Save the Save button is disabled: focus goes to the note saying it worked, not to the page's start.
  useEffect(() => {
    if (savedNote) savedRef.current?.focus();
  }, [savedNote]);

  const view = useMemo(() => (rows ?? []).map((r) => applyStaged(r, staged[r.productKey])), [rows, staged]);
  // Like the typeahead: every word, any order, umlauts and transliterations alike ("xdr mdr").
  const matching = useMemo(
    () =>
      view.filter((r) =>
        matchesAllWords(filter, r.description, r.productKey, r.sku, r.itemIdentifier, r.itemDescription),
      ),
    [view, filter],
  );
  const shown = useMemo(
    () =>
      sortRows(
        matching.filter((r) => matchesShow(r, show)),
        sort,
      ),
    [matching, show, sort],
  );
  const showCounts = useMemo(
    () => Object.fromEntries(shows.map((s) => [s, matching.filter((r) => matchesShow(r, s)).length])),
    [matching],
  );
  const selectedRows = view.filter((r) => selected.has(r.productKey));
  const select = (keys: string[], on: boolean) =>
    setSelected((cur) => {
      const next = new Set(cur);
      for (const k of keys) {
        if (on) next.add(k);
        else next.delete(k);
      }
      return next;
    });

  const stageMany = (changes: [string, Staged][]) => {
    for (const [key, change] of changes) stageOne(key, change);
  };
  const stage = (productKey: string, change: Staged) => stageMany([[productKey, change]]);
  const mapExisting = (productKey: string, item: Pick<CatalogMatch, 'id' | 'identifier' | 'description'>) =>
    stage(productKey, { mapping: { kind: 'existing', item } });

  /** Saves the staged changes; false when nothing was saved (the error is shown). */
  const save = async (): Promise<boolean> => {
    if (!rows) return false;
    const saved = await saveStaged((s) => api.productsSave(toChanges(rows, s)));
    if (saved) {
      setSelected(new Set());
      reload();
    }
    return saved;
  };
  /** "Speichern": one ConnectWise product synced from two Sophos products is asked first. */
  const requestSave = () => {
    const found = syncedTwice(view);
    if (found.length > 0) setDialog({ kind: 'syncedTwice', found });
    else void save();
  };
  // New products staged for other rows: each needs its own Produkt-ID (checked at staging).
  const stagedIdentifiers = (except?: string) =>
    Object.fromEntries(
      Object.entries(staged).flatMap(([key, s]) =>
        s.mapping?.kind === 'new' && key !== except
          ? [[s.mapping.draft.identifier.trim().toLowerCase(), productName(key)]]
          : [],
      ),
    );

  useShortcut('s', dirtyCount > 0 && !saving && dialog === null, requestSave);
  // Ctrl+F: straight to the search, however many buttons the page header holds.
  useShortcut('f', dialog === null, () => searchInput.current?.focus());

  const productName = (key?: string) => rows?.find((r) => r.productKey === key)?.description ?? key ?? '';
  const unmapped = view.filter((r) => !r.mapped).map((r) => ({ productKey: r.productKey, description: r.description }));

  return (
    <section aria-labelledby="configure-title" className="configure-page" style={stickyStyle}>
      <LeaveGuard dirty={dirtyCount > 0} />
      <CloseGuard unsaved={dirtyCount} onSave={save} />
      <header className="page-header">
        <div>
          <p className="breadcrumb">{t('nav.psaIntegration')}</p>
          <h1 id="configure-title" ref={heading} tabIndex={-1}>
            {t('configure.title')}
          </h1>
        </div>
        <div className="page-actions">
          {rows && rows.length > 0 && (
            <TransferButtons
              kind="products"
              onStage={(result) => stageMany(Object.entries(stageProductImport(result.products)))}
            />
          )}
          <SyncSettingsButton />
        </div>
      </header>

      {loadError && <ErrorBox>{t('app.loadFailed', { message: errorText(loadError, t) })}</ErrorBox>}
      {rows && rows.length === 0 && <p className="empty">{t('configure.empty')}</p>}
      {rows && rows.length > 0 && (
        <>
          <div className="sticky-controls" ref={stickyRef}>
            <div className="toolbar">
              <SearchField className="field inline" value={filter} onChange={setFilter} onSubmit={focusFirstRow}>
                <Label>{t('configureTable.search')}</Label>
                <Input ref={searchInput} placeholder={t('configure.filterPlaceholder')} className="text-input" />
              </SearchField>
              <Select className="field inline" selectedKey={show} onSelectionChange={(k) => setShow(k as Show)}>
                <Label id="configure-filter-label">{t('configure.filter')}</Label>
                {/* Named by its label alone ("Filter"), not "value + label" as React Aria does. */}
                <Button className="select-button" aria-labelledby="configure-filter-label">
                  <SelectValue />
                  <span aria-hidden="true">▾</span>
                </Button>
                <Popover className="popover">
                  <ListBox className="listbox">
                    {shows.map((s) => (
                      <ListBoxItem key={s} id={s} className="listbox-item">
                        {t('configureTable.showWithCount', { label: t(showLabel[s]), count: showCounts[s] })}
                      </ListBoxItem>
                    ))}
                  </ListBox>
                </Popover>
              </Select>
              <div className="toolbar-spacer" />
              <SyncNowLink href="/sync" />
              <Button className="button" onPress={() => setDialog({ kind: 'add' })}>
                {t('configure.addProduct')}
              </Button>
              <Button className="button" isDisabled={dirtyCount === 0 || saving} onPress={discard}>
                {t('configure.discard')}
              </Button>
              <Button className="button primary" isDisabled={dirtyCount === 0 || saving} onPress={requestSave}>
                {saving ? t('configure.saving') : t('configure.save')}
              </Button>
            </div>

            <div className="status-line" role="status">
              <span>
                {t('configure.counts', {
                  shown: shown.length,
                  total: view.length,
                  mapped: view.filter((r) => r.mapped).length,
                  syncOn: view.filter((r) => r.syncEnabled).length,
                })}
              </span>
              {dirtyCount > 0 && <strong className="unsaved">{t('configure.unsaved', { count: dirtyCount })}</strong>}
              {savedNote && dirtyCount === 0 && (
                <span className="saved" ref={savedRef} tabIndex={-1}>
                  {t('configure.saved')}
                </span>
              )}
            </div>
            <BulkActions
              rows={selectedRows}
              suggestions={suggestions}
              onStage={stageMany}
              onClear={() => setSelected(new Set())}
            />
          </div>

          {saveError && (
            <ErrorBox>
              <p>
                {t('configure.saveFailed', {
                  product: productName(saveError.record),
                  message: errorText(saveError, t),
                })}
              </p>
              {saveError.existingItem && saveError.record && (
                <Button
                  className="button"
                  onPress={() => {
                    mapExisting(saveError.record!, saveError.existingItem!);
                    setSaveError(null);
                  }}
                >
                  {t('configure.mapExisting')}
                </Button>
              )}
            </ErrorBox>
          )}

          <ProductTable
            ref={table}
            rows={shown}
            selected={selected}
            onSelect={select}
            sort={sort}
            onSort={(column) => setSort((cur) => nextSort(cur, column))}
            onEdit={(row) => {
              const s = staged[row.productKey]?.mapping;
              // A staged new product is corrected in its own form, not re-mapped (defect 9).
              setDialog(
                s?.kind === 'new' ? { kind: 'add', productKey: row.productKey, draft: s.draft } : { kind: 'map', row },
              );
            }}
            onDetails={(row) => setDialog({ kind: 'details', itemId: row.itemId })}
            onAdd={(row) => setDialog({ kind: 'add', productKey: row.productKey })}
            onSync={(row, on) => stage(row.productKey, { syncEnabled: on })}
            onAcknowledge={(row) =>
              void api
                .productAcknowledgeRename(row.productKey)
                .then(reload, (e: unknown) => setSaveError(toAppError(e)))
            }
            suggestions={suggestions}
            onAcceptSuggestion={(row, sug) => stage(row.productKey, acceptSuggestion(sug))}
          />
        </>
      )}

      {dialog?.kind === 'map' && (
        <MapDialog
          isOpen
          product={{ productKey: dialog.row.productKey, description: dialog.row.description }}
          current={
            dialog.row.mapped
              ? {
                  id: dialog.row.itemId,
                  identifier: dialog.row.itemIdentifier,
                  description: dialog.row.itemDescription,
                }
              : undefined
          }
          onClose={() => setDialog(null)}
          onApply={(item: Pick<CatalogMatch, 'id' | 'identifier' | 'description'>) => {
            mapExisting(dialog.row.productKey, item);
            setDialog(null);
          }}
          onRemove={() => {
            stage(dialog.row.productKey, { mapping: { kind: 'remove' }, syncEnabled: false });
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'add' && (
        <ProductFormDialog
          mode="add"
          isOpen
          products={
            dialog.draft
              ? [{ productKey: dialog.productKey ?? '', description: productName(dialog.productKey) }]
              : unmapped
          }
          initialProductKey={dialog.productKey}
          initialDraft={dialog.draft}
          stagedIdentifiers={stagedIdentifiers(dialog.productKey)}
          onClose={() => setDialog(null)}
          onApply={(productKey: string, draft: ProductDraft) => {
            stage(productKey, { mapping: { kind: 'new', draft } });
            setDialog(null);
          }}
          onMapExisting={(productKey: string, item: CatalogMatch) => {
            mapExisting(productKey, item);
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'syncedTwice' && (
        <SyncedTwiceDialog
          found={dialog.found}
          onBack={() => setDialog(null)}
          onSave={() => {
            setDialog(null);
            void save();
          }}
        />
      )}
      {dialog?.kind === 'details' && (
        <DetailsDialog isOpen itemId={dialog.itemId} onClose={() => setDialog(null)} onEdited={reload} />
      )}
    </section>
  );
}
