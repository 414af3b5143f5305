// Edits of policy and of the rest: firewall rules and defaults, flows,
// deletes, names and ids, and view-only changes (layout, the design's name).
import { deleteElements } from '../../../src/model/commands/deleteElements';
import {
  addRule,
  moveRule,
  removeRule,
  setFirewallDefault,
  setRuleEnabled,
} from '../../../src/model/commands/firewallRules';
import { addFlow } from '../../../src/model/commands/flows';
import { moveNodes, setHostCollapsed } from '../../../src/model/commands/setLayout';
import { updateDesign, type Changes } from '../../../src/model/commands/updateElement';
import { ruleCategory } from '../../../src/model/defaults';
import { listElements } from '../../../src/model/elementIndex';
import type { Design } from '../../../src/model/types';
import { selectorPool } from '../../arbitraries/policy';
import { FLOW_SERVICES, OUTSIDE, SERVICES } from '../../arbitraries/pools';
import type { Rand } from '../../arbitraries/random';
import { address, edit, EVERY_KIND, pickOf, plan, type Planner } from './planning';

function flowEnd(doc: Design, r: Rand): string {
  const ids = listElements(doc)
    .filter((e) => ['vm', 'vmNic', 'vmkernel', 'routerInterface'].includes(e.kind))
    .map((e) => e.id);
  return ids.length > 0 && r.chance(75) ? r.pick(ids) : r.chance(50) ? r.pick(OUTSIDE) : address(r);
}

function selectors(doc: Design, r: Rand): string[] | undefined {
  return r.chance(25) ? undefined : [r.pick(selectorPool(doc))];
}

export const POLICY_EDITS: Record<string, Planner> = {
  delete: (doc, r) => {
    const all = listElements(doc);
    if (all.length === 0) return null;
    const ids = [r.pick(all).id, ...(r.chance(20) ? [r.pick(all).id] : [])];
    return plan(doc, deleteElements, { ids });
  },
  'display name': (doc, r) => {
    const target = pickOf(doc, r, ...EVERY_KIND);
    return target && edit(doc, target.id, { name: r.chance(20) ? undefined : `name ${r.int(0, 9)}` });
  },
  rename: (doc, r) => {
    const target = pickOf(doc, r, ...EVERY_KIND);
    return target && edit(doc, target.id, { id: `renamed-${r.int(0, 99)}` });
  },
  'rule add': (doc, r) => {
    const routers = doc.routers ?? [];
    const router = routers.length > 0 && r.chance(30) ? r.pick(routers).id : undefined;
    const category = r.pick([undefined, 'emergency', 'environment', 'application'] as const);
    return plan(doc, addRule, { ...(router ? { router } : {}), ...(category ? { category } : {}) });
  },
  'rule edit': (doc, r) => {
    const rule = pickOf(doc, r, 'rule', 'gatewayRule');
    if (!rule) return null;
    const changes = r.pick<Changes>([
      { sources: selectors(doc, r) },
      { destinations: selectors(doc, r) },
      { services: r.chance(25) ? undefined : [r.pick(SERVICES)] },
      { action: r.pick(['allow', 'drop', 'reject']) },
      { category: r.pick([undefined, 'emergency', 'infrastructure', 'environment']) },
      ...(rule.kind === 'rule'
        ? [{ appliedTo: selectors(doc, r) }, { direction: r.pick([undefined, 'in', 'out']) }]
        : []),
    ]);
    return edit(doc, rule.id, changes);
  },
  'rule move': (doc, r) => {
    const rule = pickOf(doc, r, 'rule', 'gatewayRule');
    if (!rule) return null;
    const table = rule.kind === 'rule' ? (doc.firewall?.rules ?? []) : (rule.router.firewall?.rules ?? []);
    const peers = table.filter((x) => ruleCategory(x) === ruleCategory(rule.el));
    if (peers.length < 2) return null;
    const at = peers.indexOf(rule.el);
    // A step past the end is refused; mostly ask for one that can be made.
    const direction = at === 0 ? 'down' : at === peers.length - 1 ? 'up' : r.pick(['up', 'down'] as const);
    return plan(doc, moveRule, {
      id: rule.id,
      direction: r.chance(90) ? direction : r.pick(['up', 'down'] as const),
    });
  },
  'rule toggle': (doc, r) => {
    const rule = pickOf(doc, r, 'rule', 'gatewayRule');
    return rule && plan(doc, setRuleEnabled, { id: rule.id, enabled: rule.el.disabled === true });
  },
  'rule delete': (doc, r) => {
    const rule = pickOf(doc, r, 'rule', 'gatewayRule');
    return rule && plan(doc, removeRule, { id: rule.id });
  },
  'firewall default': (doc, r) => {
    const routers = doc.routers ?? [];
    const router = routers.length > 0 && r.chance(30) ? r.pick(routers).id : undefined;
    const action = r.pick(['allow', 'drop', 'reject'] as const);
    return plan(doc, setFirewallDefault, { ...(router ? { router } : {}), action });
  },
  'flow add': (doc, r) =>
    plan(doc, addFlow, {
      from: flowEnd(doc, r),
      to: flowEnd(doc, r),
      ...(r.chance(70) ? { service: r.pick(FLOW_SERVICES) } : {}),
    }),
  'flow edit': (doc, r) => {
    const flow = pickOf(doc, r, 'flow');
    if (!flow) return null;
    const changes = r.pick<Changes>([
      { from: flowEnd(doc, r) },
      { to: flowEnd(doc, r) },
      { service: r.pick([undefined, ...FLOW_SERVICES]) },
      { size: r.pick([undefined, 1400, 8000, 9000]) },
      { df: r.pick([undefined, false]) },
      { expect: r.pick([undefined, 'deny']) },
    ]);
    return edit(doc, flow.id, changes);
  },
  'design name': (doc, r) => plan(doc, updateDesign, { changes: { name: `edit ${r.int(0, 9)}` } }),
  'layout move': (doc, r) => {
    const all = listElements(doc);
    if (all.length === 0) return null;
    const move = { id: r.pick(all).id, x: r.int(-200, 900), y: r.int(-200, 900) };
    return plan(doc, moveNodes, { moves: [move] });
  },
  'host collapse': (doc, r) => {
    const host = pickOf(doc, r, 'host');
    return host && plan(doc, setHostCollapsed, { host: host.id, collapsed: r.chance(50) });
  },
};
