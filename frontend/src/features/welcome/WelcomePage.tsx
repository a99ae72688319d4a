import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ModeButton } from '../connections/ModeButton';

/**
 * First run: offer demo data or connecting real accounts. Either choice is remembered, so
 * the welcome does not come back; both can be changed later on "Verbindungen".
 */
export default function WelcomePage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="welcome-title" className="welcome">
      <header className="page-header">
        <h1 id="welcome-title">{t('welcome.title')}</h1>
      </header>
      <p className="welcome-intro">{t('welcome.intro')}</p>
      <div className="welcome-choices">
        <section className="card" aria-labelledby="welcome-demo">
          <h2 id="welcome-demo">{t('welcome.demoTitle')}</h2>
          <p>{t('welcome.demoText')}</p>
          <ModeButton demo primary />
        </section>
        <section className="card" aria-labelledby="welcome-connect">
          <h2 id="welcome-connect">{t('welcome.connectTitle')}</h2>
          <p>{t('welcome.connectText')}</p>
          <ModeButton demo={false} primary />
        </section>
      </div>
      <p className="field-hint">{t('welcome.separate')}</p>
    </section>
  );
}

/** Opens the welcome once when the app starts on a first run (nothing chosen yet). */
export function FirstRunRedirect(props: { welcome: boolean; to: string }) {
  const navigate = useNavigate();
  const done = useRef(false);
  useEffect(() => {
    if (props.welcome && !done.current) {
      done.current = true;
      navigate(props.to, { replace: true });
    }
  }, [props.welcome, props.to, navigate]);
  return null;
}
