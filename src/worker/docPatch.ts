// Edits travel to the worker as small patches, not whole documents. Commands
// keep unchanged subtrees by reference, so a diff by reference finds exactly
// what an edit touched without walking the rest. `layout` is view only and
// never sent: moving a node must not cause an evaluation.
import type { Design } from '../model/types';

export type PatchPath = (string | number)[];

export type PatchOp =
  | { op: 'set'; path: PatchPath; value: unknown }
  | { op: 'delete'; path: PatchPath }
  | { op: 'length'; path: PatchPath; length: number };

/** Below this depth a changed subtree is sent whole; deeper diffs cost more than they save. */
const MAX_DEPTH = 4;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Keys a patch never walks through (applyPatch refuses them). A document may still hold them, inside
 * an `x-` extension, so the diff sends an object with such a key whole instead of a path through it.
 */
const UNSAFE_KEYS: ReadonlySet<PropertyKey> = new Set(['__proto__', 'constructor', 'prototype']);

export function diffDesign(prev: Design, next: Design): PatchOp[] {
  const ops: PatchOp[] = [];
  const a = prev as Record<string, unknown>;
  const b = next as Record<string, unknown>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (key === 'layout') continue;
    diffValue(a[key], b[key], [key], Object.hasOwn(b, key), ops, 1);
  }
  return ops;
}

function diffValue(
  a: unknown,
  b: unknown,
  path: PatchPath,
  present: boolean,
  ops: PatchOp[],
  depth: number,
): void {
  if (a === b) return;
  if (!present) {
    ops.push({ op: 'delete', path });
    return;
  }
  if (depth < MAX_DEPTH && Array.isArray(a) && Array.isArray(b)) {
    const shared = Math.min(a.length, b.length);
    const before = ops.length;
    for (let i = 0; i < shared; i++) diffValue(a[i], b[i], [...path, i], true, ops, depth + 1);
    // An insert or delete in the middle shifts every later item: send the list whole instead.
    if (ops.length - before > Math.max(8, b.length / 4)) {
      ops.length = before;
      ops.push({ op: 'set', path, value: b });
      return;
    }
    for (let i = shared; i < b.length; i++) ops.push({ op: 'set', path: [...path, i], value: b[i] });
    if (b.length < a.length) ops.push({ op: 'length', path, length: b.length });
    return;
  }
  if (depth < MAX_DEPTH && isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    if (![...keys].some((key) => UNSAFE_KEYS.has(key))) {
      for (const key of keys)
        diffValue(a[key], b[key], [...path, key], Object.hasOwn(b, key), ops, depth + 1);
      return;
    }
  }
  ops.push({ op: 'set', path, value: b });
}

/**
 * Applies patches copy-on-write: every object on a patched path is replaced by
 * a shallow copy, everything else keeps its identity. So the evaluator can
 * cache its phases by reference, exactly as it can for the store's documents.
 */
export function applyPatch(doc: Design, ops: readonly PatchOp[]): Design {
  let root = doc as unknown as Container;
  for (const op of ops) root = applyOne(root, op, 0);
  return root as unknown as Design;
}

type Container = Record<string | number, unknown> | unknown[];

function applyOne(node: Container, op: PatchOp, depth: number): Container {
  const key = op.path[depth]!;
  if (UNSAFE_KEYS.has(key)) throw new Error(`refusing to patch through ${String(key)}`);
  const copy = (Array.isArray(node) ? [...node] : { ...node }) as Record<string | number, unknown>;
  if (depth === op.path.length - 1) {
    if (op.op === 'set') copy[key] = op.value;
    else if (op.op === 'delete') delete copy[key];
    else (copy[key] as unknown[]) = (copy[key] as unknown[]).slice(0, op.length);
    return copy as Container;
  }
  const child = copy[key];
  if (child === null || typeof child !== 'object')
    throw new Error(`patch path ${op.path.join('/')} does not exist`);
  copy[key] = applyOne(child as Container, op, depth + 1);
  return copy as Container;
}
