// Runs a benchmark script in a child Node process (through tsx), collects
// its last IPC report, watches its --trace-gc output for the heap's peak, and
// kills it at a time cap.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { heapBeforeGc } from './heap';

export interface ChildOutcome<T> {
  /** The last report the child sent, or null. */
  last: T | null;
  /** How long before the child ended its last report came (ms). */
  sinceLastMs: number;
  exitCode: number | null;
  timedOut: boolean;
  /** The largest heap before a collection (MB), when run with --trace-gc. */
  gcPeakMB: number;
}

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export function runChild<T>(
  script: string,
  args: readonly string[],
  options: { capMs: number; nodeFlags?: readonly string[] },
): Promise<ChildOutcome<T>> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), '--import', 'tsx', path, ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const outcome: ChildOutcome<T> = {
    last: null,
    sinceLastMs: 0,
    exitCode: null,
    timedOut: false,
    gcPeakMB: 0,
  };
  let lastAt = performance.now();
  child.on('message', (message) => {
    outcome.last = message as T;
    lastAt = performance.now();
  });
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const before = heapBeforeGc(line);
    if (before === null) process.stderr.write(`${line}\n`);
    else outcome.gcPeakMB = Math.max(outcome.gcPeakMB, before);
  });
  const timer = setTimeout(() => {
    outcome.timedOut = true;
    child.kill('SIGKILL');
  }, options.capMs);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      outcome.exitCode = code;
      outcome.sinceLastMs = performance.now() - lastAt;
      resolve(outcome);
    });
  });
}
