// Problems as the reference states them, with how their `elements` are to be
// compared where 2.5 fixes an order and where it does not.
import type { ProblemCode, Severity } from '../../../src/engine/types';

export const SEVERITY: Record<ProblemCode, Severity> = {
  'mtu-mismatch': 'warning',
  'vlan-not-carried': 'error',
  'uplink-vlan-inconsistent': 'warning',
  'uplink-not-cabled': 'warning',
  'no-uplink': 'warning',
  'native-vlan-mismatch': 'warning',
  'host-not-on-switch': 'error',
  'vlan-outside-trunk': 'error',
  'duplicate-ip': 'error',
  'gateway-not-in-subnet': 'warning',
  'gateway-unreachable': 'error',
  'dhcp-no-server': 'error',
  'dhcp-pool-exhausted': 'error',
  'promiscuous-mode': 'warning',
  'shadowed-rule': 'warning',
  'vm-powered-off': 'info',
};

/**
 * ordered: exactly these ids in this order. set: these ids, any order (2.5 gives none).
 * first-then-set: the first id fixed, the rest in any order. first: only the first id is
 * certain (shadowed-rule: which "rules that cover it" is open). domain: mtu-mismatch within a
 * domain, `elements` are the members above the smallest MTU in any order, then one of `smallest`.
 */
export type ElementMatch = 'ordered' | 'set' | 'first-then-set' | 'first' | 'domain';

export interface RefProblem {
  code: ProblemCode;
  elements: string[];
  match: ElementMatch;
  /** The links 2.5 gives this problem, when it gives them exactly; null: not compared. */
  links: string[] | null;
  smallest?: string[];
}

/** A problem the reference cannot decide: any problem of `code` whose elements satisfy `when` is left out. */
export interface Ignore {
  code: ProblemCode;
  why: string;
  when: (elements: string[]) => boolean;
}

export interface RefProblems {
  problems: RefProblem[];
  ignores: Ignore[];
}

/** Leaves out the problems of `code` whose first element is one of `ids` (none when `ids` is empty). */
export const ignoreFirst = (code: ProblemCode, ids: Iterable<string>, why: string): Ignore[] => {
  const set = new Set(ids);
  if (set.size === 0) return [];
  return [{ code, why, when: (elements) => elements[0] !== undefined && set.has(elements[0]) }];
};

/** Leaves out the problem of `code` with exactly these elements. */
export const ignoreExactly = (code: ProblemCode, elements: string[], why: string): Ignore => {
  const key = elements.join('|');
  return { code, why, when: (e) => e.join('|') === key };
};

export const ignoreAll = (code: ProblemCode, why: string): Ignore => ({ code, why, when: () => true });

/** Whether an engine problem's elements match a reference problem. */
export function elementsMatch(ref: RefProblem, elements: string[]): boolean {
  const same = (a: string[], b: string[]) =>
    a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');
  switch (ref.match) {
    case 'ordered':
      return ref.elements.join('|') === elements.join('|');
    case 'set':
      return same(ref.elements, elements);
    case 'first-then-set':
      return ref.elements[0] === elements[0] && same(ref.elements.slice(1), elements.slice(1));
    case 'first':
      return ref.elements[0] === elements[0];
    case 'domain': {
      const last = elements[elements.length - 1];
      return (
        last !== undefined && (ref.smallest ?? []).includes(last) && same(ref.elements, elements.slice(0, -1))
      );
    }
  }
}
