import { describe, expect, it } from 'vitest';
import { AppError, toAppError } from './api';

describe('toAppError', () => {
  it('reads the JSON the Go ErrorFormatter sends, wrapped in an Error by the Wails runtime', () => {
    const e = toAppError(new Error('{"code":"invalid","message":"too long","field":"identifier"}'));
    expect(e).toBeInstanceOf(AppError);
    expect([e.code, e.message, e.field]).toEqual(['invalid', 'too long', 'identifier']);
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
