// Routes and NAT rules that leave "out of an interface" name an interface of
// their own router (MODEL.md 1.1: a NAT rule naming an interface of another
// router is an error; a route's `interface` is "one of the router's interfaces").
import type { Router } from '../types';
import { entryOf, type SemanticContext } from './context';
import { kindPhrase, quote, type ErrorList } from './phrases';

export function checkInterfaceRefs(ctx: SemanticContext, errors: ErrorList): void {
  for (const { el: router, path } of ctx.routers) {
    const own = new Set((router.interfaces ?? []).map((iface) => iface.id));
    const check = (value: string, at: string, what: string) => {
      if (!own.has(value)) errors.add(at, explain(ctx, router, value, what));
    };
    (router.routes ?? []).forEach((route, k) => {
      if ('interface' in route) check(route.interface, `${path}/routes/${k}/interface`, 'a route');
    });
    (router.nat ?? []).forEach((rule, k) =>
      check(rule.interface, `${path}/nat/${k}/interface`, 'a NAT rule'),
    );
  }
}

function explain(ctx: SemanticContext, router: Router, value: string, what: string): string {
  const other = entryOf(ctx, value, 'routerInterface');
  if (other?.owner !== undefined)
    return `${quote(value)} is an interface of router ${quote(other.owner)}; ${what} of ${quote(router.id)} names one of ${quote(router.id)}'s own interfaces`;
  const entry = ctx.ids.get(value);
  if (entry) return `${quote(value)} is ${kindPhrase(entry)}, not an interface of router ${quote(router.id)}`;
  return `${quote(value)} is not an interface of router ${quote(router.id)}`;
}
