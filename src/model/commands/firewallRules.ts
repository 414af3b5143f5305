// The rule tables of the distributed firewall and of each router's gateway
// firewall: add, remove, reorder, enable/disable, default action. Rule fields
// are edited with updateElement (rule ids are element ids).
import { ruleCategory } from '../defaults';
import { indexDesign } from '../elementIndex';
import { nextId, usedIds } from '../ids';
import type { Action, Category, Design, FirewallRule, GatewayRule } from '../types';
import { checkEdit } from './checkEdit';
import { defineCommand, done, refuse, type CommandResult } from './command';
import { replaceAt, withChanges } from './documentPaths';
import { removeElements } from './deleteElements';

type AnyRule = FirewallRule | GatewayRule;

/** The rule list a rule lives in, as a pointer and its array. */
function ruleList(doc: Design, id: string): { path: string; rules: AnyRule[]; index: number } | string {
  const entry = indexDesign(doc).get(id);
  if (entry?.kind === 'rule') {
    const rules = doc.firewall?.rules ?? [];
    return { path: '/firewall/rules', rules, index: rules.findIndex((r) => r.id === id) };
  }
  if (entry?.kind === 'gatewayRule') {
    const routerIndex = (doc.routers ?? []).indexOf(entry.router);
    const rules = entry.router.firewall?.rules ?? [];
    return {
      path: `/routers/${routerIndex}/firewall/rules`,
      rules,
      index: rules.findIndex((r) => r.id === id),
    };
  }
  return `"${id}" is not a firewall rule`;
}

/** The firewall object (distributed, or a router's) with `edit` applied, set back into the document. */
function editFirewall(
  doc: Design,
  router: string | undefined,
  edit: (fw: { default?: Action; rules?: AnyRule[] }) => { default?: Action; rules?: AnyRule[] },
): CommandResult {
  if (router === undefined)
    return checkEdit(doc, { ...doc, firewall: edit(doc.firewall ?? {}) as Design['firewall'] });
  const entry = indexDesign(doc).get(router);
  if (entry?.kind !== 'router') return refuse(`"${router}" is not a router`);
  const firewall = edit(entry.el.firewall ?? {});
  return checkEdit(doc, replaceAt(doc, entry.path, { ...entry.el, firewall }));
}

export interface AddRuleArgs {
  /** The router whose gateway firewall gets the rule; absent: the distributed firewall. */
  router?: string;
  category?: Category;
}

/** Appends an allow-everything rule: last in its category, so it changes no decision until edited. */
export const addRule = defineCommand<AddRuleArgs>('Add firewall rule', (doc, { router, category }) => {
  const rule: AnyRule = {
    id: nextId(usedIds(doc), 'rule'),
    action: 'allow',
    ...(category && category !== 'application' ? { category } : {}),
  };
  return editFirewall(doc, router, (fw) => ({ ...fw, rules: [...(fw.rules ?? []), rule] }));
});

export interface RuleArgs {
  id: string;
}

export const removeRule = defineCommand<RuleArgs>('Remove firewall rule', (doc, { id }) => {
  const found = ruleList(doc, id);
  if (typeof found === 'string') return refuse(found);
  return checkEdit(doc, removeElements(doc, new Set([id])));
});

export interface MoveRuleArgs {
  id: string;
  direction: 'up' | 'down';
}

/**
 * One step earlier or later in evaluation order: past the neighbouring rule of the same category
 * (rules of other categories between them are evaluated elsewhere, so they do not count). To move a
 * rule into another category, change its category.
 */
export const moveRule = defineCommand<MoveRuleArgs>('Move firewall rule', (doc, { id, direction }) => {
  const found = ruleList(doc, id);
  if (typeof found === 'string') return refuse(found);
  const { path, rules, index } = found;
  const rule = rules[index];
  if (!rule) return refuse(`"${id}" is not a firewall rule`);
  const category = ruleCategory(rule);
  const step = direction === 'up' ? -1 : 1;
  let other = index + step;
  while (other >= 0 && other < rules.length && ruleCategory(rules[other] ?? rule) !== category) other += step;
  const neighbour = rules[other];
  if (!neighbour)
    return refuse(`${id} is already the ${direction === 'up' ? 'first' : 'last'} ${category} rule`);
  const reordered = [...rules];
  reordered[index] = neighbour;
  reordered[other] = rule;
  return checkEdit(doc, replaceAt(doc, path, reordered));
});

export interface SetRuleEnabledArgs {
  id: string;
  enabled: boolean;
}

export const setRuleEnabled = defineCommand<SetRuleEnabledArgs>(
  'Enable firewall rule',
  (doc, { id, enabled }) => {
    const found = ruleList(doc, id);
    if (typeof found === 'string') return refuse(found);
    const rule = found.rules[found.index];
    if (!rule) return refuse(`"${id}" is not a firewall rule`);
    if ((rule.disabled ?? false) === !enabled) return done(doc);
    // Enabled is the default, so enabling drops the key rather than writing `disabled: false`.
    const edited = withChanges(rule, { disabled: enabled ? undefined : true });
    return checkEdit(doc, replaceAt(doc, `${found.path}/${found.index}`, edited));
  },
);

export interface SetFirewallDefaultArgs {
  router?: string;
  action: Action;
}

export const setFirewallDefault = defineCommand<SetFirewallDefaultArgs>(
  'Set firewall default',
  (doc, { router, action }) => editFirewall(doc, router, (fw) => ({ ...fw, default: action })),
);
