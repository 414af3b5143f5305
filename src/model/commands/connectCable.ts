// A cable between a host NIC and a physical switch port, or between two
// physical switch ports. A port takes at most one cable (MODEL.md section 1).
import { displayName } from '../defaults';
import { usedIds } from '../ids';
import type { Design } from '../types';
import type { ConnectionEnd } from './connectionEnds';
import type { Edit } from './connectNetwork';
import { freshId } from './newElementNames';

type PortEnd = Extract<ConnectionEnd, { kind: 'hostNic' | 'port' }>;

const portRef = (end: PortEnd): string =>
  end.kind === 'hostNic' ? `${end.host.id}:${end.nic}` : `${end.sw.id}:${end.port.name}`;
const portLabel = (end: PortEnd): string =>
  end.kind === 'hostNic'
    ? `${end.nic} on ${displayName(end.host)}`
    : `${end.port.name} on ${displayName(end.sw)}`;

export const CABLE_RULE = 'A cable joins a host NIC and a switch port, or two switch ports.';

export function connectCable(doc: Design, a: PortEnd, b: PortEnd): Edit | string {
  if (a.kind === 'hostNic' && b.kind === 'hostNic') return CABLE_RULE;
  const refA = portRef(a);
  const refB = portRef(b);
  if (refA === refB) return `A cable needs two different ports; both ends are ${portLabel(a)}.`;
  for (const [end, ref] of [
    [a, refA],
    [b, refB],
  ] as const) {
    const cable = (doc.cables ?? []).find((c) => c.a === ref || c.b === ref);
    if (cable) {
      const other = cable.a === ref ? cable.b : cable.a;
      return `${portLabel(end)} already has a cable (to ${other}): a port takes one cable.`;
    }
  }
  // The host side first, as admins read a cable: from the server to the switch.
  const [first, second] = b.kind === 'hostNic' ? [refB, refA] : [refA, refB];
  return (d) => ({
    ...d,
    cables: [...(d.cables ?? []), { id: freshId(usedIds(d), 'cable'), a: first, b: second }],
  });
}
