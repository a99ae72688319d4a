import { useMemo, useState } from 'react';
import { Button, Input, Label, SearchField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorBox } from '../../components/ErrorBox';
import { JobProgress } from '../../components/JobProgress';
import { LoadView } from '../../components/LoadView';
import { LookupSelect } from '../../components/LookupSelect';
import { api, toAppError, type SyncPreview, type SyncRow } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { ExportPreviewMenu } from '../transfer/ExportSyncLinesMenu';
import { ChooseAdditionDialog } from './ChooseAdditionDialog';
import { ConfirmPushDialog } from './ConfirmPushDialog';
import { PreviewTable } from './PreviewTable';
import { actions, filterRows, presentActions, pushCounts, sortRows, totals, type RowFilter } from './previewLogic';
import { RunSummary } from './RunSummary';
import { UnbilledSections } from './UnbilledSections';
import { useSyncRun } from './useSyncRun';
import './usagesync.css';

/** Page "Nutzungssynchronisierung": preview a billing month, then push it to ConnectWise. */
export default function UsageSyncPage() {
  const { t, i18n } = useTranslation();
  const months = useLoad(api.syncMonths);
  const [chosenMonth, setMonth] = useState<string | null>(null);
  const [preview, setPreview] = useState<SyncPreview | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [refreshing, setRefreshing] = useState(false);
  const [error, setError] = useState('');
  const [note, setNote] = useState('');
  const [filter, setFilter] = useState<RowFilter>({ action: 'all', customer: '' });
  const [confirming, setConfirming] = useState(false);
  const [choosing, setChoosing] = useState<SyncRow | null>(null);
  const run = useSyncRun();

  // ?month= (from the landing page's problems) picks the month while it is one of the list.
  const [params] = useSearchParams();
  const linked = months.state === 'ready' ? months.data.months.find((m) => m === params.get('month')) : undefined;
  const month = chosenMonth ?? (months.state === 'ready' ? (linked ?? months.data.default) : '');
  // After a push the table shows the rows with their outcomes.
  const rows = useMemo(
    () => (run.result && preview && run.result.month === preview.month ? run.result.rows : (preview?.rows ?? [])),
    [run.result, preview],
  );
  const shown = useMemo(() => sortRows(filterRows(rows, filter), i18n.language), [rows, filter, i18n.language]);
  const sum = useMemo(() => totals(shown), [shown]);
  const counts = pushCounts(preview?.counts ?? {});
  const pushed = run.result !== null;

  const makePreview = async () => {
    if (!month) return;
    setPreviewing(true);
    setError('');
    setNote('');
    run.clear();
    try {
      setPreview(await api.syncPreview(month));
    } catch (reason) {
      setPreview(null);
      setError(t('usageSync.previewFailed', { message: toAppError(reason).message }));
    } finally {
      setPreviewing(false);
    }
  };

  const refreshData = async () => {
    setRefreshing(true);
    setError('');
    try {
      await api.syncRefreshData();
    } catch (reason) {
      setError(t('usageSync.refreshFailed', { message: toAppError(reason).message }));
    } finally {
      setRefreshing(false);
      months.reload();
    }
  };

  const push = () => {
    setConfirming(false);
    if (preview) void run.start(preview.id);
  };

  const recreate = async (row: SyncRow) => {
    if (!preview) return;
    try {
      await api.syncConfirmRecreate(preview.id, row.agreementId, row.catalogItemId);
      setNote(t('usageSync.recreate.done'));
    } catch (reason) {
      setError(t('usageSync.actionFailed', { message: toAppError(reason).message }));
    }
  };

  const dateTime = (iso: string) => formatDateTime(iso, i18n.language);

  return (
    <section aria-labelledby="sync-title" className="sync-page">
      <header className="page-header">
        <div>
          <p className="breadcrumb">{t('nav.psaIntegration')}</p>
          <h1 id="sync-title">{t('usageSync.title')}</h1>
        </div>
      </header>

      <LoadView load={months}>
        {(m) => (
          <div className="toolbar">
            {m.months.length === 0 ? (
              <p className="empty">{t('usageSync.noMonths')}</p>
            ) : (
              <>
                <LookupSelect
                  name="month"
                  className="inline"
                  label={t('usageSync.month')}
                  choices={m.months.map((x) => ({ id: x, name: x }))}
                  value={month || null}
                  onChange={(k) => setMonth(String(k))}
                />
                <Button
                  className="button primary"
                  isDisabled={!month || previewing || refreshing || run.running}
                  onPress={() => void makePreview()}
                >
                  {previewing ? t('usageSync.previewing') : t('usageSync.preview')}
                </Button>
                {preview && <ExportPreviewMenu preview={preview} />}
              </>
            )}
            <div className="toolbar-spacer" />
            <Button
              className="button"
              isDisabled={refreshing || previewing || run.running}
              onPress={() => void refreshData()}
            >
              {refreshing ? t('usageSync.refreshing') : t('usageSync.refresh')}
            </Button>
            {preview && !pushed && (
              <Button
                className="button primary"
                isDisabled={run.running || counts.creates + counts.updates === 0}
                onPress={() => setConfirming(true)}
              >
                {t('usageSync.push')}
              </Button>
            )}
          </div>
        )}
      </LoadView>

      <ErrorBox message={error} />
      <ErrorBox message={run.error ? t('usageSync.actionFailed', { message: run.error.message }) : ''} />
      {note && (
        <p className="note" role="status">
          {note}
        </p>
      )}

      {run.running && (
        <div className="refresh-row sync-progress">
          <JobProgress
            label={t('usageSync.progress')}
            progress={run.progress}
            formatValue={(done, total) => t('usageSync.progressValue', { done, total })}
          />
          <Button className="button" onPress={run.cancel}>
            {t('usageSync.cancel')}
          </Button>
        </div>
      )}
      {run.result && <RunSummary result={run.result} />}

      {preview && (
        <>
          <p className="status-line" role="status">
            <span>{t('usageSync.plannedAt', { month: preview.month, time: dateTime(preview.plannedAt) })}</span>
            <span>{t('usageSync.shown', { shown: shown.length, total: rows.length })}</span>
            {!pushed && counts.creates + counts.updates === 0 && <span>{t('usageSync.nothingToPush')}</span>}
          </p>
          {preview.errors.length > 0 && <ErrorBox message={preview.errors.join('\n')} />}
          <div className="toolbar">
            <LookupSelect
              name="action"
              className="inline"
              label={t('usageSync.filterAction')}
              choices={[
                { id: 'all', name: t('usageSync.allActions') },
                ...presentActions(rows).map((a) => ({ id: a, name: t(`usageSync.action.${a}`) })),
              ]}
              value={filter.action}
              onChange={(k) => setFilter((f) => ({ ...f, action: actions.find((a) => a === k) ?? 'all' }))}
            />
            <SearchField
              className="field inline"
              value={filter.customer}
              onChange={(customer) => setFilter((f) => ({ ...f, customer }))}
            >
              <Label>{t('usageSync.filterCustomer')}</Label>
              <Input className="text-input" placeholder={t('usageSync.filterCustomerPlaceholder')} />
            </SearchField>
          </div>
          <PreviewTable
            rows={shown}
            totals={sum}
            onChoose={pushed ? undefined : setChoosing}
            onRecreate={pushed ? undefined : (row) => void recreate(row)}
          />
          <UnbilledSections preview={preview} />
        </>
      )}

      {preview && (
        <ConfirmPushDialog
          isOpen={confirming}
          month={preview.month}
          creates={counts.creates}
          updates={counts.updates}
          onCancel={() => setConfirming(false)}
          onPush={push}
        />
      )}
      {preview && choosing && (
        <ChooseAdditionDialog
          previewId={preview.id}
          row={choosing}
          onClose={() => setChoosing(null)}
          onChosen={() => {
            setChoosing(null);
            setNote(t('usageSync.choose.done'));
          }}
        />
      )}
    </section>
  );
}
