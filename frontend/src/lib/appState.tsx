import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { api, type AppInfo, type Preferences, type Theme } from './api';
import { changeLanguage, resolveLanguage, type Language } from './i18n';

interface AppState {
  info: AppInfo;
  /** The remembered language choice; '' follows the OS. */
  languageChoice: '' | Language;
  language: Language;
  theme: Theme;
  setLanguage: (choice: '' | Language) => Promise<void>;
  setTheme: (theme: Theme) => Promise<void>;
}

const Ctx = createContext<AppState | null>(null);

/** Reads stored preferences defensively: an unknown value falls back to the default. */
export function parsePreferences(prefs: Preferences): { languageChoice: '' | Language; theme: Theme } {
  const languageChoice = prefs.language === 'de' || prefs.language === 'en' ? prefs.language : '';
  const theme = prefs.theme === 'light' || prefs.theme === 'dark' ? prefs.theme : 'system';
  return { languageChoice, theme };
}

const darkQuery = () => window.matchMedia?.('(prefers-color-scheme: dark)');
let followSystem: (() => void) | null = null;

/** Sets the page's theme; "system" follows the OS setting, also when it changes later. */
export function applyTheme(theme: Theme): void {
  const query = darkQuery();
  if (followSystem) query?.removeEventListener('change', followSystem);
  followSystem = null;
  const set = () => {
    document.documentElement.dataset.theme = theme === 'system' ? (query?.matches ? 'dark' : 'light') : theme;
  };
  set();
  if (theme === 'system' && query) {
    followSystem = set;
    query.addEventListener('change', set);
  }
}

export function AppStateProvider(props: {
  info: AppInfo;
  languageChoice: '' | Language;
  theme: Theme;
  children: ReactNode;
}) {
  const [languageChoice, setLanguageChoice] = useState(props.languageChoice);
  const [theme, setThemeState] = useState(props.theme);
  const setLanguage = useCallback(async (choice: '' | Language) => {
    await api.setLanguage(choice);
    setLanguageChoice(choice);
    await changeLanguage(resolveLanguage(choice));
  }, []);
  const setTheme = useCallback(async (next: Theme) => {
    await api.setTheme(next);
    setThemeState(next);
    applyTheme(next);
  }, []);
  const value = useMemo(
    () => ({
      info: props.info,
      languageChoice,
      language: resolveLanguage(languageChoice),
      theme,
      setLanguage,
      setTheme,
    }),
    [props.info, languageChoice, theme, setLanguage, setTheme],
  );
  return <Ctx.Provider value={value}>{props.children}</Ctx.Provider>;
}

export function useAppState(): AppState {
  const state = useContext(Ctx);
  if (!state) throw new Error('useAppState outside AppStateProvider');
  return state;
}
