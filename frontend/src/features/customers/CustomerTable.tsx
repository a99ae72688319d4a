import { Button, Link, Switch } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CompanyMatch } from '../../lib/api';
import { customerDetailPath } from '../customerdetail/path';
import { AgreementSelect } from './AgreementSelect';
import { CompanyCombobox } from './CompanyCombobox';
import { acceptSuggestion, type AgreementRef, type ViewRow } from './staging';

interface Props {
  rows: ViewRow[];
  showEnded: boolean;
  onCompany(row: ViewRow, c: CompanyMatch): void;
  onAgreement(row: ViewRow, a: AgreementRef): void;
  onRemove(row: ViewRow): void;
  onSync(row: ViewRow, on: boolean): void;
  onAccept(row: ViewRow): void;
}

/**
 * One row per Sophos tenant. A plain table (not a grid), as on the configure page: Tab walks
 * through every row's controls, and each control's name says whose row it is.
 */
export function CustomerTable(props: Props) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table aria-label={t('customers.tableLabel')} className="product-table customer-table">
        <thead>
          <tr>
            <th scope="col" className="col-tenant">
              {t('customers.colSophos')}
            </th>
            <th scope="col" className="col-company">
              {t('customers.colCompany')}
            </th>
            <th scope="col" className="col-agreement">
              {t('customers.colAgreement')}
            </th>
            <th scope="col" className="col-sync">
              {t('customers.colSync')}
            </th>
            <th scope="col" className="col-status">
              {t('customers.colStatus')}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.length === 0 && (
            <tr>
              <td colSpan={5} className="empty-row">
                {t('customers.noMatches')}
              </td>
            </tr>
          )}
          {props.rows.map((row) => {
            const name = row.showAs || row.name;
            const syncReason = `sync-reason-${row.tenantId}`;
            return (
              <tr key={row.tenantId} className={row.staged ? 'staged' : undefined}>
                <th scope="row">
                  <Link className="product-name cu-detail-link" href={customerDetailPath(row.tenantId)}>
                    {name}
                  </Link>
                  <div className="product-meta">
                    <span>{row.billingType ? t('customers.billing', { type: row.billingType }) : ''}</span>
                    {row.staged && <span className="badge badge-changed">{t('customers.badgeChanged')}</span>}
                  </div>
                </th>
                <td>
                  <div className="cu-company">
                    <CompanyCombobox
                      label={t('customers.companyFor', { name })}
                      company={
                        row.companyId
                          ? { id: row.companyId, name: row.companyName, identifier: row.companyIdentifier }
                          : null
                      }
                      onPick={(c) => props.onCompany(row, c)}
                    />
                    {row.companyId !== 0 && (
                      <Button
                        className="button small"
                        aria-label={t('customers.removeFor', { name })}
                        onPress={() => props.onRemove(row)}
                      >
                        ✕
                      </Button>
                    )}
                  </div>
                </td>
                <td>
                  <AgreementSelect
                    label={t('customers.agreementFor', { name })}
                    companyId={row.companyId}
                    agreementId={row.agreementId}
                    showEnded={props.showEnded}
                    onPick={(a) => props.onAgreement(row, a)}
                  />
                </td>
                <td>
                  <Switch
                    className="switch"
                    aria-label={t('customers.syncFor', { name })}
                    aria-describedby={row.mapped ? undefined : syncReason}
                    isSelected={row.syncEnabled}
                    isDisabled={!row.mapped}
                    onChange={(on) => props.onSync(row, on)}
                  >
                    <span className="switch-track" aria-hidden="true">
                      <span className="switch-thumb" />
                    </span>
                  </Switch>
                  {!row.mapped && (
                    <p id={syncReason} className="field-hint">
                      {t('customers.syncNeedsMapping')}
                    </p>
                  )}
                </td>
                <td>
                  <Status row={row} onAccept={() => props.onAccept(row)} name={name} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Status(props: { row: ViewRow; name: string; onAccept(): void }) {
  const { t } = useTranslation();
  const { row } = props;
  const suggestion = acceptSuggestion(row);
  const reason = row.suggestion.reason;
  return (
    <ul className="cu-status">
      {row.problems.map((p) => (
        <li key={p} className="badge badge-stale">
          {t(`customers.problem.${p as 'agreement_cancelled'}`)}
        </li>
      ))}
      {row.isNew && !row.staged && <li className="badge badge-new">{t('customers.new')}</li>}
      {suggestion && (
        <li className="cu-suggestion">
          <span>
            {t('customers.suggestion', { company: suggestion.company?.name, agreement: suggestion.agreement?.name })}
          </span>
          <Button
            className="button small"
            aria-label={t('customers.acceptFor', { name: props.name })}
            onPress={props.onAccept}
          >
            {t('customers.accept')}
          </Button>
        </li>
      )}
      {!suggestion && row.companyId === 0 && reason && reason !== 'already_mapped' && (
        <li className="muted">{t(`customers.reason.${reason as 'no_match'}`)}</li>
      )}
    </ul>
  );
}
