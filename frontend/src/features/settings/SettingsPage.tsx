import { useState } from 'react';
import {
  Button,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Radio,
  RadioGroup,
  Select,
  SelectValue,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { toAppError, type Theme } from '../../lib/api';
import { useAppState } from '../../lib/appState';
import type { Language } from '../../lib/i18n';
import { ErrorBox } from '../../components/ErrorBox';
import { errorText } from '../../lib/errorText';
import { ResetDemo } from './ResetDemo';

type LanguageKey = 'system' | Language;

/** "Einstellungen": language, appearance, and where this install keeps its data. */
export default function SettingsPage() {
  const { t } = useTranslation();
  const { info, languageChoice, setLanguage, theme, setTheme } = useAppState();
  const [error, setError] = useState<string>('');
  const guard = (p: Promise<void>) =>
    p.then(
      () => setError(''),
      (e: unknown) => setError(errorText(toAppError(e), t)),
    );

  return (
    <section aria-labelledby="settings-title">
      <header className="page-header">
        <h1 id="settings-title">{t('settings.title')}</h1>
      </header>
      <ErrorBox message={error} />
      <div className="form-grid">
        <Select
          className="field"
          selectedKey={languageChoice || 'system'}
          onSelectionChange={(key) => guard(setLanguage(key === 'system' ? '' : (key as Language)))}
        >
          <Label>{t('settings.language')}</Label>
          <Button className="select-button">
            <SelectValue />
            <span aria-hidden="true">▾</span>
          </Button>
          <Popover className="popover">
            <ListBox<{ id: LanguageKey; name: string }>
              className="listbox"
              items={[
                { id: 'system', name: t('settings.languageSystem') },
                { id: 'de', name: t('languageNames.de') },
                { id: 'en', name: t('languageNames.en') },
              ]}
            >
              {(item) => (
                <ListBoxItem className="listbox-item" lang={item.id === 'system' ? undefined : item.id}>
                  {item.name}
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </Select>

        <RadioGroup className="field" value={theme} onChange={(v) => guard(setTheme(v as Theme))}>
          <Label>{t('settings.theme')}</Label>
          <div className="radio-row">
            <Radio className="radio" value="system">
              {t('settings.themeSystem')}
            </Radio>
            <Radio className="radio" value="light">
              {t('settings.themeLight')}
            </Radio>
            <Radio className="radio" value="dark">
              {t('settings.themeDark')}
            </Radio>
          </div>
        </RadioGroup>
      </div>

      <h2>{t('settings.about')}</h2>
      <dl className="facts">
        <dt>{t('settings.version')}</dt>
        <dd>{info.version}</dd>
        <dt>{t('settings.mode')}</dt>
        <dd>
          {info.demo ? t('settings.modeDemo') : t('settings.modeLive')}
          {info.demo && <ResetDemo />}
        </dd>
        <dt>{t('settings.dataDir')}</dt>
        <dd>
          <code>{info.dataDir}</code>
        </dd>
        <dt>{t('settings.database')}</dt>
        <dd>
          <code>{info.databasePath}</code>
        </dd>
        <dt>{t('settings.logDir')}</dt>
        <dd>
          <code>{info.logDir}</code>
        </dd>
        <dt>{t('settings.schemaVersion')}</dt>
        <dd>{info.schemaVersion}</dd>
      </dl>
    </section>
  );
}
