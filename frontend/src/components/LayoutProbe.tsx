import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../lib/api';
import { changeLanguage } from '../lib/i18n';
import { layoutProblems } from '../lib/layoutProbe';

/** How long the page must stay unchanged before it is probed: data and fonts have landed. */
const quietMs = 400;

/**
 * Only with --layout-probe PAGE or PAGE:LANGUAGE (the native-window screenshot check): opens
 * PAGE, in LANGUAGE when given (for this run only: nothing is saved, and the check does not
 * depend on the machine's locale), and once it has settled after loading or a resize, reports
 * layoutProblems() to the backend's log. Renders nothing and does nothing in normal use.
 */
export function LayoutProbe() {
  const navigate = useNavigate();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let observer: MutationObserver | undefined;
    let page = '';
    const probe = () => {
      // Only a page with its table rendered is worth a report (the data loads in the background).
      if (!document.querySelector('tbody tr + tr')) return;
      void api.reportLayout({
        page,
        width: window.innerWidth,
        height: window.innerHeight,
        problems: layoutProblems(),
      });
    };
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(probe, quietMs);
    };
    void api.layoutProbe().then(
      async (p) => {
        if (!p) return;
        page = p;
        const [path, language] = p.split(':');
        if (language === 'de' || language === 'en') await changeLanguage(language);
        navigate(`/${path}`);
        observer = new MutationObserver(later);
        observer.observe(document.body, { childList: true, subtree: true });
        window.addEventListener('resize', later);
        later();
      },
      // A backend that cannot say (an older one, a test without it) means no probe: normal use.
      () => undefined,
    );
    return () => {
      clearTimeout(timer);
      observer?.disconnect();
      window.removeEventListener('resize', later);
    };
  }, [navigate]);
  return null;
}
