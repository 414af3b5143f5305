// IPv4 addresses as unsigned 32-bit integers. Strict dotted-quad parsing:
// no leading zeros (010 is octal to some tools and decimal to others), no IPv6.

export interface Cidr {
  /** The address as written, as an unsigned 32-bit integer. */
  address: number;
  prefix: number;
}

/**
 * Read character by character rather than split and matched: a large design
 * parses tens of thousands of addresses on every full evaluation.
 */
export function parseIpv4(text: string): number | null {
  let value = 0;
  let parts = 0;
  let k = 0;
  const n = text.length;
  while (parts < 4) {
    const start = k;
    let octet = 0;
    while (k < n && k - start < 3) {
      const c = text.charCodeAt(k) - 48;
      if (c < 0 || c > 9) break;
      octet = octet * 10 + c;
      k++;
    }
    const digits = k - start;
    // One to three digits, no leading zero, at most 255.
    if (digits === 0 || (digits > 1 && text.charCodeAt(start) === 48) || octet > 255) return null;
    value = value * 256 + octet;
    parts++;
    if (parts < 4) {
      if (text.charCodeAt(k) !== 46) return null;
      k++;
    }
  }
  return k === n ? value : null;
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
