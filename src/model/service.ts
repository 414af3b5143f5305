// Services as firewall rules and flows write them: any | icmp | tcp/N | tcp/N-M | udp/N | udp/N-M.

export type Service =
  { protocol: 'any' } | { protocol: 'icmp' } | { protocol: 'tcp' | 'udp'; from: number; to: number };

export function parseService(text: string): Service | null {
  if (text === 'any') return { protocol: 'any' };
  if (text === 'icmp') return { protocol: 'icmp' };
  const match = /^(tcp|udp)\/(\d{1,5})(?:-(\d{1,5}))?$/.exec(text);
  if (!match) return null;
  const from = Number(match[2]);
  const to = match[3] === undefined ? from : Number(match[3]);
  if (from < 1 || to > 65535 || from > to) return null;
  return { protocol: match[1] as 'tcp' | 'udp', from, to };
}

/** A flow's service names one packet: icmp, tcp/N or udp/N. */
export function parseFlowService(text: string): Service | null {
  const service = parseService(text);
  if (!service || service.protocol === 'any') return null;
  if (service.protocol !== 'icmp' && service.from !== service.to) return null;
  return service;
}

export function formatService(service: Service): string {
  if (service.protocol === 'any' || service.protocol === 'icmp') return service.protocol;
  return service.from === service.to
    ? `${service.protocol}/${service.from}`
    : `${service.protocol}/${service.from}-${service.to}`;
}
