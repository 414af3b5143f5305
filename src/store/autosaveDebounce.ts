// Debounce with a ceiling: a burst of edits becomes one write once it pauses,
// and a burst that never pauses (a long drag) is still written every `maxWaitMs`.

export interface Timers {
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export interface Debouncer {
  schedule: () => void;
  /** Drops a pending run; returns whether one was pending. */
  cancel: () => boolean;
  readonly pending: boolean;
}

const browserTimers: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createDebouncer(
  run: () => void,
  delayMs: number,
  maxWaitMs: number,
  timers: Timers = browserTimers,
): Debouncer {
  let quiet: unknown = null;
  let ceiling: unknown = null;
  const cancel = (): boolean => {
    const wasPending = quiet !== null;
    if (quiet !== null) timers.clearTimeout(quiet);
    if (ceiling !== null) timers.clearTimeout(ceiling);
    quiet = ceiling = null;
    return wasPending;
  };
  const fire = () => {
    cancel();
    run();
  };
  return {
    schedule: () => {
      if (quiet !== null) timers.clearTimeout(quiet);
      quiet = timers.setTimeout(fire, delayMs);
      ceiling ??= timers.setTimeout(fire, maxWaitMs);
    },
    cancel,
    get pending() {
      return quiet !== null;
    },
  };
}
