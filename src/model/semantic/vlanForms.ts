// A port group's VLAN form must fit its switch (MODEL.md 1.1): 4095 only on a
// standard switch, { trunk } and { pvlan } only on a distributed one, and a
// { pvlan } number must be a secondary VLAN of that switch's `pvlans`.
import type { DistributedSwitch } from '../types';
import { entryOf, type SemanticContext } from './context';
import { quote, type ErrorList } from './phrases';

export function checkVlanForms(ctx: SemanticContext, errors: ErrorList): void {
  const secondaries = new Map<string, Set<number>>();
  const secondariesOf = (sw: DistributedSwitch) => {
    let set = secondaries.get(sw.id);
    if (!set) secondaries.set(sw.id, (set = new Set((sw.pvlans ?? []).map((p) => p.secondary))));
    return set;
  };
  for (const { el: pg, path } of ctx.portGroups) {
    const type = entryOf(ctx, pg.switch, 'switch')?.switchType;
    const vlan = pg.vlan;
    if (vlan === undefined || (type !== 'standard' && type !== 'distributed')) continue;
    const on = `${type} switch ${quote(pg.switch)}`;
    if (vlan === 4095 && type === 'distributed')
      errors.add(
        `${path}/vlan`,
        `VLAN 4095 (guest tagging) is for standard switches; on ${on} write { "trunk": "1-4094" } instead`,
      );
    else if (typeof vlan === 'object' && 'trunk' in vlan && type === 'standard')
      errors.add(
        `${path}/vlan`,
        `a VLAN trunk range is for distributed switches; on ${on} use VLAN 4095 for guest tagging`,
      );
    else if (typeof vlan === 'object' && 'pvlan' in vlan) {
      if (type === 'standard')
        errors.add(
          `${path}/vlan`,
          `private VLANs need a distributed switch, and ${quote(pg.switch)} is a standard switch`,
        );
      else {
        const sw = ctx.switchById.get(pg.switch);
        if (sw?.type === 'distributed' && !secondariesOf(sw).has(vlan.pvlan))
          errors.add(
            `${path}/vlan/pvlan`,
            `${vlan.pvlan} is not a secondary VLAN in the "pvlans" of ${on}: define it there first`,
          );
      }
    }
  }
}

/**
 * Each secondary VLAN is defined once per switch: a port group names a private
 * VLAN by its secondary number, so a second definition would make it ambiguous
 * (vSphere refuses it too).
 */
export function checkPvlanTables(ctx: SemanticContext, errors: ErrorList): void {
  for (const { el: sw, path } of ctx.switches) {
    if (sw.type !== 'distributed') continue;
    const seen = new Map<number, number>();
    (sw.pvlans ?? []).forEach((p, k) => {
      const earlier = seen.get(p.secondary);
      if (earlier === undefined) seen.set(p.secondary, k);
      else
        errors.add(
          `${path}/pvlans/${k}/secondary`,
          `secondary VLAN ${p.secondary} is already defined (${path}/pvlans/${earlier}); each secondary VLAN is defined once`,
        );
    });
  }
}
