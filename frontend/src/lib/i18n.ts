import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from '../locales/de';
import en from '../locales/en';

export const languages = ['de', 'en'] as const;
export type Language = (typeof languages)[number];

/** The OS language as the web view reports it, reduced to one we have (German or English). */
export function systemLanguage(preferred: readonly string[] = navigator.languages ?? [navigator.language]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'de' || base === 'en') return base;
  }
  return 'en';
}

/** The language to show: the remembered choice, or the OS language when none was made. */
export function resolveLanguage(choice: string): Language {
  return choice === 'de' || choice === 'en' ? choice : systemLanguage();
}

export async function initI18n(language: Language): Promise<typeof i18n> {
  await i18n.use(initReactI18next).init({
    resources: { de: { translation: de }, en: { translation: en } },
    lng: language,
    fallbackLng: false, // a missing string must show up as its key in tests, not silently in German
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18n;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
}
