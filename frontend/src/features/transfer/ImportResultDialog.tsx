import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { DialogShell } from '../../components/DialogShell';
import type { CustomerImportChange, ImportIssue, ImportResult, ProductImportChange } from '../../lib/api';

/** The number of changes an import stages, of its kind. */
export const changeCount = (r: ImportResult) => (r.kind === 'customers' ? r.customers.length : r.products.length);

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** "Import prüfen": every problem with its line and column, or the changes to stage. */
export function ImportResultDialog(props: { result: ImportResult; onClose(): void; onStage(): void }) {
  const { t } = useTranslation();
  const { result } = props;
  const file = fileName(result.path);
  const rejected = result.errors.length > 0;
  const count = changeCount(result);
  return (
    <DialogShell isOpen onClose={props.onClose} title={t('transfer.resultTitle')} size="wide" isDismissable>
      {rejected ? (
        <>
          <p role="alert">{t('transfer.rejected', { file })}</p>
          <IssueTable issues={result.errors} label={t('transfer.rejected', { file })} />
        </>
      ) : count === 0 ? (
        <p role="status">{t('transfer.noChanges')}</p>
      ) : (
        <>
          <p role="status">{t('transfer.changes', { file, count })}</p>
          {result.kind === 'customers' ? (
            <CustomerChangeTable changes={result.customers} />
          ) : (
            <ChangeTable changes={result.products} />
          )}
        </>
      )}
      {!rejected && result.warnings.length > 0 && (
        <>
          <h3>{t('transfer.warnings')}</h3>
          <IssueTable issues={result.warnings} label={t('transfer.warnings')} />
        </>
      )}
      <div className="pd-actions">
        {!rejected && count > 0 && (
          <Button className="button primary" onPress={props.onStage}>
            {t('transfer.stage')}
          </Button>
        )}
        <Button className="button" onPress={props.onClose}>
          {t('transfer.close')}
        </Button>
      </div>
    </DialogShell>
  );
}

function IssueTable({ issues, label }: { issues: ImportIssue[]; label: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="transfer-scroll">
      <table className="transfer-issues" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{t('transfer.line')}</th>
            <th scope="col">{t('transfer.column')}</th>
            <th scope="col">{t('transfer.message')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => {
            const key = `transfer.codes.${issue.code}`;
            const translated = i18n.exists(key) ? t(key as 'transfer.codes.bad_value') : issue.message;
            return (
              <tr key={i}>
                <td className="num">{issue.line || ''}</td>
                <td className="num">
                  {issue.column ? `${issue.column}${issue.field ? ` (${issue.field})` : ''}` : ''}
                </td>
                <td>
                  {translated}
                  {translated !== issue.message && (
                    <span className="transfer-detail" lang="en">
                      {issue.message}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function ChangeTable({ changes }: { changes: ProductImportChange[] }) {
  const { t } = useTranslation();
  const mapping = (itemId: number, identifier: string, sync: boolean) =>
    `${itemId ? identifier || `#${itemId}` : t('transfer.unmapped')}, ${sync ? t('transfer.syncOn') : t('transfer.syncOff')}`;
  return (
    <div className="transfer-scroll">
      <table className="transfer-issues" aria-label={t('transfer.resultTitle')}>
        <thead>
          <tr>
            <th scope="col">{t('transfer.line')}</th>
            <th scope="col">{t('transfer.product')}</th>
            <th scope="col">{t('transfer.before')}</th>
            <th scope="col">{t('transfer.after')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.productKey}>
              <td className="num">{c.line}</td>
              <td>{c.description || c.productKey}</td>
              <td>{mapping(c.beforeItemId, c.beforeItemIdentifier, c.beforeSyncEnabled)}</td>
              <td>{mapping(c.itemId, c.itemIdentifier, c.syncEnabled)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CustomerChangeTable({ changes }: { changes: CustomerImportChange[] }) {
  const { t } = useTranslation();
  const mapping = (m: CustomerImportChange['after']) =>
    `${m.companyId ? t('transfer.companyAgreement', { company: m.companyName || m.companyId, agreement: m.agreementName || m.agreementId || '–' }) : t('transfer.unmapped')}, ${m.sync ? t('transfer.syncOn') : t('transfer.syncOff')}`;
  return (
    <div className="transfer-scroll">
      <table className="transfer-issues" aria-label={t('transfer.resultTitle')}>
        <thead>
          <tr>
            <th scope="col">{t('transfer.line')}</th>
            <th scope="col">{t('transfer.tenant')}</th>
            <th scope="col">{t('transfer.before')}</th>
            <th scope="col">{t('transfer.after')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.tenantId}>
              <td className="num">{c.line}</td>
              <td>{c.tenantName || c.tenantId}</td>
              <td>{mapping(c.before)}</td>
              <td>{mapping(c.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
