import { describe, expect, it } from 'vitest';
import { AppError, toAppError } from './api';

describe('toAppError', () => {
  it('reads the JSON the Go ErrorFormatter sends, wrapped in an Error by the Wails runtime', () => {
    const e = toAppError(new Error('{"code":"invalid","message":"too long","field":"identifier"}'));
    expect(e).toBeInstanceOf(AppError);
    expect([e.code, e.message, e.field]).toEqual(['invalid', 'too long', 'identifier']);
  });

  it("keeps the rule a save broke, for words in the user's language", () => {
    const e = toAppError(
      new Error('{"code":"invalid","message":"m","field":"sync","record":"t1","reason":"sync_needs_mapping"}'),
    );
    expect([e.field, e.record, e.reason]).toEqual(['sync', 't1', 'sync_needs_mapping']);
  });

  it('keeps a plain runtime error readable', () => {
    const e = toAppError(new Error('Call to app.X timed out. Request ID: 7'));
    expect([e.code, e.message]).toEqual(['internal', 'Call to app.X timed out. Request ID: 7']);
  });

  it('does not trust unknown codes or shapes', () => {
    expect(toAppError('{"code":"weird","message":"m"}').code).toBe('internal');
    expect(toAppError({ nope: 1 }).message).toBe('{"nope":1}');
    expect(toAppError('').message).toBe('Unknown error');
  });
});
