// What a delete removes: the elements asked for and everything that existed
// only for them (documented in docs/inspector.md):
// - a host takes its VMkernel adapters, its VMs, its standard switches and desktop networks;
// - a switch takes its port groups; a VM its adapters; a router its interfaces and gateway rules;
// - a host or physical switch takes the cables on its ports;
// - any removed id takes the flows that name it (deleteElements.ts also drops the flows that name
//   a host left with no address to use, as validation judges it: MODEL.md section 1, flows);
// - a firewall rule goes when a selector list of it (sources, destinations, appliedTo) named only
//   removed elements: with its list emptied it would match nothing ("a rule with an empty list
//   matches nothing"), and with the list dropped it would match everything.
// References that merely point at a removed element (an adapter's network, an interface's attach,
// a selector among others) are cleared by deleteElements.ts, not removed with their owner.
import { indexDesign, listElements, type IndexedElement } from '../elementIndex';
import type { Design, FirewallRule, GatewayRule } from '../types';

const ownerOfPort = (ref: string): string => ref.slice(0, Math.max(0, ref.indexOf(':')));

/** The element or port owner whose removal takes `entry` with it, if any. */
function dependsOn(entry: IndexedElement, gone: ReadonlySet<string>): boolean {
  switch (entry.kind) {
    case 'vmkernel':
      return gone.has(entry.host.id);
    case 'vmNic':
      return gone.has(entry.vm.id);
    case 'routerInterface':
    case 'gatewayRule':
      return gone.has(entry.router.id);
    case 'vm':
      return gone.has(entry.el.host);
    case 'switch':
      return entry.el.type !== 'distributed' && gone.has(entry.el.host);
    case 'portGroup':
      return gone.has(entry.el.switch);
    case 'cable':
      return gone.has(ownerOfPort(entry.el.a)) || gone.has(ownerOfPort(entry.el.b));
    default:
      return false;
  }
}

/** Whether a list that named something names only removed elements now. */
const emptiedBy = (list: readonly string[] | undefined, gone: ReadonlySet<string>): boolean =>
  list !== undefined && list.length > 0 && list.every((s) => gone.has(s));

function ruleEmptied(rule: FirewallRule | GatewayRule, gone: ReadonlySet<string>): boolean {
  const appliedTo = 'appliedTo' in rule ? rule.appliedTo : undefined;
  return [rule.sources, rule.destinations, appliedTo].some((list) => emptiedBy(list, gone));
}

/** Every id a delete of `ids` removes; unknown ids are ignored. */
export function deletionSet(doc: Design, ids: Iterable<string>): Set<string> {
  const index = indexDesign(doc);
  const gone = new Set([...ids].filter((id) => index.has(id)));
  if (gone.size === 0) return gone;
  const elements = listElements(doc);
  // Ownership chains are short (host → switch → port group), so a few passes reach the fixpoint.
  for (let grew = true; grew;) {
    grew = false;
    for (const entry of elements)
      if (!gone.has(entry.id) && dependsOn(entry, gone)) {
        gone.add(entry.id);
        grew = true;
      }
  }
  for (const entry of elements) {
    if (gone.has(entry.id)) continue;
    if ((entry.kind === 'rule' || entry.kind === 'gatewayRule') && ruleEmptied(entry.el, gone))
      gone.add(entry.id);
    if (entry.kind === 'flow' && (gone.has(entry.el.from) || gone.has(entry.el.to))) gone.add(entry.id);
  }
  return gone;
}
