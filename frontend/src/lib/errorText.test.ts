import { beforeAll, describe, expect, it } from 'vitest';
import i18n from 'i18next';
import { AppError, errorCodes } from './api';
import { errorText } from './errorText';
import { initI18n } from './i18n';
import de from '../locales/de';

beforeAll(async () => {
  await initI18n('de');
});

describe('errorText', () => {
  const t = i18n.getFixedT('de');

  it('never shows Go’s English text for a known code', () => {
    const english = 'ConnectWise already has a product with the identifier X; sync can only be on';
    for (const code of errorCodes) {
      if (code === 'upstream') continue; // ConnectWise's own words are quoted
      const text = errorText(new AppError(code, english), t);
      expect(text, code).not.toContain(english);
      expect(text, code).not.toMatch(/^errors\./); // a key, i.e. a missing string
    }
  });

  it('names the field in German', () => {
    expect(errorText(new AppError('invalid', 'identifier: too long', 'identifier'), t)).toBe(
      'Produkt-ID wurde nicht akzeptiert.',
    );
    expect(errorText(new AppError('invalid', 'x', 'sync'), t)).toBe(de.errors.invalid);
  });

  it('keeps the reference of an internal error', () => {
    expect(errorText(new AppError('internal', 'Internal error (ref E12345)'), t)).toBe(
      'Interner Fehler (Referenz E12345). Details stehen im Protokoll.',
    );
  });

  it('says which product has a taken identifier', () => {
    const item = { id: 1, identifier: 'SOPH-XDR', description: 'XDR' } as never;
    expect(errorText(new AppError('conflict', 'already has', 'identifier', 'CIXA', item), t)).toBe(
      'Produkt-ID existiert bereits in ConnectWise: SOPH-XDR – XDR',
    );
  });
});
