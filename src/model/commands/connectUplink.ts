// A switch's uplink to one of its host's physical NICs. One host NIC can be
// the uplink of only one switch (MODEL.md section 1).
import { displayName } from '../defaults';
import type { Design } from '../types';
import type { ConnectionEnd } from './connectionEnds';
import type { Edit } from './connectNetwork';
import { uplinkOwner } from './uplinkUse';

type End<K extends ConnectionEnd['kind']> = Extract<ConnectionEnd, { kind: K }>;

const hostName = (doc: Design, id: string): string => {
  const host = (doc.hosts ?? []).find((h) => h.id === id);
  return host ? displayName(host) : id;
};

export function connectUplink(
  doc: Design,
  nic: End<'hostNic'>,
  uplink: End<'uplink'> | End<'dvsUplink'>,
): Edit | string {
  const sw = uplink.sw;
  const switchHost = uplink.kind === 'dvsUplink' ? uplink.host.id : uplink.sw.host;
  const nicName = `${nic.nic} on ${displayName(nic.host)}`;
  if (nic.host.id !== switchHost)
    return `${displayName(sw)}'s uplink on ${hostName(doc, switchHost)} takes one of that host's NICs; ${nicName} is on another host.`;
  const owner = uplinkOwner(doc, nic.host.id, nic.nic);
  if (owner?.id === sw.id)
    return sw.type === 'bridged'
      ? `${displayName(sw)} is already bridged to ${nicName}.`
      : `${nicName} is already an uplink of ${displayName(sw)}.`;
  if (owner) return `${nicName} is already the uplink of ${displayName(owner)}: a NIC serves one switch.`;
  return (d) => ({
    ...d,
    switches: (d.switches ?? []).map((s) => {
      if (s.id !== sw.id) return s;
      if (s.type === 'bridged') return { ...s, nic: nic.nic };
      if (s.type === 'standard') return { ...s, uplinks: [...(s.uplinks ?? []), { nic: nic.nic }] };
      if (s.type === 'distributed')
        return { ...s, uplinks: [...(s.uplinks ?? []), { host: nic.host.id, nic: nic.nic }] };
      return s;
    }),
  });
}
