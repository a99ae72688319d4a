import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { useLoad } from '../../../lib/useLoad';
import { formatAge } from '../../../lib/format';

/**
 * Why the search may find nothing or old data: no connection, a catalog never loaded,
 * or ConnectWise offline (the search still works on the cache). Silent when all is well.
 */
export function CatalogNote() {
  const { t, i18n } = useTranslation();
  const load = useLoad(api.catalogStatus);
  // The note is a hint: without a status (still loading, or failed) the search still works.
  const status = load.state === 'ready' ? load.data : null;

  if (!status) return null;
  let text = '';
  if (status.itemCount === 0)
    text = status.connected ? t('productDialogs.map.catalogEmpty') : t('productDialogs.map.notConnected');
  else if (status.offline) text = t('productDialogs.map.offline', { age: formatAge(status.ageMs, i18n.language) });
  if (!text) return null;
  return <p className={status.itemCount === 0 ? 'pd-note pd-warning' : 'pd-note'}>{text}</p>;
}
