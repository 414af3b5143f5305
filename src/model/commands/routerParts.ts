// A router's parts: interfaces (with ids; removal is deleteElements, which also
// drops the routes and NAT rules that use them), and the id-less rows of its
// route and NAT tables, which the inspector edits as whole lists.
import { indexDesign } from '../elementIndex';
import { usedIds } from '../ids';
import type { Design, NatRule, Route, Router, RouterInterface } from '../types';
import { childId } from './adapters';
import { checkEdit } from './checkEdit';
import { defineCommand, refuse, type CommandResult } from './command';
import { replaceAt } from './documentPaths';

function withRouter(doc: Design, id: string, edit: (router: Router) => Router | string): CommandResult {
  const entry = indexDesign(doc).get(id);
  if (entry?.kind !== 'router') return refuse(`"${id}" is not a router`);
  const edited = edit(entry.el);
  if (typeof edited === 'string') return refuse(edited);
  return checkEdit(doc, replaceAt(doc, entry.path, edited));
}

export interface RouterArgs {
  router: string;
}

export const addRouterInterface = defineCommand<RouterArgs>('Add interface', (doc, { router }) =>
  withRouter(doc, router, (r) => {
    const iface: RouterInterface = { id: childId(usedIds(doc), router, '-if', 1) };
    return { ...r, interfaces: [...(r.interfaces ?? []), iface] };
  }),
);

/** A default route out of the first interface: a starting point the user then edits. */
export const addRoute = defineCommand<RouterArgs>('Add route', (doc, { router }) =>
  withRouter(doc, router, (r) => {
    const first = r.interfaces?.[0];
    if (!first) return 'add an interface before a route: a route leaves by one';
    const route: Route = { to: '0.0.0.0/0', interface: first.id };
    return { ...r, routes: [...(r.routes ?? []), route] };
  }),
);

/** Source NAT on the first interface, hiding everything behind it. */
export const addNatRule = defineCommand<RouterArgs>('Add NAT rule', (doc, { router }) =>
  withRouter(doc, router, (r) => {
    const outside = r.interfaces?.find((f) => f.attach && 'external' in f.attach) ?? r.interfaces?.[0];
    if (!outside) return 'add an interface before a NAT rule: NAT applies on one';
    const rule: NatRule = { type: 'snat', interface: outside.id };
    return { ...r, nat: [...(r.nat ?? []), rule] };
  }),
);
