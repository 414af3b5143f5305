// A flow's first packet as it travels: addresses and port may change by NAT,
// the size by fragmentation.
import type { Service } from '../model/service';

export type PacketService = { protocol: 'icmp' } | { protocol: 'tcp' | 'udp'; port: number };

export interface Packet {
  /** null: an address the design does not name (source NAT on an interface without one). */
  src: number | null;
  dst: number;
  service: PacketService;
  size: number;
  df: boolean;
}

export function packetService(service: Service): PacketService {
  if (service.protocol === 'tcp' || service.protocol === 'udp')
    return { protocol: service.protocol, port: service.from };
  return { protocol: 'icmp' };
}

export function serviceMatches(rule: Service, packet: PacketService): boolean {
  if (rule.protocol === 'any') return true;
  if (rule.protocol === 'icmp') return packet.protocol === 'icmp';
  return packet.protocol === rule.protocol && packet.port >= rule.from && packet.port <= rule.to;
}

export function formatPacketService(service: PacketService): string {
  return service.protocol === 'icmp' ? 'icmp' : `${service.protocol}/${service.port}`;
}
