// Handle ids inside a node. They are stable and derived from model ids, so a
// connection made on the canvas maps back to exactly one model edit.

export const adapterHandle = (adapterId: string): string => `a:${adapterId}`;
export const hostNicHandle = (nicName: string): string => `hn:${nicName}`;
export const portGroupHandle = (portGroupId: string): string => `pg:${portGroupId}`;
export const NETWORK_HANDLE = 'net';
export const UPLINK_HANDLE = 'up';
export const dvsUplinkHandle = (hostId: string): string => `up:${hostId}`;
export const portHandle = (portName: string): string => `pp:${portName}`;
export const SVI_HANDLE = 'svi';
export const interfaceHandle = (interfaceId: string): string => `if:${interfaceId}`;

export type ParsedHandle =
  | { kind: 'adapter'; id: string }
  | { kind: 'hostNic'; nic: string }
  | { kind: 'portGroup'; id: string }
  | { kind: 'network' }
  | { kind: 'uplink'; host?: string }
  | { kind: 'port'; port: string }
  | { kind: 'svi' }
  | { kind: 'summary' }
  | { kind: 'interface'; id: string };

export function parseHandle(handle: string): ParsedHandle | null {
  if (handle === NETWORK_HANDLE) return { kind: 'network' };
  if (handle === UPLINK_HANDLE) return { kind: 'uplink' };
  if (handle === SVI_HANDLE) return { kind: 'svi' };
  if (handle === HOST_SUMMARY_HANDLE) return { kind: 'summary' };
  const colon = handle.indexOf(':');
  if (colon < 0) return null;
  const prefix = handle.slice(0, colon);
  const rest = handle.slice(colon + 1);
  switch (prefix) {
    case 'a':
      return { kind: 'adapter', id: rest };
    case 'hn':
      return { kind: 'hostNic', nic: rest };
    case 'pg':
      return { kind: 'portGroup', id: rest };
    case 'up':
      return { kind: 'uplink', host: rest };
    case 'pp':
      return { kind: 'port', port: rest };
    case 'if':
      return { kind: 'interface', id: rest };
    default:
      return null;
  }
}

/** On a collapsed host: where the links of its hidden VMs and switches end. */
export const HOST_SUMMARY_HANDLE = 'summary';
