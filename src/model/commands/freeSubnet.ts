// A /24 for a new NAT or host-only network that nothing in the design uses
// yet, counting from Workstation's habit of 192.168.80.0/24.
import { formatIpv4, maskOf, parseCidr } from '../ipv4';
import type { Design } from '../types';

const FIRST_THIRD_OCTET = 80;
/** 192.168.0.0 */
const BASE = 0xc0a80000;
const SLASH_24 = maskOf(24);

/** Every address or subnet written in the design, as text. */
function addressesOf(doc: Design): string[] {
  const out: string[] = [];
  for (const sw of doc.switches ?? []) if (sw.type === 'nat' || sw.type === 'hostonly') out.push(sw.subnet);
  for (const host of doc.hosts ?? []) {
    if (host.ip) out.push(host.ip);
    for (const vmk of host.vmkernels ?? []) if (vmk.ip) out.push(vmk.ip);
  }
  for (const vm of doc.vms ?? []) for (const nic of vm.nics ?? []) if (nic.ip) out.push(nic.ip);
  for (const router of doc.routers ?? [])
    for (const iface of router.interfaces ?? []) if (iface.ip) out.push(iface.ip);
  return out;
}

/** `192.168.N.0/24` with the first N from 80 (wrapping round to 0) that no address of the design falls in; null when all are used. */
export function freeSubnet(doc: Design): string | null {
  const used = new Set<number>();
  for (const text of addressesOf(doc)) {
    const cidr = parseCidr(text, true);
    if (cidr) used.add((cidr.address & SLASH_24) >>> 0);
  }
  for (let i = 0; i < 256; i++) {
    const third = (FIRST_THIRD_OCTET + i) % 256;
    const network = (BASE | (third << 8)) >>> 0;
    if (!used.has(network)) return `${formatIpv4(network)}/24`;
  }
  return null;
}
