// IPv4 addresses as unsigned 32-bit integers. Strict dotted-quad parsing:
// no leading zeros (010 is octal to some tools and decimal to others), no IPv6.

export interface Cidr {
  /** The address as written, as an unsigned 32-bit integer. */
  address: number;
  prefix: number;
}

const OCTET = /^(?:0|[1-9]\d{0,2})$/;

export function parseIpv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!OCTET.test(part)) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    value = value * 256 + octet;
  }
  return value;
}

/** "a.b.c.d/len"; with `prefixOptional`, a bare address gets `defaultPrefix`. */
export function parseCidr(text: string, prefixOptional = false, defaultPrefix = 32): Cidr | null {
  const slash = text.indexOf('/');
  if (slash < 0) {
    if (!prefixOptional) return null;
    const address = parseIpv4(text);
    return address === null ? null : { address, prefix: defaultPrefix };
  }
  const address = parseIpv4(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (address === null || !/^(?:\d|[12]\d|3[0-2])$/.test(prefixText)) return null;
  return { address, prefix: Number(prefixText) };
}

export function looksLikeIpv6(text: string): boolean {
  return text.includes(':') && /^[0-9a-fA-F:./]+$/.test(text);
}

export function maskOf(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

export function networkOf(cidr: Cidr): number {
  return (cidr.address & maskOf(cidr.prefix)) >>> 0;
}

export function inSubnet(address: number, cidr: Cidr): boolean {
  const mask = maskOf(cidr.prefix);
  return (address & mask) >>> 0 === (cidr.address & mask) >>> 0;
}

export function formatIpv4(value: number): string {
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
}

export function formatCidr(cidr: Cidr): string {
  return `${formatIpv4(cidr.address)}/${cidr.prefix}`;
}

/** The dotted-quad mask, for people who think in 255.255.255.0. */
export function prefixFromMask(mask: string): number | null {
  const value = parseIpv4(mask);
  if (value === null) return null;
  for (let prefix = 0; prefix <= 32; prefix++) if (maskOf(prefix) === value) return prefix;
  return null;
}
