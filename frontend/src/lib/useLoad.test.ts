import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLoad, type Loader } from './useLoad';

/** A request the test answers by hand, remembering the signal it was given. */
function manual<T>() {
  const calls: { signal: AbortSignal; resolve: (v: T) => void; reject: (e: unknown) => void }[] = [];
  const load: Loader<T> = (signal) => new Promise<T>((resolve, reject) => calls.push({ signal, resolve, reject }));
  const call = (n: number) => calls[n] ?? expect.fail(`request ${n} was not made`);
  return { load, call };
}

describe('useLoad', () => {
  it('uses only the newest reply when an older one answers late', async () => {
    const first = manual<string>();
    const second = manual<string>();
    const { result, rerender } = renderHook(({ load }) => useLoad(load), { initialProps: { load: first.load } });
    rerender({ load: second.load });
    expect(first.call(0).signal.aborted).toBe(true);
    await act(async () => second.call(0).resolve('new'));
    await act(async () => first.call(0).resolve('old'));
    expect(result.current).toMatchObject({ state: 'ready', data: 'new', pending: false });
  });

  it('keeps the last answer while a reload runs, then replaces it', async () => {
    const m = manual<number>();
    const { result } = renderHook(() => useLoad(m.load));
    await act(async () => m.call(0).resolve(1));
    act(() => result.current.reload());
    expect(result.current).toMatchObject({ state: 'ready', data: 1, pending: true });
    await act(async () => m.call(1).resolve(2));
    expect(result.current).toMatchObject({ state: 'ready', data: 2, pending: false });
  });

  it('reports a failure as an AppError and keeps the last answer with it', async () => {
    const m = manual<number>();
    const { result } = renderHook(() => useLoad(m.load));
    await act(async () => m.call(0).resolve(7));
    act(() => result.current.reload());
    await act(async () => m.call(1).reject(new Error(JSON.stringify({ code: 'offline', message: 'no network' }))));
    expect(result.current).toMatchObject({ state: 'error', data: 7, pending: false });
    if (result.current.state !== 'error') throw new Error('not an error');
    expect(result.current.error.code).toBe('offline');
  });

  it('is idle without a loader and aborts the running request on unmount', async () => {
    const m = manual<string>();
    const { result, rerender, unmount } = renderHook(({ load }) => useLoad(load), {
      initialProps: { load: null as Loader<string> | null },
    });
    expect(result.current).toMatchObject({ state: 'idle', pending: false });
    rerender({ load: m.load });
    await waitFor(() => expect(result.current).toMatchObject({ state: 'loading', pending: true }));
    unmount();
    expect(m.call(0).signal.aborted).toBe(true);
  });
});
