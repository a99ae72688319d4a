import { Button, Switch } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ViewRow } from './staging';

interface Props {
  rows: ViewRow[];
  onEdit(row: ViewRow): void;
  onDetails(row: ViewRow): void;
  onAdd(row: ViewRow): void;
  onSync(row: ViewRow, on: boolean): void;
  /** Keep a mapping whose ConnectWise product was renamed: no longer flagged. */
  onAcknowledge?(row: ViewRow): void;
}

/**
 * One row per Sophos product: its ConnectWise product and its sync switch. A plain table
 * (not a grid): rows are not selectable, so Tab simply walks through every row's controls.
 */
export function ProductTable(props: Props) {
  const { t } = useTranslation();
  return (
    <table aria-label={t('configure.tableLabel')} className="product-table">
      <thead>
        <tr>
          <th scope="col" className="col-sophos">
            {t('configure.colSophos')}
          </th>
          <th scope="col" className="col-cw">
            {t('configure.colConnectWise')}
          </th>
          <th scope="col" className="col-sync">
            {t('configure.colSync')}
          </th>
        </tr>
      </thead>
      <tbody>
        {props.rows.length === 0 && (
          <tr>
            <td colSpan={3} className="empty-row">
              {t('configure.noMatches')}
            </td>
          </tr>
        )}
        {props.rows.map((row) => (
          <tr key={row.productKey} className={row.staged ? 'staged' : undefined}>
            <th scope="row">
              <div className="product-name">{row.description || row.productKey}</div>
              <div className="product-meta">
                <code>{row.productKey}</code>
                {row.new && <span className="badge badge-new">{t('configure.badgeNew')}</span>}
                {row.staged && <span className="badge badge-changed">{t('configure.badgeChanged')}</span>}
              </div>
            </th>
            <td>
              <div className="cw-cell">
                <div className="cw-product">
                  {row.mapped ? (
                    <>
                      <div className="product-name">{row.itemDescription}</div>
                      <div className="product-meta">
                        <code>{row.itemIdentifier}</code>
                        {row.pendingCreate && <span className="note">{t('configure.willBeCreated')}</span>}
                        {row.stale && (
                          <span className="badge badge-stale">{t(`configure.stale.${row.stale as 'deleted'}`)}</span>
                        )}
                        {row.stale === 'renamed' && !row.staged && props.onAcknowledge && (
                          <Button
                            className="button small"
                            aria-label={t('configureDialogs.acknowledgeLabel', {
                              product: row.description || row.productKey,
                            })}
                            onPress={() => props.onAcknowledge?.(row)}
                          >
                            {t('configureDialogs.acknowledge')}
                          </Button>
                        )}
                      </div>
                    </>
                  ) : (
                    <span className="muted">{t('configure.notMapped')}</span>
                  )}
                </div>
                <div className="row-actions">
                  <Button className="button small" onPress={() => props.onEdit(row)}>
                    {row.mapped ? t('configure.edit') : t('configureDialogs.map')}
                  </Button>
                  {row.mapped && !row.pendingCreate && row.stale !== 'deleted' ? (
                    <Button className="button small" onPress={() => props.onDetails(row)}>
                      {t('configure.details')}
                    </Button>
                  ) : (
                    !row.mapped && (
                      <Button className="button small" onPress={() => props.onAdd(row)}>
                        {t('configure.addProduct')}
                      </Button>
                    )
                  )}
                </div>
              </div>
            </td>
            <td>
              <Switch
                className="switch"
                aria-label={t('configure.sync')}
                isSelected={row.syncEnabled}
                isDisabled={!row.mapped}
                onChange={(on) => props.onSync(row, on)}
              >
                <span className="switch-track" aria-hidden="true">
                  <span className="switch-thumb" />
                </span>
              </Switch>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
