// Delete: removes the elements, everything that existed only for them
// (deletionSet.ts), and every reference left pointing at them, so the result
// never names an element that is gone. One command, so one undo step.
import type { Attach, Design, FirewallRule, GatewayRule, Router, Switch, ValidationError } from '../types';
import { validateDesign } from '../validate';
import { judgeErrors } from './checkEdit';
import { defineCommand, done } from './command';
import { deletionSet } from './deletionSet';

type Gone = ReadonlySet<string>;

const kept = <T extends { id: string }>(list: T[] | undefined, gone: Gone): T[] | undefined =>
  list?.filter((el) => !gone.has(el.id));

function withoutKey<T extends object, K extends keyof T>(el: T, key: K): T {
  const copy = { ...el };
  delete copy[key];
  return copy;
}

function attachGone(attach: Attach, gone: Gone): boolean {
  if ('network' in attach)
    return gone.has(attach.network) || (attach.host !== undefined && gone.has(attach.host));
  if ('switch' in attach) return gone.has(attach.switch);
  return false;
}

function cleanRule<R extends FirewallRule | GatewayRule>(rule: R, gone: Gone): R {
  const out: R = { ...rule };
  if (rule.sources) out.sources = rule.sources.filter((s) => !gone.has(s));
  if (rule.destinations) out.destinations = rule.destinations.filter((s) => !gone.has(s));
  if ('appliedTo' in rule && rule.appliedTo)
    (out as FirewallRule).appliedTo = rule.appliedTo.filter((s) => !gone.has(s));
  return out;
}

const cleanRules = <R extends FirewallRule | GatewayRule>(
  rules: R[] | undefined,
  gone: Gone,
): R[] | undefined => kept(rules, gone)?.map((r) => cleanRule(r, gone));

function cleanSwitch(sw: Switch, gone: Gone): Switch {
  if (sw.type !== 'distributed') return sw;
  const out = { ...sw };
  if (sw.hosts) out.hosts = sw.hosts.filter((h) => !gone.has(h));
  if (sw.uplinks) out.uplinks = sw.uplinks.filter((u) => !gone.has(u.host));
  return out;
}

function cleanRouter(router: Router, gone: Gone): Router {
  const out = { ...router };
  if (router.interfaces)
    out.interfaces = kept(router.interfaces, gone)?.map((f) =>
      f.attach && attachGone(f.attach, gone) ? withoutKey(f, 'attach') : f,
    );
  if (router.routes) out.routes = router.routes.filter((r) => !('interface' in r && gone.has(r.interface)));
  if (router.nat) out.nat = router.nat.filter((n) => !gone.has(n.interface));
  if (router.firewall?.rules)
    out.firewall = { ...router.firewall, rules: cleanRules(router.firewall.rules, gone) };
  return out;
}

/** The document without the ids in `gone` and with no reference left to any of them. */
export function removeElements(doc: Design, gone: Gone): Design {
  const network = <T extends { network?: string | undefined }>(el: T): T =>
    el.network !== undefined && gone.has(el.network) ? withoutKey(el, 'network') : el;
  const out: Design = { ...doc };
  if (doc.hosts)
    out.hosts = kept(doc.hosts, gone)?.map((h) =>
      h.vmkernels ? { ...h, vmkernels: kept(h.vmkernels, gone)?.map(network) } : h,
    );
  if (doc.switches) out.switches = kept(doc.switches, gone)?.map((sw) => cleanSwitch(sw, gone));
  if (doc.portGroups) out.portGroups = kept(doc.portGroups, gone);
  if (doc.vms)
    out.vms = kept(doc.vms, gone)?.map((vm) =>
      vm.nics ? { ...vm, nics: kept(vm.nics, gone)?.map(network) } : vm,
    );
  if (doc.physicalSwitches) out.physicalSwitches = kept(doc.physicalSwitches, gone);
  if (doc.routers) out.routers = kept(doc.routers, gone)?.map((r) => cleanRouter(r, gone));
  if (doc.cables) out.cables = kept(doc.cables, gone);
  if (doc.firewall?.rules) out.firewall = { ...doc.firewall, rules: cleanRules(doc.firewall.rules, gone) };
  if (doc.flows) out.flows = kept(doc.flows, gone);
  if (doc.layout) out.layout = Object.fromEntries(Object.entries(doc.layout).filter(([id]) => !gone.has(id)));
  return out;
}

export interface DeleteElementsArgs {
  ids: readonly string[];
}

/**
 * Flows whose host end has no address to use once the delete is done: an ESXi host that lost its
 * last VMkernel adapter, a workstation host that lost its adapter on the other end's network. The
 * validator owns that rule (it depends on the other end), so its verdict is taken as is.
 */
function flowsLeftWithoutAddress(after: Design, errors: readonly ValidationError[]): Set<string> {
  const orphans = new Set<string>();
  for (const error of errors) {
    const match = /^\/flows\/(\d+)\/(?:from|to)$/.exec(error.path);
    const flow = match ? after.flows?.[Number(match[1])] : undefined;
    if (flow) orphans.add(flow.id);
  }
  return orphans;
}

export const deleteElements = defineCommand<DeleteElementsArgs>('Delete', (doc, { ids }) => {
  const gone = deletionSet(doc, ids);
  if (gone.size === 0) return done(doc);
  let after = removeElements(doc, gone);
  // One validation in the usual case: it both finds the orphaned flows and clears the result.
  let result = validateDesign(after);
  if (!result.ok) {
    const orphans = flowsLeftWithoutAddress(after, result.errors);
    if (orphans.size > 0) {
      after = removeElements(after, orphans);
      result = validateDesign(after);
    }
  }
  return result.ok ? done(after) : judgeErrors(doc, after, result.errors);
});
