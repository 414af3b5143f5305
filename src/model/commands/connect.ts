// Connecting two handles on the canvas is one model edit, decided by what the
// two ends are, in either order:
//   adapter or VMkernel adapter → port group / desktop network: sets `network`
//   router interface → port group / desktop network / physical switch: sets `attach`
//   switch uplink → host NIC: adds an uplink (a bridged network: sets its NIC)
//   host NIC → physical port, or port → port: adds a cable
// Anything else, or an edit the model forbids, is refused with the reason.
import type { Design } from '../types';
import { defineCommand, done, refuse, type CommandResult } from './command';
import { adviceFor, describeEnd, resolveEnd, type ConnectionEnd, type HandleRef } from './connectionEnds';
import { connectCable, CABLE_RULE } from './connectCable';
import { connectInterface, connectVmkernel, connectVmNic, type Edit } from './connectNetwork';
import { connectUplink } from './connectUplink';

export interface ConnectArgs {
  source: HandleRef;
  target: HandleRef;
}

const isNetwork = (end: ConnectionEnd) => end.kind === 'portGroup' || end.kind === 'desktopNetwork';

/** The edit for `x` → `y` in this order, null when this order is not a known pairing. */
function editFor(doc: Design, x: ConnectionEnd, y: ConnectionEnd): Edit | string | null {
  if (x.kind === 'summary') return `${describeEnd(x)} are hidden: expand the host to connect them.`;
  if (y.kind === 'portGroup' || y.kind === 'desktopNetwork') {
    if (x.kind === 'vmNic') return connectVmNic(doc, x, y);
    if (x.kind === 'vmkernel') return connectVmkernel(doc, x, y);
    if (x.kind === 'interface') return connectInterface(x, y);
  }
  if (x.kind === 'interface' && y.kind === 'svi') return connectInterface(x, y);
  if (x.kind === 'interface' && y.kind === 'port')
    return `${describeEnd(x)} attaches to a whole physical switch as a VLAN interface: connect it to ${describeEnd({ kind: 'svi', sw: y.sw })}, not to one port.`;
  if (x.kind === 'hostNic' && (y.kind === 'uplink' || y.kind === 'dvsUplink'))
    return connectUplink(doc, x, y);
  if (x.kind === 'hostNic' && y.kind === 'port') return connectCable(doc, x, y);
  if (x.kind === 'port' && y.kind === 'port') return connectCable(doc, x, y);
  if (x.kind === 'hostNic' && y.kind === 'hostNic') return CABLE_RULE;
  return null;
}

/** What connecting `source` to `target` would do: the edit, or why it is refused. Cheap enough to run while dragging. */
export function planConnection(doc: Design, args: ConnectArgs): Edit | string {
  const a = resolveEnd(doc, args.source);
  if (typeof a === 'string') return a;
  const b = resolveEnd(doc, args.target);
  if (typeof b === 'string') return b;
  if (args.source.node === args.target.node && args.source.handle === args.target.handle)
    return 'A connection needs two different ends.';
  const edit = editFor(doc, a, b) ?? editFor(doc, b, a);
  if (edit !== null) return edit;
  if (isNetwork(a) && isNetwork(b)) return `Networks do not connect to each other: ${adviceFor(a)}.`;
  return `${describeEnd(a)} cannot connect to ${describeEnd(b)}: ${adviceFor(a)}.`;
}

export const connect = defineCommand<ConnectArgs>('Connect', (doc, args): CommandResult => {
  const plan = planConnection(doc, args);
  return typeof plan === 'string' ? refuse(plan) : done(plan(doc));
});
