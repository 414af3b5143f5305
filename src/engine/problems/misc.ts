// promiscuous-mode and vm-powered-off (MODEL.md 2.5).
import { parseIpv4 } from '../../model/ipv4';
import { portGroupSecurity, vmPowered } from '../../model/defaults';
import type { EngineContext } from '../context';
import type { Problem } from '../types';
import { problem } from './problem';

export function promiscuousProblems(ctx: EngineContext): Problem[] {
  const out: Problem[] = [];
  const switches = new Map((ctx.net.doc.switches ?? []).map((sw) => [sw.id, sw]));
  for (const pg of ctx.net.doc.portGroups ?? []) {
    const sw = switches.get(pg.switch);
    if (!sw || (sw.type !== 'standard' && sw.type !== 'distributed')) continue;
    if (portGroupSecurity(pg, sw).promiscuous)
      out.push(
        problem(
          'promiscuous-mode',
          [pg.id, sw.id],
          `port group ${pg.id} accepts promiscuous mode${pg.security?.promiscuous === undefined ? `, inherited from ${sw.id}` : ''}: its VMs can see each other's traffic`,
        ),
      );
  }
  return out;
}

/** The VMs a flow end names: the VM itself, one of its adapters, or one of their addresses. */
function vmsNamedBy(ctx: EngineContext, text: string): string[] {
  if (ctx.net.vms.has(text)) return [text];
  const member = ctx.net.memberById.get(text);
  if (member?.vm) return [member.vm.id];
  const address = /^\d+(\.\d+){3}$/.test(text) ? parseIpv4(text) : null;
  if (address === null) return [];
  return (ctx.addressing.owners.get(address) ?? []).flatMap((m) => (m.vm ? [m.vm.id] : []));
}

/** Every VM a flow names. */
export function vmsNamedByFlows(ctx: EngineContext): Set<string> {
  const named = new Set<string>();
  for (const flow of ctx.net.doc.flows ?? [])
    for (const id of [...vmsNamedBy(ctx, flow.from), ...vmsNamedBy(ctx, flow.to)]) named.add(id);
  return named;
}

export function poweredOffProblems(ctx: EngineContext, named = vmsNamedByFlows(ctx)): Problem[] {
  const out: Problem[] = [];
  // Whether it is off first: it reads the VM, not a set of ids.
  for (const vm of ctx.net.vms.values())
    if (!vmPowered(vm) && named.has(vm.id))
      out.push(problem('vm-powered-off', [vm.id], `${vm.id} is powered off, but a flow names it`));
  return out;
}
