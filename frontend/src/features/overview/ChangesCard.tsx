import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Landing } from '../../lib/api';
import { formatNumber } from '../../lib/format';
import { monthLabel } from './chartData';
import { customerDetailPath } from '../customerdetail/path';

type Changes = Landing['changes'];

/** What changed since last month: new customers and products, the largest increases and decreases. */
export function ChangesCard({ changes }: { changes: Changes }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const num = (n: number) => formatNumber(n, lang);
  const signed = (n: number) => new Intl.NumberFormat(lang, { signDisplay: 'exceptZero' }).format(n);
  const customer = (id: string, name: string) => <Link href={customerDetailPath(id)}>{name || id}</Link>;
  return (
    <section className="card changes" aria-labelledby="changes-title">
      <h2 id="changes-title">{t('overview.changes')}</h2>
      <p className="card-note">
        {t('overview.changesOf', {
          month: monthLabel(changes.month, lang),
          previous: monthLabel(changes.previousMonth, lang),
        })}
      </p>
      <div className="change-grid">
        <div>
          <h3>{t('overview.newCustomers', { count: changes.newCustomers.length })}</h3>
          {changes.newCustomers.length === 0 ? (
            <p className="card-note">{t('overview.none')}</p>
          ) : (
            <ul>
              {changes.newCustomers.map((c) => (
                <li key={c.tenantId}>
                  {customer(c.tenantId, c.tenantName)} · {t('overview.products', { count: c.products })}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>{t('overview.newProducts', { count: changes.newProducts.length })}</h3>
          {changes.newProducts.length === 0 ? (
            <p className="card-note">{t('overview.none')}</p>
          ) : (
            <ul>
              {changes.newProducts.map((p) => (
                <li key={p.productKey}>
                  {p.description || p.productKey} · {num(p.billableQuantity + p.unassignedQuantity)}
                </li>
              ))}
            </ul>
          )}
        </div>
        {(['increases', 'decreases'] as const).map((kind) => (
          <div key={kind}>
            <h3>{t(`overview.${kind}`)}</h3>
            {changes[kind].length === 0 ? (
              <p className="card-note">{t('overview.none')}</p>
            ) : (
              <ul>
                {changes[kind].map((c) => (
                  <li key={c.tenantId + c.productKey}>
                    {customer(c.tenantId, c.tenantName)} · {c.description || c.productKey}:{' '}
                    <span className={kind === 'increases' ? 'up' : 'down'}>{signed(c.change)}</span>{' '}
                    <span className="card-note">
                      ({num(c.previousQuantity)} → {num(c.currentQuantity)})
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
