import { afterEach, describe, expect, it, vi } from 'vitest';
import { idle, whenIdle } from '../src/idle.ts';

describe('idle time', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('asks the browser for idle time, bounded by the timeout', () => {
    const ric = vi.fn((cb: () => void) => {
      cb();
      return 1;
    });
    vi.stubGlobal('requestIdleCallback', ric);
    const cb = vi.fn();
    whenIdle(cb, 1234);
    expect(ric).toHaveBeenCalledWith(cb, { timeout: 1234 });
    expect(cb).toHaveBeenCalledOnce();
  });

  it('falls back to a short timer where there is no requestIdleCallback', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    let done = false;
    void idle(1000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(49);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
