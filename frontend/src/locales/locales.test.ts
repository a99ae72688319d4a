import { describe, expect, it } from 'vitest';
import de from './de';
import en from './en';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of leaves(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

describe('locales', () => {
  const g = leaves(de as unknown as Tree);
  const e = leaves(en as unknown as Tree);

  it('have the same keys', () => {
    expect([...e.keys()].sort()).toEqual([...g.keys()].sort());
  });

  it('have no empty strings and the same placeholders', () => {
    for (const [key, text] of g) {
      const other = e.get(key) ?? '';
      expect(text.trim(), key).not.toBe('');
      expect(other.trim(), key).not.toBe('');
      const vars = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
      expect(vars(other), key).toEqual(vars(text));
    }
  });

  it('use the seed labels', () => {
    expect(de.details.title).toBe('Details zu ConnectWise');
    expect(de.details.configure).toBe('Konfigurieren');
    expect(de.configure.title).toBe('Nutzungssynchronisierung konfigurieren');
    expect(en.details.title).toBe('ConnectWise details');
    expect(en.configure.title).toBe('Configure usage synchronization');
  });
});
