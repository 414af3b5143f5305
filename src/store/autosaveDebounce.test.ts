import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDebouncer } from './autosaveDebounce';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createDebouncer', () => {
  it('runs once, a delay after the last call', () => {
    const run = vi.fn();
    const debouncer = createDebouncer(run, 400, 3000);
    debouncer.schedule();
    vi.advanceTimersByTime(399);
    debouncer.schedule();
    vi.advanceTimersByTime(399);
    expect(run).not.toHaveBeenCalled();
    expect(debouncer.pending).toBe(true);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(debouncer.pending).toBe(false);
  });

  it('runs at the ceiling when calls never pause', () => {
    const run = vi.fn();
    const debouncer = createDebouncer(run, 400, 1000);
    for (let t = 0; t < 1000; t += 200) {
      debouncer.schedule();
      vi.advanceTimersByTime(200);
    }
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('cancel drops the pending run and says whether there was one', () => {
    const run = vi.fn();
    const debouncer = createDebouncer(run, 400, 1000);
    expect(debouncer.cancel()).toBe(false);
    debouncer.schedule();
    expect(debouncer.cancel()).toBe(true);
    vi.advanceTimersByTime(5000);
    expect(run).not.toHaveBeenCalled();
  });
});
