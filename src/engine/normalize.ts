// The document, read once with its defaults into the evaluator's own shape
// (net.ts). A fresh build; the incremental evaluator keeps its NetBuilder.
import type { Design } from '../model/types';
import type { Net } from './net';
import { NetBuilder } from './netBuilder';

export function normalize(doc: Design): Net {
  return new NetBuilder().build(doc).net;
}

export { farEnd } from './normalizeParts';
