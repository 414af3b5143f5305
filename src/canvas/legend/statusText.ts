// The six link statuses of MODEL.md 2.7 in words, for the legend and the
// link tooltip, in the order the legend lists them.
import type { LinkStatus } from '../../engine/types';

export const STATUS_ORDER: readonly LinkStatus[] = ['ok', 'mtu', 'blocked', 'unreachable', 'down', 'idle'];

export const STATUS_LABEL: Readonly<Record<LinkStatus, string>> = {
  ok: 'OK',
  mtu: 'MTU',
  blocked: 'Blocked',
  unreachable: 'Unreachable',
  down: 'Down',
  idle: 'Idle',
};

/** Why a link has that status: the rule of 2.7 that gave it. */
export const STATUS_MEANING: Readonly<Record<LinkStatus, string>> = {
  ok: 'delivered traffic crosses it, or it joins members of one broadcast domain',
  mtu: 'an expected flow is dropped here for its size, or an MTU mismatch names it',
  blocked: 'a firewall blocks a flow that is expected to be allowed here',
  unreachable: 'an expected flow stops here as unreachable, or an error names it',
  down: 'it is off: a VM powered off, an adapter disconnected, a NIC or port down, or an unused uplink',
  idle: 'no flow and no broadcast domain uses it',
};
