import type { Ref } from 'react';
import { Button, Checkbox, Switch } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ProductSuggestion } from '../../lib/api';
import { formatPrice, formatQuantity } from './figures';
import type { ViewRow } from './staging';
import type { Sort, SortColumn } from './sorting';

interface Props {
  ref?: Ref<HTMLTableElement>;
  rows: ViewRow[];
  selected: ReadonlySet<string>;
  onSelect(keys: string[], on: boolean): void;
  sort: Sort | null;
  onSort(column: SortColumn): void;
  onEdit(row: ViewRow): void;
  onDetails(row: ViewRow): void;
  onAdd(row: ViewRow): void;
  onSync(row: ViewRow, on: boolean): void;
  suggestions: ReadonlyMap<string, ProductSuggestion>;
  onAcceptSuggestion(row: ViewRow, suggestion: ProductSuggestion): void;
  /** Keep a mapping whose ConnectWise product was renamed: no longer flagged. */
  onAcknowledge?(row: ViewRow): void;
}

function CheckBox(props: { label: string; selected: boolean; indeterminate?: boolean; onChange(on: boolean): void }) {
  return (
    <Checkbox
      className="pd-checkbox"
      aria-label={props.label}
      isSelected={props.selected}
      isIndeterminate={props.indeterminate}
      onChange={props.onChange}
    >
      <span className="pd-checkbox-box" aria-hidden="true" />
    </Checkbox>
  );
}

/**
 * One row per Sophos product: its ConnectWise product and its sync switch. A plain table
 * (not a grid), so Tab simply walks through every row's controls; every control's name
 * carries the product's name, so a screen reader says which row it acts on.
 */
export function ProductTable({ ref, ...props }: Props) {
  const { t, i18n } = useTranslation();
  // "Bearbeiten" on a mapped row (the seed's name), "Zuordnen" [Map] where there is nothing to edit yet.
  const editLabel = (row: ViewRow) => (row.mapped ? t('configure.edit') : t('configureDialogs.map'));
  const lang = i18n.language;
  const keys = props.rows.map((r) => r.productKey);
  const selectedShown = keys.filter((k) => props.selected.has(k)).length;

  const header = (column: SortColumn, label: string, className: string) => {
    const sorted = props.sort?.column === column ? props.sort.direction : undefined;
    return (
      <th scope="col" className={className} aria-sort={sorted ?? 'none'}>
        <Button className="sort-button" onPress={() => props.onSort(column)}>
          {label}
          <span aria-hidden="true" className="sort-mark">
            {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}
          </span>
        </Button>
      </th>
    );
  };

  return (
    <table ref={ref} aria-label={t('configure.tableLabel')} className="product-table">
      <thead>
        <tr>
          <th scope="col" className="col-select">
            <CheckBox
              label={t('configureTable.selectAll')}
              selected={keys.length > 0 && selectedShown === keys.length}
              indeterminate={selectedShown > 0 && selectedShown < keys.length}
              onChange={(on) => props.onSelect(keys, on)}
            />
          </th>
          {header('sophos', t('configure.colSophos'), 'col-sophos')}
          {header('usage', t('configureTable.colUsage'), 'col-usage')}
          {header('cw', t('configure.colConnectWise'), 'col-cw')}
          {header('sync', t('configure.colSync'), 'col-sync')}
        </tr>
      </thead>
      <tbody>
        {props.rows.length === 0 && (
          <tr>
            <td colSpan={5} className="empty-row">
              {t('configure.noMatches')}
            </td>
          </tr>
        )}
        {props.rows.map((row) => {
          const name = row.description || row.productKey;
          const reasonId = `sync-reason-${row.productKey}`;
          const suggestion = row.mapped ? undefined : props.suggestions.get(row.productKey);
          return (
            <tr key={row.productKey} data-key={row.productKey} className={row.staged ? 'staged' : undefined}>
              <td className="col-select">
                <CheckBox
                  label={t('configureTable.selectRow', { product: name })}
                  selected={props.selected.has(row.productKey)}
                  onChange={(on) => props.onSelect([row.productKey], on)}
                />
              </td>
              <th scope="row">
                <div className="product-name" title={name}>
                  {name}
                </div>
                <div className="product-meta">
                  <code>{row.productKey}</code>
                  {row.new && <span className="badge badge-new">{t('configure.badgeNew')}</span>}
                  {row.staged && <span className="badge badge-changed">{t('configure.badgeChanged')}</span>}
                </div>
              </th>
              <td className="col-usage">
                {row.usageMonth ? (
                  <div title={t('configureTable.usageMonth', { month: row.usageMonth })}>
                    <div className="usage-quantity">{formatQuantity(row.usageQuantity, lang)}</div>
                    <div className="product-meta">{t('configureTable.customers', { count: row.usageCustomers })}</div>
                  </div>
                ) : (
                  <span className="muted">–</span>
                )}
              </td>
              <td>
                <div className="cw-cell">
                  <div className="cw-product">
                    {row.mapped ? (
                      <>
                        <div className="product-name" title={row.itemDescription}>
                          {row.itemDescription}
                        </div>
                        <div className="product-meta">
                          <code>{row.itemIdentifier}</code>
                          {row.itemUnit && !row.pendingCreate && !row.staged && (
                            <span className="item-price">
                              {t('configureTable.priceUnit', {
                                price: formatPrice(row.itemPrice, lang),
                                unit: row.itemUnit,
                              })}
                            </span>
                          )}
                          {row.pendingCreate && <span className="note">{t('configure.willBeCreated')}</span>}
                          {row.stale && (
                            <span className="badge badge-stale">{t(`configure.stale.${row.stale as 'deleted'}`)}</span>
                          )}
                          {row.stale === 'renamed' && !row.staged && props.onAcknowledge && (
                            <Button
                              className="button small"
                              aria-label={t('configureDialogs.acknowledgeLabel', { product: name })}
                              onPress={() => props.onAcknowledge?.(row)}
                            >
                              {t('configureDialogs.acknowledge')}
                            </Button>
                          )}
                        </div>
                      </>
                    ) : suggestion ? (
                      <div className="suggestion">
                        <span className="badge badge-suggested">{t('configureTable.suggested')}</span>
                        <div className="product-name" title={suggestion.itemDescription}>
                          {suggestion.itemDescription}
                        </div>
                        <div className="product-meta">
                          <code>{suggestion.itemIdentifier}</code>
                          <span>
                            {suggestion.reasons
                              .map((r) =>
                                t(`configureTable.reason.${r.rule as 'identifierContains'}`, { value: r.value }),
                              )
                              .join(' · ')}
                          </span>
                        </div>
                      </div>
                    ) : (
                      <span className="muted">{t('configure.notMapped')}</span>
                    )}
                  </div>
                  <div className="row-actions">
                    {suggestion && (
                      <Button
                        className="button small primary"
                        aria-label={t('configureTable.forProduct', {
                          action: t('configureTable.accept'),
                          product: name,
                        })}
                        onPress={() => props.onAcceptSuggestion(row, suggestion)}
                      >
                        {t('configureTable.accept')}
                      </Button>
                    )}
                    <Button
                      className="button small row-edit"
                      aria-label={t('configureTable.forProduct', { action: editLabel(row), product: name })}
                      onPress={() => props.onEdit(row)}
                    >
                      {editLabel(row)}
                    </Button>
                    {row.mapped && !row.pendingCreate && row.stale !== 'deleted' ? (
                      <Button
                        className="button small"
                        aria-label={t('configureTable.forProduct', { action: t('configure.details'), product: name })}
                        onPress={() => props.onDetails(row)}
                      >
                        {t('configure.details')}
                      </Button>
                    ) : (
                      !row.mapped && (
                        <Button
                          className="button small"
                          aria-label={t('configureTable.forProduct', {
                            action: t('configure.addProduct'),
                            product: name,
                          })}
                          onPress={() => props.onAdd(row)}
                        >
                          {t('configure.addProduct')}
                        </Button>
                      )
                    )}
                  </div>
                </div>
              </td>
              <td className="col-sync">
                <div className="sync-cell">
                  <Switch
                    className="switch"
                    aria-label={t('configureTable.forProduct', { action: t('configure.sync'), product: name })}
                    aria-describedby={row.mapped ? undefined : reasonId}
                    isSelected={row.syncEnabled}
                    isDisabled={!row.mapped}
                    onChange={(on) => props.onSync(row, on)}
                  >
                    <span className="switch-track" aria-hidden="true">
                      <span className="switch-thumb" />
                    </span>
                  </Switch>
                  {!row.mapped && (
                    // Short on screen, in full for screen readers and on hover.
                    <span id={reasonId} className="sync-reason" title={t('configure.syncNeedsMapping')}>
                      <span aria-hidden="true">{t('configureTable.mapFirst')}</span>
                      <span className="visually-hidden">{t('configure.syncNeedsMapping')}</span>
                    </span>
                  )}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
