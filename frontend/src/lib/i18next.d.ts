// Type-checks every t() key against the German source (de.ts): a misspelt or removed key
// fails `npm run typecheck` instead of showing the raw key in the app. en.ts is typed as
// Messages, so it must have exactly the same keys.
import 'i18next';
import type { Messages } from '../locales/de';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // Messages: de.ts's keys with plain string values, so t() returns string, not the German text.
    resources: { translation: Messages };
  }
}
