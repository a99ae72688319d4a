import { useTranslation } from 'react-i18next';
import type { WriteEntry } from '../../lib/api';
import { changedFields, known, valueText, writeActions } from './historyLogic';

/** ConnectWise writes with the fields each changed, before and after. */
export function WritesTable(props: { writes: WriteEntry[]; dateTime(iso: string): string }) {
  const { t } = useTranslation();
  if (props.writes.length === 0) return <p className="empty">{t('history.noWrites')}</p>;
  return (
    <div className="table-scroll">
      <table className="product-table sync-table" aria-label={t('history.writesLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('history.col.at')}</th>
            <th scope="col">{t('history.col.action')}</th>
            <th scope="col">{t('history.col.record')}</th>
            <th scope="col">{t('history.col.before')}</th>
            <th scope="col">{t('history.col.after')}</th>
            <th scope="col">{t('history.col.actor')}</th>
          </tr>
        </thead>
        <tbody>
          {props.writes.map((w) => {
            const changes = changedFields(w.before, w.after);
            const created = changes.every((c) => c.before === undefined);
            return (
              <tr key={w.id}>
                <th scope="row">{props.dateTime(w.at)}</th>
                <td>
                  {t(`history.writeAction.${known(writeActions, w.action, 'update_addition')}`)}
                  {w.runId > 0 && <div className="reason">{t('history.run', { id: w.runId })}</div>}
                </td>
                <td>
                  <div>{w.label}</div>
                  <div className="product-meta">
                    <code>#{w.entityId}</code>
                  </div>
                </td>
                <td>
                  {created ? (
                    <span className="muted">{t('history.empty')}</span>
                  ) : (
                    <ul className="change-list">
                      {changes.map((c) => (
                        <li key={c.field}>
                          <code>{c.field}</code>: {valueText(c.before) || t('history.empty')}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  <ul className="change-list">
                    {changes.map((c) => (
                      <li key={c.field}>
                        <code>{c.field}</code>: {valueText(c.after) || t('history.empty')}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>{w.actor}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
