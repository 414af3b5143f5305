// A router interface's DHCP range (MODEL.md 1.1, routers[]): the interface has
// an address, and the range runs upward inside its subnet. The subnet's network
// and broadcast addresses are refused too: no client can lease them.
import { formatCidr, formatIpv4, maskOf, networkOf, parseCidr, parseIpv4, type Cidr } from '../ipv4';
import type { SemanticContext } from './context';
import { quote, type ErrorList } from './phrases';

export function checkDhcpRanges(ctx: SemanticContext, errors: ErrorList): void {
  for (const { el: router, path } of ctx.routers)
    (router.interfaces ?? []).forEach((iface, j) => {
      const at = `${path}/interfaces/${j}/dhcp`;
      if (!iface.dhcp) return;
      if (iface.ip === undefined) {
        errors.add(
          at,
          `interface ${quote(iface.id)} serves DHCP but has no "ip": give it an address in the range's subnet`,
        );
        return;
      }
      const subnet = parseCidr(iface.ip);
      const from = parseIpv4(iface.dhcp.from);
      const to = parseIpv4(iface.dhcp.to);
      if (!subnet || from === null || to === null) return; // malformed values have their own errors
      const fromOk = checkLeasable(from, subnet, `${at}/from`, errors);
      const toOk = checkLeasable(to, subnet, `${at}/to`, errors);
      if (fromOk && toOk && from > to)
        errors.add(
          `${at}/to`,
          `the range ends at ${formatIpv4(to)}, before it starts at ${formatIpv4(from)}`,
        );
    });
}

function checkLeasable(address: number, subnet: Cidr, path: string, errors: ErrorList): boolean {
  const network = networkOf(subnet);
  const where = formatCidr({ address: network, prefix: subnet.prefix });
  if ((address & maskOf(subnet.prefix)) >>> 0 !== network) {
    errors.add(path, `${formatIpv4(address)} is outside the interface's subnet ${where}`);
    return false;
  }
  if (subnet.prefix <= 30) {
    const broadcast = (network | ~maskOf(subnet.prefix)) >>> 0;
    if (address === network || address === broadcast) {
      const which = address === network ? 'network' : 'broadcast';
      errors.add(path, `${formatIpv4(address)} is the ${which} address of ${where}; no client can lease it`);
      return false;
    }
  }
  return true;
}
