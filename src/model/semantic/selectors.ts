// Firewall selectors that are element ids (MODEL.md 1, firewall): a VM, a VM
// adapter, a port group or desktop network, a switch, or a host. Anything else
// is an error, such as a VMkernel adapter or router interface, which the
// distributed firewall does not protect. Gateway rules use the same format.
import { parseCidr } from '../ipv4';
import type { SemanticContext } from './context';
import { kindPhrase, quote, type ErrorList } from './phrases';
import { resolveRef, type RefRule } from './refCheck';

const SELECTABLE = new Set(['vm', 'vmNic', 'portGroup', 'switch', 'host']);

const SELECTOR: RefRule = {
  what: 'a VM, VM adapter, port group, desktop network, switch or host',
  accepts: (e) => SELECTABLE.has(e.kind),
  wrongKind: (value, e) =>
    e.kind === 'vmkernel' || e.kind === 'routerInterface'
      ? `${quote(value)} is ${kindPhrase(e)}, which the distributed firewall does not protect; select its address instead`
      : `${quote(value)} is ${kindPhrase(e)}; a selector names a VM, VM adapter, port group, desktop network, switch or host`,
  unknownHint: () => 'write a tag as "tag:NAME"',
};

/** An element id, as opposed to "any", "tag:NAME" or an address (the schema has vetted the text). */
export const isElementSelector = (selector: string): boolean =>
  selector !== 'any' && !selector.startsWith('tag:') && parseCidr(selector, true) === null;

export function checkSelectors(ctx: SemanticContext, errors: ErrorList): void {
  const checkList = (list: readonly string[] | undefined, at: string) =>
    list?.forEach((selector, k) => {
      if (isElementSelector(selector)) resolveRef(ctx, errors, selector, `${at}/${k}`, SELECTOR);
    });
  for (const { el: rule, path } of ctx.rules) {
    checkList(rule.sources, `${path}/sources`);
    checkList(rule.destinations, `${path}/destinations`);
    checkList(rule.appliedTo, `${path}/appliedTo`);
  }
  for (const { el: router, path } of ctx.routers)
    (router.firewall?.rules ?? []).forEach((rule, j) => {
      checkList(rule.sources, `${path}/firewall/rules/${j}/sources`);
      checkList(rule.destinations, `${path}/firewall/rules/${j}/destinations`);
    });
}
