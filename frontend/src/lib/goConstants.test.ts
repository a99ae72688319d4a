import { describe, expect, it } from 'vitest';
import de from '../locales/de';
import { errorCodes, eventNames } from './api';

// The Go sources of the bound services and everything under them, read as text at test
// time, so a code or event renamed on one side only fails here instead of in the app.
const goSources = Object.entries(
  import.meta.glob<string>(['../../../app/**/*.go', '!../../../app/**/*_test.go'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
);

/** The string values of Go constants whose name matches pattern (e.g. CodeInvalid Code = "invalid"). */
function goConstants(pattern: RegExp): string[] {
  const found = new Set<string>();
  for (const [, source] of goSources) for (const m of source.matchAll(pattern)) found.add(m[1] ?? '');
  return [...found].sort();
}

describe('constants shared with Go', () => {
  it('finds the Go sources', () => {
    expect(goSources.some(([path]) => path.endsWith('/app/errors.go'))).toBe(true);
  });

  it('has exactly the error codes of app/errors.go', () => {
    const go = goConstants(/^\s*Code\w+\s+Code\s*=\s*"([^"]+)"/gm);
    expect(go.length).toBeGreaterThan(0);
    expect([...errorCodes].sort()).toEqual(go);
  });

  it('has exactly the event names the backend emits', () => {
    const go = goConstants(/^\s*(?:const\s+)?Event\w+\s*(?:string\s*)?=\s*"([^"]+)"/gm);
    expect(go.length).toBeGreaterThan(0);
    expect(Object.values(eventNames).sort()).toEqual(go);
  });

  it('has words for every rule a customers save can break', () => {
    const go = goConstants(/^\s*Save\w+\s+SaveReason\s*=\s*"([^"]+)"/gm);
    expect(go.length).toBeGreaterThan(0);
    expect(Object.keys(de.customers.saveReason).sort()).toEqual(go);
  });
});
