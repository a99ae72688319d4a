import { useCallback, useState } from 'react';
import { Button, Input, Label, SearchField, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadView } from '../../components/LoadView';
import { LookupSelect } from '../../components/LookupSelect';
import { api, type SyncRun, type WriteFilter } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { ExportSyncLinesMenu } from '../transfer/ExportSyncLinesMenu';
import { writeLinesOf } from '../transfer/syncLines';
import { useLoad } from '../../lib/useLoad';
import { WritesTable } from './WritesTable';
import { known, runCounts, runResults, runTriggers, writeActions } from './historyLogic';
import '../usagesync/usagesync.css';

const scopes = ['all', 'runs', 'other'] as const;

/** Page "Verlauf": the sync runs, newest first, and every ConnectWise write with before and after. */
export default function HistoryPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const runId = Number(params.get('run') ?? 0) || 0;
  const runs = useLoad(api.syncRuns);
  const [filter, setFilter] = useState<Omit<WriteFilter, 'runId'>>({
    scope: 'all',
    customer: '',
    product: '',
    action: '',
    from: '',
    to: '',
  });
  const set = (patch: Partial<WriteFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const loadWrites = useCallback(() => api.writeHistory({ ...filter, runId }), [filter, runId]);
  const writes = useLoad(loadWrites);
  const selected = runs.state === 'ready' ? runs.data.find((r) => r.id === runId) : undefined;

  const dateTime = (iso: string) => (iso ? formatDateTime(iso, i18n.language) : '');
  const selectRun = (id: number) => setParams(id ? { run: String(id) } : {});

  return (
    <section aria-labelledby="history-title" className="history-page">
      <header className="page-header">
        <div>
          <p className="breadcrumb">{t('nav.psaIntegration')}</p>
          <h1 id="history-title">{t('history.title')}</h1>
        </div>
      </header>

      <section aria-labelledby="history-runs">
        <h2 id="history-runs">{t('history.runs')}</h2>
        <LoadView load={runs}>
          {(list) =>
            list.length === 0 ? (
              <p className="empty">{t('history.noRuns')}</p>
            ) : (
              <table className="product-table sync-table" aria-label={t('history.runsLabel')}>
                <thead>
                  <tr>
                    <th scope="col">{t('history.col.started')}</th>
                    <th scope="col">{t('history.col.trigger')}</th>
                    <th scope="col">{t('history.col.month')}</th>
                    <th scope="col">{t('history.col.counts')}</th>
                    <th scope="col">{t('history.col.result')}</th>
                    <th scope="col">{t('history.col.actor')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('history.showWrites')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((r: SyncRun) => (
                    <tr key={r.id} data-selected={r.id === runId || undefined} data-run={r.id}>
                      <th scope="row">{dateTime(r.startedAt)}</th>
                      <td>{t(`history.trigger.${known(runTriggers, r.trigger, 'manual')}`)}</td>
                      <td>{r.month}</td>
                      <td>{t('history.counts', runCounts(r.counts))}</td>
                      <td>
                        <span className={`badge result-badge result-${r.result}`}>
                          {t(`history.result.${known(runResults, r.result, 'failed')}`)}
                        </span>
                        {r.errors && <div className="reason warning">{r.errors}</div>}
                      </td>
                      <td>{r.actor}</td>
                      <td>
                        <Button
                          className="button small"
                          aria-label={`${t('history.showWrites')}: ${t('history.run', { id: r.id })}`}
                          onPress={() => selectRun(r.id)}
                        >
                          {t('history.showWrites')}
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </LoadView>
      </section>

      <section aria-labelledby="history-writes">
        <h2 id="history-writes">
          {runId ? t('history.writesOfRun', { id: runId, month: selected?.month ?? '' }) : t('history.writes')}
        </h2>
        <div className="toolbar">
          {runId ? (
            <Button className="button" onPress={() => selectRun(0)}>
              {t('history.allRuns')}
            </Button>
          ) : (
            <LookupSelect
              name="scope"
              className="inline"
              label={t('history.scope')}
              choices={[
                { id: 'all', name: t('history.scopeAll') },
                { id: 'runs', name: t('history.scopeRuns') },
                { id: 'other', name: t('history.scopeOther') },
              ]}
              value={filter.scope}
              onChange={(k) => set({ scope: known(scopes, String(k), 'all') })}
            />
          )}
          <SearchField className="field inline" value={filter.customer} onChange={(customer) => set({ customer })}>
            <Label>{t('history.filterCustomer')}</Label>
            <Input className="text-input" />
          </SearchField>
          <SearchField className="field inline" value={filter.product} onChange={(product) => set({ product })}>
            <Label>{t('history.filterProduct')}</Label>
            <Input className="text-input" />
          </SearchField>
          <LookupSelect
            name="action"
            className="inline"
            label={t('history.filterAction')}
            choices={[
              { id: 'any', name: t('history.allActions') },
              ...writeActions.map((a) => ({ id: a, name: t(`history.writeAction.${a}`) })),
            ]}
            value={filter.action || 'any'}
            onChange={(k) => set({ action: k === 'any' ? '' : String(k) })}
          />
          <TextField className="field inline" value={filter.from} onChange={(from) => set({ from })}>
            <Label>{t('history.from')}</Label>
            <Input className="text-input" type="date" />
          </TextField>
          <TextField className="field inline" value={filter.to} onChange={(to) => set({ to })}>
            <Label>{t('history.to')}</Label>
            <Input className="text-input" type="date" />
          </TextField>
        </div>
        <LoadView load={writes}>
          {(list) => (
            <>
              {runId > 0 && (
                <div className="toolbar">
                  <ExportSyncLinesMenu title={t('transfer.runSheet', { id: runId })} lines={writeLinesOf(list)} />
                </div>
              )}
              <WritesTable writes={list} dateTime={dateTime} />
            </>
          )}
        </LoadView>
      </section>
    </section>
  );
}
