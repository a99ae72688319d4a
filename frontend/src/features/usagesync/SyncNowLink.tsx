import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/** The configure page's "Jetzt synchronisieren": opens the usage sync page. */
export function SyncNowLink(props: { href: string }) {
  const { t } = useTranslation();
  return (
    <Link className="button" href={props.href}>
      {t('configure.syncNow')}
    </Link>
  );
}
