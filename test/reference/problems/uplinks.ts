// 2.5: the problems about uplinks and physical ports.
import { portMode, portUp, trunkNative } from '../../../src/model/defaults';
import { cableLinkId, uplinkLinkId } from '../../../src/model/links';
import type { Ctx } from '../flows/outcome';
import { primaryUplink } from '../layer2/graph';
import { cableAt, hostNicAt, hostToPort, physicalPortAt } from '../layer2/ports';
import type { Instance, Member } from '../world/types';
import type { Ignore, RefProblem } from './types';
import { ignoreExactly } from './types';

function attachedOn(ctx: Ctx, inst: Instance): { m: Member; vlan: number; network: string | null }[] {
  return ctx.world.members.flatMap((m) =>
    m.attachments.filter((a) => a.element === inst.key).map((a) => ({ m, vlan: a.vlan, network: a.network })),
  );
}

type Use = 'yes' | 'no' | 'unsure';

/**
 * Whether a VLAN number is used by a member on another host, or by one attached to a physical
 * switch. Only desktop networks (which never have a VLAN of their own) using it: unsure.
 */
function usedElsewhere(ctx: Ctx, host: string, vlan: number, physicalToo = true): Use {
  const hits = ctx.world.members.flatMap((m) =>
    m.attachments.filter(
      (a) => a.vlan === vlan && (a.host === null ? physicalToo && vlan !== 0 : a.host !== host),
    ),
  );
  const desktop = (element: string) => ctx.world.instances.some((i) => i.key === element && i.desktop);
  if (hits.some((a) => !desktop(a.element))) return 'yes';
  return hits.length > 0 ? 'unsure' : 'no';
}

function anyUse(uses: Use[]): Use {
  if (uses.includes('yes')) return 'yes';
  return uses.includes('unsure') ? 'unsure' : 'no';
}

export function uplinkProblems(ctx: Ctx): { problems: RefProblem[]; ignores: Ignore[] } {
  const { world } = ctx;
  const problems: RefProblem[] = [];
  const ignores: Ignore[] = [];

  for (const inst of world.instances) {
    const primary = primaryUplink(world, inst, 'strict');
    const here = attachedOn(ctx, inst);
    const key = [inst.switchId, inst.host];

    // "attached adapters": VM adapters only, or every member? Decided only when both agree.
    // "used on another host": a member attached to a physical switch is on no host (unsure).
    const onOtherHost = (vlan: number): Use => {
      const use = usedElsewhere(ctx, inst.host, vlan, false);
      return use === 'no' && usedElsewhere(ctx, inst.host, vlan, true) !== 'no' ? 'unsure' : use;
    };
    const wanted = (list: typeof here) => anyUse(list.map((h) => onOtherHost(h.vlan)));
    const vmUse = primary === null ? wanted(here.filter((h) => h.m.kind === 'vmNic')) : 'no';
    const allUse = primary === null ? wanted(here) : 'no';
    if (vmUse !== allUse || vmUse === 'unsure' || (inst.desktop && vmUse === 'yes'))
      ignores.push(ignoreExactly('no-uplink', key, 'which members count, or desktop networks'));
    else if (vmUse === 'yes')
      problems.push({ code: 'no-uplink', elements: key, match: 'ordered', links: null });

    for (const u of inst.uplinks) {
      const ref = `${inst.host}:${u.nic}`;
      if (cableAt(world.doc, ref)) continue;
      const p: RefProblem = {
        code: 'uplink-not-cabled',
        elements: key,
        match: 'ordered',
        links: [uplinkLinkId(inst.switchId, inst.host, u.nic)],
      };
      if (u.role === 'unused') ignores.push(ignoreExactly('uplink-not-cabled', key, 'an unused uplink'));
      else problems.push(p);
    }

    if (!primary) continue;
    const port = physicalPortAt(world.physical, primary.portRef);
    if (!port) continue;
    for (const h of here) {
      if (hostToPort(h.vlan, port.port, 'strict').length > 0) continue;
      const elements = [h.network ?? '', inst.host, port.sw.id];
      const use = usedElsewhere(ctx, inst.host, h.vlan);
      if (use === 'no') continue;
      if (inst.desktop || use === 'unsure')
        ignores.push(
          ignoreExactly('vlan-not-carried', elements, 'a bridged network, or only desktop networks'),
        );
      else
        problems.push({
          code: 'vlan-not-carried',
          elements,
          match: 'ordered',
          links: [primary.uplinkLink, primary.cableLink],
        });
    }

    for (const u of inst.uplinks) {
      if (u.nic === primary.nic || u.role === 'unused') continue;
      const ref = `${inst.host}:${u.nic}`;
      const nic = hostNicAt(world.doc, ref);
      const cable = cableAt(world.doc, ref);
      const other = cable ? physicalPortAt(world.physical, cable.other) : null;
      if (!nic?.up || !cable || !other) continue;
      const cut = here.some(
        (h) =>
          hostToPort(h.vlan, port.port, 'strict').length > 0 &&
          hostToPort(h.vlan, other.port, 'strict').length === 0,
      );
      if (!cut) continue;
      const elements = [inst.switchId, inst.host, other.sw.id];
      if (!portUp(other.port)) {
        ignores.push(ignoreExactly('uplink-vlan-inconsistent', elements, 'a standby whose port is down'));
        continue;
      }
      problems.push({
        code: 'uplink-vlan-inconsistent',
        elements,
        match: 'ordered',
        links: [uplinkLinkId(inst.switchId, inst.host, u.nic), cableLinkId(cable.cable.id)],
      });
    }
  }

  for (const cable of world.doc.cables ?? []) {
    const a = physicalPortAt(world.physical, cable.a);
    const b = physicalPortAt(world.physical, cable.b);
    if (!a || !b || portMode(a.port) !== 'trunk' || portMode(b.port) !== 'trunk') continue;
    if (trunkNative(a.port) !== trunkNative(b.port))
      problems.push({
        code: 'native-vlan-mismatch',
        elements: [a.sw.id, b.sw.id],
        match: 'set',
        links: [cableLinkId(cable.id)],
      });
  }
  return { problems, ignores };
}
