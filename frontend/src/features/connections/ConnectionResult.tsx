import { useTranslation } from 'react-i18next';
import type { ConnectWiseTest, SophosTest } from '../../lib/api';
import type { Messages } from '../../locales/de';

type Failure = ConnectWiseTest['failure'];
type FailureText = keyof Messages['connections']['failure'];

/** The failure codes of app/conntest.go this frontend has words for. */
const knownFailures = [
  'unreachable',
  'unknown_company',
  'bad_keys',
  'bad_client_id',
  'catalog_permission',
  'unknown_client',
  'bad_secret',
  'bad_credentials',
  'not_partner',
  'missing_permission',
  'rate_limited',
] as const satisfies readonly FailureText[];

const isKnown = (failure: Failure): failure is (typeof knownFailures)[number] =>
  (knownFailures as readonly string[]).includes(failure ?? '');

/** i18n key of a failure code (app/conntest.go); Sophos' "not a partner" names the kind. */
export function failureKey(failure: Failure, idType?: string): `connections.failure.${FailureText}` {
  if (failure === 'not_partner' && (idType === 'organization' || idType === 'tenant')) {
    return `connections.failure.not_partner_${idType}`;
  }
  return `connections.failure.${isKnown(failure) ? failure : 'unexpected_response'}`;
}

/** The outcome of "Verbindung testen": a verdict, the reason in words, and what works. */
function ResultView(props: { ok: boolean; failure: string; detail?: string; works: string[] }) {
  const { t } = useTranslation();
  return (
    <div className={props.ok ? 'test-result ok' : 'test-result failed'}>
      <p className="test-verdict">
        <span aria-hidden="true">{props.ok ? '✓ ' : '✗ '}</span>
        {props.ok ? t('connections.result.ok') : t('connections.result.failed')}
      </p>
      {!props.ok && <p className="test-reason">{props.failure}</p>}
      {props.works.length > 0 ? (
        <>
          <p className="test-works-title">{t('connections.result.works')}</p>
          <ul className="test-works">
            {props.works.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      ) : (
        !props.ok && <p className="field-hint">{t('connections.result.nothingWorks')}</p>
      )}
      {props.detail && (
        <details>
          <summary>{t('connections.result.detail')}</summary>
          <code>{props.detail}</code>
        </details>
      )}
    </div>
  );
}

export function ConnectWiseResult({ r }: { r: ConnectWiseTest }) {
  const { t } = useTranslation();
  const works = [
    r.reachable && t('connections.result.reachable'),
    r.companyName && t('connections.result.company', { name: r.companyName }),
    r.version && t('connections.result.version', { version: r.version }),
    r.authOk && t('connections.result.auth'),
    r.catalogReadable && t('connections.result.catalog', { count: r.catalogItems }),
  ].filter((w): w is string => typeof w === 'string' && w !== '');
  return <ResultView ok={r.ok} failure={t(failureKey(r.failure))} detail={r.detail} works={works} />;
}

export function SophosResult({ r }: { r: SophosTest }) {
  const { t } = useTranslation();
  const works = [
    r.partnerId && t('connections.result.partner', { id: r.partnerId }),
    r.tenantsRead && t('connections.result.tenants', { count: r.tenants }),
  ].filter((w): w is string => typeof w === 'string' && w !== '');
  return <ResultView ok={r.ok} failure={t(failureKey(r.failure, r.idType))} detail={r.detail} works={works} />;
}
