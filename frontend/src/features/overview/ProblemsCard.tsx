import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { DashboardProblem } from '../../lib/api';
import { monthLabel } from './chartData';
import { customerDetailPath } from '../customerdetail/path';

/** The kinds of problem the backend lists (dashboard.ProblemKind). */
const kinds = ['stale_mapping', 'customer', 'several_additions', 'run_failed', 'scheduled_run_failed'] as const;
type Kind = (typeof kinds)[number];
const kindOf = (k: string): Kind => kinds.find((x) => x === k) ?? 'customer';

/** The codes a problem carries: stale reasons, customers.Problem codes, run results. */
const codes = [
  'deleted',
  'inactive',
  'renamed',
  'agreement_cancelled',
  'agreement_expired',
  'agreement_inactive',
  'agreement_not_found',
  'company_deleted',
  'company_inactive',
  'tenant_suspended',
  'tenant_gone',
  'not_usage_billing',
  'failed',
  'partial',
  'interrupted',
] as const;
const codeKey = (c: string) => codes.find((x) => x === c);

/** Where a problem is fixed. */
function hrefOf(p: DashboardProblem): string | null {
  switch (kindOf(p.kind)) {
    case 'stale_mapping':
      return '/configure?show=stale';
    case 'customer':
      return customerDetailPath(p.tenantId);
    case 'several_additions': // the usage sync page of the month, where the choose dialog is
      return `/sync?month=${encodeURIComponent(p.month)}`;
    default:
      return null; // the usage sync history page links runs once it exists
  }
}

/** "Needs attention": stale mappings, customer problems, several additions and failed runs, in one list. */
export function ProblemsCard({ problems }: { problems: DashboardProblem[] }) {
  const { t, i18n } = useTranslation();
  const subject = (p: DashboardProblem) =>
    p.runId ? monthLabel(p.subject, i18n.language) : p.subject || p.productKey || p.tenantId;
  return (
    <section className="card problems" aria-labelledby="problems-title">
      <h2 id="problems-title">{t('overview.problems', { count: problems.length })}</h2>
      {problems.length === 0 ? (
        <p className="card-value">{t('overview.noProblems')}</p>
      ) : (
        <ul className="problem-list">
          {problems.map((p, i) => {
            const href = hrefOf(p);
            const kind = kindOf(p.kind);
            const text = t(`overview.problem.${kind}`, {
              subject: subject(p),
              product: p.product,
              agreement: p.agreement,
            });
            return (
              <li key={i}>
                {href ? <Link href={href}>{text}</Link> : text}
                <span className="card-note">
                  {' '}
                  ·{' '}
                  {kind === 'several_additions'
                    ? t('overview.additionIds', { ids: p.codes.join(', ') })
                    : p.codes
                        .map((c) => {
                          const key = codeKey(c);
                          return key ? t(`overview.code.${key}`) : c;
                        })
                        .join(', ')}
                </span>
                {p.detail && <pre className="problem-detail">{p.detail}</pre>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
