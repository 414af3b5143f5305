// What may live on which kind of host (MODEL.md 1.1): desktop networks only on
// workstation hosts, standard and distributed switches only on ESXi hosts, a
// host `ip` only on workstation hosts; and a NAT or host-only subnet is a /24.
import { hostKind } from '../defaults';
import { formatCidr, networkOf, parseCidr } from '../ipv4';
import { entryOf, type SemanticContext } from './context';
import { quote, switchNoun, type ErrorList } from './phrases';

export function checkHostKinds(ctx: SemanticContext, errors: ErrorList): void {
  const kindOf = (hostId: string) => entryOf(ctx, hostId, 'host')?.hostKind;
  for (const { el: host, path } of ctx.hosts)
    if (hostKind(host) === 'esxi' && host.ip !== undefined)
      errors.add(
        `${path}/ip`,
        `an ESXi host has no "ip" of its own: give ${quote(host.id)} a VMkernel adapter with that address (or, for a laptop running VMware Workstation or Fusion, set "kind" to "workstation")`,
      );
  for (const { el: sw, path } of ctx.switches) {
    if (sw.type === 'distributed') {
      (sw.hosts ?? []).forEach((hostId, j) => {
        if (kindOf(hostId) === 'workstation')
          errors.add(
            `${path}/hosts/${j}`,
            `${quote(hostId)} is a workstation host; only ESXi hosts can be members of a distributed switch`,
          );
      });
    } else if (sw.type === 'standard') {
      if (kindOf(sw.host) === 'workstation')
        errors.add(
          `${path}/host`,
          `${quote(sw.host)} is a workstation host; a standard switch needs an ESXi host (a workstation host has desktop networks: nat, hostonly, bridged or segment)`,
        );
    } else {
      if (kindOf(sw.host) === 'esxi')
        errors.add(
          `${path}/host`,
          `${quote(sw.host)} is an ESXi host; a ${switchNoun(sw.type)} is a VMware Workstation or Fusion network and needs a workstation host`,
        );
      if (sw.type === 'nat' || sw.type === 'hostonly')
        checkDesktopSubnet(sw.subnet, switchNoun(sw.type), `${path}/subnet`, errors);
    }
  }
}

/**
 * A NAT or host-only subnet is a /24 written as its network address. An address
 * inside it ("192.168.80.5/24") is refused rather than rounded down: the field is
 * Workstation's "Subnet IP", the generated .1, .2 and .128–.254 count from the
 * network address, and a typo should be caught, not guessed at.
 */
function checkDesktopSubnet(subnet: string, noun: string, path: string, errors: ErrorList): void {
  const cidr = parseCidr(subnet);
  if (!cidr) return; // the schema reports a malformed subnet
  if (cidr.prefix !== 24) {
    errors.add(path, `a ${noun}'s subnet must be a /24, like "192.168.80.0/24", not /${cidr.prefix}`);
    return;
  }
  const network = networkOf(cidr);
  if (network !== cidr.address)
    errors.add(
      path,
      `${quote(subnet)} is not a network address: write ${quote(formatCidr({ address: network, prefix: 24 }))} (the network's own addresses .1, .2 and .128–.254 count from it)`,
    );
}
