import { describe, expect, it } from 'vitest';
import { matchesAllWords, searchKey } from './match';

describe('matchesAllWords', () => {
  const row = ['Central Intercept X Advanced with XDR and MDR Complete - MSP Monthly', 'CIXAMTR-ADV-MSP'];

  it('needs every word, in any order, as a word prefix', () => {
    expect(matchesAllWords('xdr mdr', ...row)).toBe(true);
    expect(matchesAllWords('mdr xdr', ...row)).toBe(true);
    expect(matchesAllWords('int adv', ...row)).toBe(true);
    expect(matchesAllWords('xdr ndr', ...row)).toBe(false);
    expect(matchesAllWords('dr', ...row)).toBe(false); // not a word start
  });

  it('matches codes split at punctuation', () => {
    expect(matchesAllWords('cixamtr-adv', ...row)).toBe(true);
    expect(matchesAllWords('msp', ...row)).toBe(true);
  });

  it('ignores case, accents and German transliterations', () => {
    expect(matchesAllWords('mueller', 'Support Bäckerei Müller')).toBe(true);
    expect(matchesAllWords('MÜLL', 'Support Mueller')).toBe(true);
    expect(matchesAllWords('grosse', 'Monitor Größe 27')).toBe(true);
    expect(matchesAllWords('baeckerei', 'Support Bäckerei Müller')).toBe(true);
    expect(matchesAllWords('citroen', 'Citroën')).toBe(true);
  });

  it('matches everything on an empty or blank query', () => {
    expect(matchesAllWords('', ...row)).toBe(true);
    expect(matchesAllWords('  - ', ...row)).toBe(true);
  });
});

describe('searchKey', () => {
  it('folds like catalog.SearchKey', () => {
    expect(searchKey('Größe')).toBe('grosse');
    expect(searchKey('Müller')).toBe(searchKey('Mueller'));
    expect(searchKey('Ärger')).toBe('arger');
  });
});
