// Every place a document names an element by id (MODEL.md section 1), in one
// walker. Ids are unique across the whole document, so a reference equal to an
// id always means that element: a rename rewrites every field that holds it,
// whatever its kind, and port references by their owner part.
import type { Attach, Design, FirewallRule, GatewayRule, Router, Switch } from '../types';

/** Returns the new id for an id, or the same id to keep it. */
export type IdMap = (id: string) => string;

const mapList = (list: string[] | undefined, map: IdMap): string[] | undefined => list?.map(map);

/** `"owner:port"` with its owner renamed. */
export function mapPortRef(ref: string, map: IdMap): string {
  const colon = ref.indexOf(':');
  if (colon < 0) return ref;
  return `${map(ref.slice(0, colon))}${ref.slice(colon)}`;
}

function mapRule<R extends FirewallRule | GatewayRule>(rule: R, map: IdMap): R {
  const out: R = { ...rule };
  if (rule.sources) out.sources = mapList(rule.sources, map);
  if (rule.destinations) out.destinations = mapList(rule.destinations, map);
  if ('appliedTo' in rule && rule.appliedTo) (out as FirewallRule).appliedTo = mapList(rule.appliedTo, map);
  return out;
}

function mapAttach(attach: Attach, map: IdMap): Attach {
  if ('network' in attach)
    return { ...attach, network: map(attach.network), ...(attach.host ? { host: map(attach.host) } : {}) };
  if ('switch' in attach) return { ...attach, switch: map(attach.switch) };
  return attach;
}

function mapSwitch(sw: Switch, map: IdMap): Switch {
  if (sw.type !== 'distributed') return { ...sw, host: map(sw.host) };
  const out = { ...sw };
  if (sw.hosts) out.hosts = mapList(sw.hosts, map);
  if (sw.uplinks) out.uplinks = sw.uplinks.map((u) => ({ ...u, host: map(u.host) }));
  return out;
}

function mapRouter(router: Router, map: IdMap): Router {
  const out = { ...router };
  if (router.interfaces)
    out.interfaces = router.interfaces.map((f) =>
      f.attach ? { ...f, attach: mapAttach(f.attach, map) } : f,
    );
  if (router.routes)
    out.routes = router.routes.map((r) => ('interface' in r ? { ...r, interface: map(r.interface) } : r));
  if (router.nat) out.nat = router.nat.map((n) => ({ ...n, interface: map(n.interface) }));
  if (router.firewall?.rules)
    out.firewall = { ...router.firewall, rules: router.firewall.rules.map((r) => mapRule(r, map)) };
  return out;
}

/**
 * The document with every reference passed through `map`: hosts, switches, networks and port
 * groups named by other elements, port-reference owners, firewall selectors, flow ends and layout
 * keys. Element ids themselves are left alone.
 */
export function mapReferences(doc: Design, map: IdMap): Design {
  const out: Design = { ...doc };
  if (doc.hosts)
    out.hosts = doc.hosts.map((h) =>
      h.vmkernels
        ? { ...h, vmkernels: h.vmkernels.map((k) => (k.network ? { ...k, network: map(k.network) } : k)) }
        : h,
    );
  if (doc.switches) out.switches = doc.switches.map((sw) => mapSwitch(sw, map));
  if (doc.portGroups) out.portGroups = doc.portGroups.map((pg) => ({ ...pg, switch: map(pg.switch) }));
  if (doc.vms)
    out.vms = doc.vms.map((vm) => ({
      ...vm,
      host: map(vm.host),
      ...(vm.nics ? { nics: vm.nics.map((n) => (n.network ? { ...n, network: map(n.network) } : n)) } : {}),
    }));
  if (doc.routers) out.routers = doc.routers.map((r) => mapRouter(r, map));
  if (doc.cables)
    out.cables = doc.cables.map((c) => ({ ...c, a: mapPortRef(c.a, map), b: mapPortRef(c.b, map) }));
  if (doc.firewall?.rules)
    out.firewall = { ...doc.firewall, rules: doc.firewall.rules.map((r) => mapRule(r, map)) };
  if (doc.flows) out.flows = doc.flows.map((f) => ({ ...f, from: map(f.from), to: map(f.to) }));
  if (doc.layout)
    out.layout = Object.fromEntries(Object.entries(doc.layout).map(([key, entry]) => [map(key), entry]));
  return out;
}
