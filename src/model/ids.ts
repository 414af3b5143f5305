// Fresh ids and display names for new elements: unique across the document,
// readable ("vm-03", "esxi-02"), and never one that 2.6 reserves.
import { listElements } from './elementIndex';
import type { Design } from './types';

export function usedIds(doc: Design): Set<string> {
  return new Set(listElements(doc).map((e) => e.id));
}

/** `prefix-01`, `prefix-02`, ...: the first one not taken. */
export function nextId(taken: ReadonlySet<string>, prefix: string): string {
  for (let n = 1; ; n++) {
    const candidate = `${prefix}-${String(n).padStart(2, '0')}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The first name `format(n)` not taken, counting from `start`: `vSwitch0`, `esxi-01`... */
export function nextName(takenNames: Iterable<string>, format: (n: number) => string, start = 1): string {
  const taken = new Set(takenNames);
  for (let n = start; ; n++) {
    const candidate = format(n);
    if (!taken.has(candidate)) return candidate;
  }
}

export const twoDigits = (n: number): string => String(n).padStart(2, '0');
