// What one flow walk ends with, and the context every step reads.
import type { Reason, Verdict } from '../../../src/engine/types';
import type { Service } from '../../../src/model/service';
import type { AddressBook } from '../addresses';
import type { Layer2 } from '../layer2/layer2';
import type { World } from '../world/types';

export interface Outcome {
  verdict: Verdict;
  reason: Reason;
  at: string;
  rule?: string;
  /** The link the flow stops at (2.7), null when none applies. */
  stopLink: string | null;
}

export interface Ctx {
  world: World;
  l2: Layer2;
  book: AddressBook;
}

export interface Packet {
  src: number | null;
  srcId: string | null;
  dst: number;
  dstId: string | null;
  service: Service;
  size: number;
  df: boolean;
}

export const unreachable = (reason: Reason, at: string, stopLink: string | null): Outcome => ({
  verdict: 'unreachable',
  reason,
  at,
  stopLink,
});
