import { describe, expect, it } from 'vitest';
import { highlightParts } from './highlight';

const marked = (text: string, query: string) =>
  highlightParts(text, query)
    .filter((p) => p.mark)
    .map((p) => p.text);

describe('highlightParts', () => {
  it('marks word prefixes like the full-text search, ignoring case and accents', () => {
    expect(marked('Bäckerei Müller Lizenz', 'back mul')).toEqual(['Bäck', 'Mül']);
  });

  it('marks the whole query as an identifier prefix, punctuation included', () => {
    expect(marked('SOPH-XDR-100', 'soph-xd')).toEqual(['SOPH-XD']);
  });

  it('marks nothing inside words and keeps the text intact', () => {
    const parts = highlightParts('Intercept X', 'cept');
    expect(parts).toEqual([{ text: 'Intercept X', mark: false }]);
  });
});
