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
            <ProductChangeTable changes={result.products} />
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

/** One row of an import's change table: which record, and its mapping before and after. */
interface ChangeRow {
  key: string;
  line: number;
  record: string;
  before: string;
  after: string;
}

/** The table of an import's changes; products and customers differ only in how a change reads. */
function ChangeTable({ recordHeader, rows }: { recordHeader: string; rows: ChangeRow[] }) {
  const { t } = useTranslation();
  return (
    <div className="transfer-scroll">
      <table className="transfer-issues" aria-label={t('transfer.resultTitle')}>
        <thead>
          <tr>
            <th scope="col">{t('transfer.line')}</th>
            <th scope="col">{recordHeader}</th>
            <th scope="col">{t('transfer.before')}</th>
            <th scope="col">{t('transfer.after')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <td className="num">{row.line}</td>
              <td>{row.record}</td>
              <td>{row.before}</td>
              <td>{row.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ProductChangeTable({ changes }: { changes: ProductImportChange[] }) {
  const { t } = useTranslation();
  const mapping = (itemId: number, identifier: string, sync: boolean) =>
    `${itemId ? identifier || `#${itemId}` : t('transfer.unmapped')}, ${sync ? t('transfer.syncOn') : t('transfer.syncOff')}`;
  const rows = changes.map((c) => ({
    key: c.productKey,
    line: c.line,
    record: c.description || c.productKey,
    before: mapping(c.beforeItemId, c.beforeItemIdentifier, c.beforeSyncEnabled),
    after: mapping(c.itemId, c.itemIdentifier, c.syncEnabled),
  }));
  return <ChangeTable recordHeader={t('transfer.product')} rows={rows} />;
}

function CustomerChangeTable({ changes }: { changes: CustomerImportChange[] }) {
  const { t } = useTranslation();
  const mapping = (m: CustomerImportChange['after']) =>
    `${m.companyId ? t('transfer.companyAgreement', { company: m.companyName || m.companyId, agreement: m.agreementName || m.agreementId || '–' }) : t('transfer.unmapped')}, ${m.sync ? t('transfer.syncOn') : t('transfer.syncOff')}`;
  const rows = changes.map((c) => ({
    key: c.tenantId,
    line: c.line,
    record: c.tenantName || c.tenantId,
    before: mapping(c.before),
    after: mapping(c.after),
  }));
  return <ChangeTable recordHeader={t('transfer.tenant')} rows={rows} />;
}
