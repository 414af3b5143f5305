// 2.5 mtu-mismatch, its four cases.
import { portMtu } from '../../../src/model/defaults';
import { cableLinkId } from '../../../src/model/links';
import type { Ctx } from '../flows/outcome';
import { primaryUplink } from '../layer2/graph';
import { physicalPortAt } from '../layer2/ports';
import type { Ignore, RefProblem } from './types';
import { ignoreFirst } from './types';

export function mtuProblems(ctx: Ctx): { problems: RefProblem[]; ignores: Ignore[] } {
  const { world, l2 } = ctx;
  const problems: RefProblem[] = [];
  const pair = (elements: string[], links: string[] | null): RefProblem => ({
    code: 'mtu-mismatch',
    elements,
    match: 'ordered',
    links,
  });

  // An adapter or interface above its switch instance.
  for (const m of world.members)
    for (const a of m.attachments) {
      const inst = world.instances.find((i) => i.key === a.element);
      if (inst && m.mtu > inst.mtu) problems.push(pair([m.id, inst.switchId], m.linkId ? [m.linkId] : []));
    }

  // A switch instance above the port of its primary uplink.
  for (const inst of world.instances) {
    const primary = primaryUplink(world, inst, 'strict');
    const port = primary ? physicalPortAt(world.physical, primary.portRef) : null;
    if (primary && port && inst.mtu > portMtu(port.sw, port.port))
      problems.push(pair([inst.switchId, port.sw.id], [primary.uplinkLink, primary.cableLink]));
  }

  // Two physical ports joined by a cable.
  for (const cable of world.doc.cables ?? []) {
    const a = physicalPortAt(world.physical, cable.a);
    const b = physicalPortAt(world.physical, cable.b);
    if (!a || !b) continue;
    const ma = portMtu(a.sw, a.port);
    const mb = portMtu(b.sw, b.port);
    if (ma === mb) continue;
    const [big, small] = ma > mb ? [a, b] : [b, a];
    problems.push(pair([big.sw.id, small.sw.id], [cableLinkId(cable.id)]));
  }

  // Members of one domain: every one above the smallest MTU, then one at the smallest.
  for (const domain of l2.domains()) {
    const members = l2.membersOfDomain(domain);
    const smallest = Math.min(...members.map((m) => m.mtu));
    const above = members.filter((m) => m.mtu > smallest);
    if (above.length === 0) continue;
    problems.push({
      code: 'mtu-mismatch',
      elements: above.map((m) => m.id),
      match: 'domain',
      smallest: members.filter((m) => m.mtu === smallest).map((m) => m.id),
      links: null,
    });
  }

  // An adapter that is off or not attached, above the MTU of the switch its network is on.
  const switchOf = (network: string) =>
    (world.doc.portGroups ?? []).find((p) => p.id === network)?.switch ?? network;
  const above = world.members.filter((m) => {
    if (m.attachments.length > 0 || m.network === null) return false;
    const sw = world.instances.find((i) => i.switchId === switchOf(m.network as string));
    return sw === undefined || m.mtu > sw.mtu;
  });
  const ignores = ignoreFirst(
    'mtu-mismatch',
    above.map((m) => m.id),
    'an adapter that is off or not attached',
  );
  return { problems, ignores };
}
