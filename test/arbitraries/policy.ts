// Random firewall rules, flows and layout.
import type { Design, FirewallRule, Flow, GatewayRule, Host, Layout } from '../../src/model/types';
import { FLOW_SERVICES, OCTETS, OUTSIDE, SERVICES, SUBNETS } from './pools';
import type { Rand } from './random';
import { optional } from './topology';

const CATEGORIES = ['emergency', 'infrastructure', 'environment', 'application'] as const;
const ACTIONS = ['allow', 'drop', 'reject'] as const;

export function selectorPool(doc: Design): string[] {
  return [
    'any',
    'tag:web',
    'tag:db',
    'tag:app',
    '10.0.10.0/24',
    '10.0.0.0/8',
    '8.8.8.8',
    '10.0.20.11',
    ...(doc.vms ?? []).flatMap((vm) => [vm.id, ...(vm.nics ?? []).map((n) => n.id)]),
    ...(doc.portGroups ?? []).map((p) => p.id),
    ...(doc.switches ?? []).map((s) => s.id),
    ...(doc.hosts ?? []).map((h) => h.id),
  ];
}

function selectors(r: Rand, pool: string[]): string[] | undefined {
  if (r.chance(35)) return undefined;
  return Array.from({ length: r.chance(5) ? 0 : r.int(1, 2) }, () => r.pick(pool));
}

function services(r: Rand): string[] | undefined {
  if (r.chance(30)) return undefined;
  return Array.from({ length: r.int(1, 2) }, () => r.pick(SERVICES));
}

function ruleCore(r: Rand, id: string, pool: string[]) {
  return {
    id,
    ...optional('sources', selectors(r, pool)),
    ...optional('destinations', selectors(r, pool)),
    ...optional('services', services(r)),
    action: r.pick(['allow', ...ACTIONS] as const),
    ...optional(
      'category',
      r.maybe(40, () => r.pick(CATEGORIES)),
    ),
    ...(r.chance(10) ? { disabled: true } : {}),
  };
}

export function gatewayRules(r: Rand, router: string, pool: string[]): GatewayRule[] {
  if (!r.chance(40)) return [];
  return Array.from({ length: r.int(1, 3) }, (_, k) => ruleCore(r, `${router}-gw${k}`, pool));
}

export function firewall(r: Rand, doc: Design): NonNullable<Design['firewall']> {
  const pool = selectorPool(doc);
  const notAddress = pool.filter((s) => !/^\d/.test(s));
  const rules = Array.from({ length: r.int(0, 4) }, (_, k): FirewallRule => ({
    ...ruleCore(r, `fw-${k}`, pool),
    ...optional(
      'appliedTo',
      r.maybe(30, () => [r.pick(notAddress)]),
    ),
    ...optional(
      'direction',
      r.maybe(40, () => r.pick(['in', 'out', 'in-out'] as const)),
    ),
  }));
  return {
    ...optional(
      'default',
      r.maybe(60, () => r.pick(['allow', 'allow', 'drop', 'reject'] as const)),
    ),
    rules,
  };
}

/** Things a flow may name: elements, hosts that have an address to use, and addresses. */
function flowEnds(doc: Design): string[] {
  const hostOk = (h: Host) =>
    h.kind === 'workstation' ? h.ip !== undefined : (h.vmkernels ?? []).length > 0;
  const addresses = [
    ...OUTSIDE,
    ...SUBNETS.flatMap((s) => OCTETS.slice(0, 3).map((o) => `${s}.${o}`)),
    ...(doc.vms ?? []).flatMap((vm) =>
      (vm.nics ?? []).flatMap((n) => (n.ip && n.ip !== 'dhcp' ? [n.ip.split('/')[0] as string] : [])),
    ),
  ];
  return [
    ...(doc.vms ?? []).flatMap((vm) => [vm.id, vm.id, ...(vm.nics ?? []).map((n) => n.id)]),
    ...(doc.hosts ?? []).flatMap((h) => [
      ...(hostOk(h) ? [h.id] : []),
      ...(h.vmkernels ?? []).map((k) => k.id),
    ]),
    ...(doc.routers ?? []).flatMap((rt) => (rt.interfaces ?? []).map((i) => i.id)),
    ...addresses,
  ];
}

export function flows(r: Rand, doc: Design): Flow[] {
  const ends = flowEnds(doc);
  const vmIds = (doc.vms ?? []).map((vm) => vm.id);
  const end = () => (r.chance(45) ? r.pick(vmIds) : r.pick(ends));
  // A VM that shares a network with `from`, so that some flows stay on one layer-2 segment.
  const neighbourOf = (from: string) => {
    const nets = (doc.vms ?? []).find((vm) => vm.id === from)?.nics?.map((n) => n.network) ?? [];
    const near = (doc.vms ?? []).filter(
      (vm) => vm.id !== from && (vm.nics ?? []).some((n) => nets.includes(n.network)),
    );
    return near.length > 0 ? r.pick(near).id : undefined;
  };
  return Array.from({ length: r.int(0, 5) }, (_, i) => {
    const from = end();
    let to = (r.chance(35) ? neighbourOf(from) : undefined) ?? end();
    if (to === from) to = r.pick(ends);
    return { id: `f${i}`, from, to, ...flowOptions(r) };
  });
}

function flowOptions(r: Rand): Partial<Flow> {
  return {
    ...optional(
      'service',
      r.maybe(70, () => r.pick(FLOW_SERVICES)),
    ),
    ...optional(
      'size',
      r.maybe(25, () => r.pick([1500, 9000, 1400, 8000, 68])),
    ),
    ...(r.chance(15) ? { df: false } : {}),
    ...(r.chance(30) ? { expect: 'deny' as const } : {}),
  };
}

export function layout(r: Rand, ids: string[]): Layout {
  const out: Layout = {};
  for (const id of ids)
    if (r.chance(50))
      out[id] = {
        x: r.int(-500, 2000),
        y: r.int(-500, 2000),
        ...(r.chance(20) ? { w: r.int(40, 400), h: r.int(30, 300) } : {}),
        ...(r.chance(10) ? { collapsed: r.chance(50) } : {}),
      };
  return out;
}
