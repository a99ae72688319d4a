import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  Button,
  Checkbox,
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
import { api, events, toAppError, type AppError, type CustomersRefreshState } from '../../lib/api';
import { useLoad } from '../../lib/useLoad';
import { useStaged } from '../../lib/useStaged';
import { ErrorBox } from '../../components/ErrorBox';
import { LeaveGuard } from '../../components/LeaveGuard';
import { stageCustomerImport } from '../transfer/stageImport';
import { TransferButtons } from '../transfer/TransferButtons';
import { CustomerTable } from './CustomerTable';
import { RefreshFailures, SaveFailure } from './CustomerErrors';
import {
  acceptSuggestion,
  applyStaged,
  countShows,
  isShow,
  matchesShow,
  matchesText,
  pickCompany,
  removeMapping,
  shows,
  toChanges,
  type Show,
  type StagedCustomer,
} from './staging';

/** The filter parameter of the page's route (?show=mapped …), as the landing page links it. */
export const showParam = 'show';

/** "Kunden": each Sophos tenant mapped to a ConnectWise company and agreement; staged until Save. */
export default function CustomersPage() {
  const { t } = useTranslation();
  const load = useLoad(api.customers);
  const { reload } = load;
  const [refreshState, setRefreshState] = useState<CustomersRefreshState>({ running: false, failures: [] });
  const refreshing = refreshState.running;
  const readRefreshState = useCallback(
    () => api.customersRefreshState().then(setRefreshState, () => setRefreshState({ running: false, failures: [] })),
    [],
  );
  useEffect(() => {
    // A refresh started elsewhere (the window's start, the landing page) may still run or have failed.
    void readRefreshState();
    return events.onCustomersUpdated(() => {
      // Each refresh part reports its end: the button stays busy until the last one.
      void readRefreshState();
      reload();
    });
  }, [reload, readRefreshState]);
  const rows = load.state === 'ready' || load.state === 'error' ? (load.data?.rows ?? null) : null;

  const [params, setParams] = useSearchParams();
  const param = params.get(showParam);
  const show: Show = isShow(param) ? param : 'all';
  const setShow = (s: Show) => setParams(s === 'all' ? {} : { [showParam]: s }, { replace: true });

  const {
    staged,
    stage,
    discard,
    dirtyCount,
    save: saveStaged,
    saving,
    saveError,
    savedNote,
  } = useStaged<StagedCustomer>();
  const [filter, setFilter] = useState('');
  const [showEnded, setShowEnded] = useState(false);
  const [refreshError, setRefreshError] = useState<AppError | null>(null);

  const view = useMemo(() => (rows ?? []).map((r) => applyStaged(r, staged[r.tenantId])), [rows, staged]);
  const counts = useMemo(() => countShows(view), [view]);
  const shown = useMemo(() => view.filter((r) => matchesShow(r, show) && matchesText(r, filter)), [view, show, filter]);
  const acceptable = shown.filter((r) => acceptSuggestion(r) !== null);

  const acceptAll = () => {
    for (const r of acceptable) stage(r.tenantId, acceptSuggestion(r)!);
  };
  const save = async () => {
    if (!rows) return;
    if (await saveStaged((s) => api.customersSave(toChanges(rows, s)))) reload();
  };
  const refresh = async () => {
    setRefreshError(null);
    try {
      await api.customersRefresh();
      await readRefreshState();
    } catch (e) {
      setRefreshError(toAppError(e));
    }
  };
  const tenantName = (id?: string) => rows?.find((r) => r.tenantId === id)?.name ?? id ?? '';

  return (
    <section aria-labelledby="customers-title">
      <LeaveGuard dirty={dirtyCount > 0} />
      <header className="page-header">
        <div>
          <p className="breadcrumb">{t('nav.psaIntegration')}</p>
          <h1 id="customers-title">{t('customers.title')}</h1>
        </div>
        <div className="page-actions">
          {rows && rows.length > 0 && (
            <TransferButtons
              kind="customers"
              onStage={(result) => {
                for (const [tenantId, change] of Object.entries(stageCustomerImport(result.customers)))
                  stage(tenantId, change);
              }}
            />
          )}
          <Button className="button" isDisabled={refreshing} onPress={() => void refresh()}>
            {refreshing ? t('customers.refreshing') : t('customers.refresh')}
          </Button>
        </div>
      </header>
      {refreshError && <ErrorBox>{t('customers.refreshFailed', { message: refreshError.message })}</ErrorBox>}
      {!refreshing && <RefreshFailures failures={refreshState.failures} />}
      {load.state === 'error' && <ErrorBox>{t('app.loadFailed', { message: load.error.message })}</ErrorBox>}
      {(load.state === 'loading' || load.state === 'idle') && <p aria-busy="true">{t('app.loading')}</p>}
      {rows && rows.length === 0 && <p className="empty">{t('customers.empty')}</p>}
      {rows && rows.length > 0 && (
        <>
          <div className="toolbar">
            <SearchField className="field inline" value={filter} onChange={setFilter}>
              <Label>{t('customers.filter')}</Label>
              <Input placeholder={t('customers.filterPlaceholder')} className="text-input" />
            </SearchField>
            <Select className="field inline" selectedKey={show} onSelectionChange={(k) => setShow(k as Show)}>
              <Label>{t('customers.show')}</Label>
              <Button className="select-button">
                <SelectValue />
                <span aria-hidden="true">▾</span>
              </Button>
              <Popover className="popover">
                <ListBox className="listbox">
                  {shows.map((s) => (
                    <ListBoxItem key={s} id={s} className="listbox-item">
                      {t(`customers.shows.${s}`, { count: counts[s] })}
                    </ListBoxItem>
                  ))}
                </ListBox>
              </Popover>
            </Select>
            <Checkbox className="pd-checkbox" isSelected={showEnded} onChange={setShowEnded}>
              <span className="pd-checkbox-box" aria-hidden="true" />
              {t('customers.showEnded')}
            </Checkbox>
            <div className="toolbar-spacer" />
            <Button className="button" isDisabled={acceptable.length === 0 || saving} onPress={acceptAll}>
              {t('customers.acceptAll')}
            </Button>
            <Button className="button" isDisabled={dirtyCount === 0 || saving} onPress={discard}>
              {t('customers.discard')}
            </Button>
            <Button className="button primary" isDisabled={dirtyCount === 0 || saving} onPress={() => void save()}>
              {saving ? t('customers.saving') : t('customers.save')}
            </Button>
          </div>

          <div className="status-line" role="status">
            <span>{t('customers.counts', { shown: shown.length, total: view.length })}</span>
            {dirtyCount > 0 && <strong className="unsaved">{t('customers.unsaved', { count: dirtyCount })}</strong>}
            {savedNote && dirtyCount === 0 && <span className="saved">{t('customers.saved')}</span>}
          </div>

          {saveError && <SaveFailure error={saveError} tenant={tenantName(saveError.record)} />}

          <CustomerTable
            rows={shown}
            showEnded={showEnded}
            onCompany={(row, c) => stage(row.tenantId, pickCompany(c))}
            onAgreement={(row, a) => stage(row.tenantId, { agreement: a })}
            onRemove={(row) => stage(row.tenantId, removeMapping)}
            onSync={(row, on) => stage(row.tenantId, { syncEnabled: on })}
            onAccept={(row) => stage(row.tenantId, acceptSuggestion(row)!)}
          />
        </>
      )}
    </section>
  );
}
