// What an edit changed, found by identity: commands copy only what they
// change, so the elements whose objects differ are exactly the edited ones.
// Null when the edit did more than replace elements in place (added or removed
// one, touched the layout or another key): then only a full validation can say.
import { DESIGN_INERT, ELEMENT_RULES, RULE_RULES, type ElementRules } from './inertFields';
import type { Design } from '../types';

export interface ElementEdit {
  rules: ElementRules;
  before: unknown;
  after: unknown;
  /** Only keys that no semantic check reads changed (inertFields.ts). */
  inert: boolean;
}

export interface EditScope {
  edits: ElementEdit[];
  /** The document's own display keys that changed (name, notes). */
  designKeys: string[];
}

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const changedKeys = (a: Plain, b: Plain): string[] =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => a[key] !== b[key]);

/** Two lists of sub-objects that differ only in `inert` keys, item by item. */
function inertList(a: unknown, b: unknown, inert: ReadonlySet<string>): boolean {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((item, i) => {
    const other: unknown = b[i];
    if (item === other) return true;
    return isPlain(item) && isPlain(other) && changedKeys(item, other).every((key) => inert.has(key));
  });
}

function elementEdit(rules: ElementRules, before: unknown, after: unknown): ElementEdit | null {
  if (!isPlain(before) || !isPlain(after)) return null;
  const inert = changedKeys(before, after).every((key) => {
    if (rules.inert.has(key)) return true;
    const nested = rules.nested?.[key];
    return nested !== undefined && inertList(before[key], after[key], nested);
  });
  return { rules, before, after, inert };
}

/** The edits of one element array, or null when it changed length or holds a non-object. */
function arrayEdits(rules: ElementRules, before: unknown, after: unknown, into: ElementEdit[]): boolean {
  if (!Array.isArray(before) || !Array.isArray(after) || before.length !== after.length) return false;
  for (let i = 0; i < after.length; i++) {
    if (before[i] === after[i]) continue;
    const edit = elementEdit(rules, before[i], after[i]);
    if (!edit) return false;
    into.push(edit);
  }
  return true;
}

export function editScope(before: Design, after: Design): EditScope | null {
  const a = before as unknown as Plain;
  const b = after as unknown as Plain;
  const scope: EditScope = { edits: [], designKeys: [] };
  for (const key of changedKeys(a, b)) {
    const rules = ELEMENT_RULES[key];
    if (rules) {
      if (!arrayEdits(rules, a[key], b[key], scope.edits)) return null;
    } else if (key === 'firewall') {
      const [fa, fb] = [a[key], b[key]];
      if (!isPlain(fa) || !isPlain(fb) || changedKeys(fa, fb).some((k) => k !== 'rules')) return null;
      if (!arrayEdits(RULE_RULES, fa.rules, fb.rules, scope.edits)) return null;
    } else if (DESIGN_INERT.has(key)) scope.designKeys.push(key);
    else return null;
  }
  return scope;
}
