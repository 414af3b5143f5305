// 2.5 shadowed-rule by brute force: every (adapter, direction, source, destination,
// service) the design can tell apart is tried, and a rule that matches some of them but
// is never the first match is shadowed. Three readings are tried; the result counts
// only where they agree:
// - outside addresses as ONE class that only "any" and /0 match, or split by every CIDR;
// - (distributed firewall) packets anywhere, or only realistic ones (an adapter sends from
//   its own address and receives at it);
// - (distributed firewall) every VM adapter, or only those that are on and connected;
// - a port group or switch selector naming only VM adapters, or also the VMkernel adapters
//   and interfaces on it;
// - an address shared by several elements selected when one of them is, or only when all are.
import { inSubnet, parseCidr } from '../../../src/model/ipv4';
import type { Service } from '../../../src/model/service';
import { parseService } from '../../../src/model/service';
import { appliesTo, orderedRules, resolveSelector, serviceMatches } from '../firewall';
import type { Ctx } from '../flows/outcome';
import { gap, tryGap } from '../gap';
import type { Member, RefFirewall, RefRule } from '../world/types';
import type { Ignore, RefProblem } from './types';
import { ignoreFirst } from './types';

/** null: the one outside class of the first reading. */
type Addr = { address: number | null; owned: boolean };

function serviceSamples(rules: RefRule[]): Service[] {
  const ports = new Set<number>([1]);
  for (const r of rules)
    for (const s of r.services) {
      const svc = parseService(s);
      if (svc && (svc.protocol === 'tcp' || svc.protocol === 'udp')) {
        ports.add(svc.from);
        if (svc.to < 65535) ports.add(svc.to + 1);
      }
    }
  const list: Service[] = [{ protocol: 'icmp' }];
  for (const p of [...ports].sort((a, b) => a - b))
    for (const protocol of ['tcp', 'udp'] as const) list.push({ protocol, from: p, to: p });
  return list;
}

/** One sample address per stretch of outside addresses that the rules' CIDRs tell apart. */
function outsideSamples(rules: RefRule[], owned: Set<number>): Addr[] {
  const cuts = new Set<number>([0]);
  for (const r of rules)
    for (const sel of [...r.sources, ...r.destinations]) {
      const c = /^\d/.test(sel) ? parseCidr(sel, true) : null;
      if (!c) continue;
      const size = 2 ** (32 - c.prefix);
      const start = Math.floor(c.address / size) * size;
      cuts.add(start);
      if (start + size <= 0xffffffff) cuts.add(start + size);
    }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Addr[] = [];
  sorted.forEach((start, i) => {
    const end = (sorted[i + 1] ?? 2 ** 32) - 1;
    for (let a = start, tries = 0; a <= end; a++, tries++) {
      if (tries > 4096) gap('an outside stretch full of design addresses');
      if (!owned.has(a)) {
        out.push({ address: a, owned: false });
        return;
      }
    }
  });
  return out;
}

/** Selector and owner look-ups repeat for every reading: remembered per design (pure functions of it). */
const memo = new WeakMap<
  Ctx,
  { selectors: Map<string, ReturnType<typeof resolveSelector>>; owners: Map<number, Member[]> }
>();

function lookups(ctx: Ctx) {
  let m = memo.get(ctx);
  if (!m) {
    m = { selectors: new Map(), owners: new Map() };
    memo.set(ctx, m);
  }
  return m;
}

function selectorOn(ctx: Ctx, selector: string, a: Addr, reading: Reading): boolean {
  const cache = lookups(ctx);
  let r = cache.selectors.get(selector);
  if (!r) {
    r = resolveSelector(ctx.world, selector);
    cache.selectors.set(selector, r);
  }
  if (r.kind === 'any') return true;
  if (a.address === null) return r.kind === 'cidr' && r.cidr.prefix === 0;
  const address = a.address;
  if (r.kind === 'cidr') return inSubnet(address, r.cidr);
  if (!a.owned) return false;
  let owners = cache.owners.get(address);
  if (!owners) {
    owners = ctx.book.owners(address);
    cache.owners.set(address, owners);
  }
  const ids = reading.wider ? r.wider : r.ids;
  const picked = owners.filter((m) => ids.has(m.id));
  return reading.sharedByAll ? picked.length === owners.length : picked.length > 0;
}

type Verdict = { kind: 'shadowed'; by: Set<string> } | { kind: 'decides' } | { kind: 'matches-nothing' };

interface Reading {
  outside: 'one' | 'split';
  realistic: boolean;
  liveOnly: boolean;
  wider: boolean;
  sharedByAll: boolean;
}

function readings(distributed: boolean): Reading[] {
  const out: Reading[] = [];
  for (const outside of ['one', 'split'] as const)
    for (const realistic of distributed ? [false, true] : [false])
      for (const liveOnly of distributed ? [false, true] : [false])
        for (const wider of [false, true])
          for (const sharedByAll of [false, true])
            out.push({ outside, realistic, liveOnly, wider, sharedByAll });
  return out;
}

function judge(ctx: Ctx, fw: RefFirewall, distributed: boolean, reading: Reading): Map<string, Verdict> {
  const rules = orderedRules(fw);
  const owned = new Set(
    ctx.world.members.flatMap((m) => {
      const a = ctx.book.addressOf(m);
      return a ? [a.address] : [];
    }),
  );
  const addrs: Addr[] = [
    ...[...owned].map((address) => ({ address, owned: true })),
    ...(reading.outside === 'one' ? [{ address: null, owned: false }] : outsideSamples(rules, owned)),
  ];
  const services = serviceSamples(rules);
  const src = rules.map((r) => addrs.map((a) => r.sources.some((s) => selectorOn(ctx, s, a, reading))));
  const dst = rules.map((r) => addrs.map((a) => r.destinations.some((s) => selectorOn(ctx, s, a, reading))));
  const svc = rules.map((r) =>
    services.map((p) => r.services.some((s) => serviceMatches(parseService(s) ?? gap('bad service'), p))),
  );
  const result = new Map<string, Verdict>(rules.map((r) => [r.id, { kind: 'matches-nothing' }]));
  const look = (ri: number, si: number, di: number, vi: number) =>
    (src[ri]?.[si] && dst[ri]?.[di] && svc[ri]?.[vi]) === true;

  const tryPacket = (applicable: number[], si: number, di: number, vi: number) => {
    let first: string | null = null;
    for (const ri of applicable) {
      if (!look(ri, si, di, vi)) continue;
      const id = (rules[ri] as RefRule).id;
      const v = result.get(id) as Verdict;
      if (first === null) {
        first = id;
        result.set(id, { kind: 'decides' });
      } else if (v.kind === 'matches-nothing') result.set(id, { kind: 'shadowed', by: new Set([first]) });
      else if (v.kind === 'shadowed') v.by.add(first);
    }
  };

  const all = rules.map((_, i) => i);
  const places: { applicable: number[]; own: number | null; dir: 'in' | 'out' | null }[] = [];
  if (!distributed) places.push({ applicable: all, own: null, dir: null });
  else {
    const adapters = ctx.world.members.filter(
      (m: Member) => m.kind === 'vmNic' && (!reading.liveOnly || m.powered),
    );
    for (const m of adapters)
      for (const dir of ['in', 'out'] as const) {
        const applicable = all.filter((i) => appliesTo(ctx.world, rules[i] as RefRule, m.id, dir));
        if (applicable.length === 0) continue;
        const address = ctx.book.addressOf(m)?.address;
        const own = address === undefined ? -1 : addrs.findIndex((a) => a.address === address);
        places.push({ applicable, own: reading.realistic ? own : null, dir });
      }
  }
  for (const place of places) {
    if (place.own === -1) continue;
    for (let si = 0; si < addrs.length; si++) {
      if (place.own !== null && place.dir === 'out' && si !== place.own) continue;
      for (let di = 0; di < addrs.length; di++) {
        if (place.own !== null && place.dir === 'in' && di !== place.own) continue;
        for (let vi = 0; vi < services.length; vi++) tryPacket(place.applicable, si, di, vi);
      }
    }
  }
  return result;
}

function firewallShadows(
  ctx: Ctx,
  fw: RefFirewall,
  distributed: boolean,
): { problems: RefProblem[]; unsure: string[] } {
  const judged = tryGap(() => readings(distributed).map((r) => judge(ctx, fw, distributed, r)));
  const ids = fw.rules.filter((r) => r.enabled).map((r) => r.id);
  if ('gap' in judged) return { problems: [], unsure: ids };
  const problems: RefProblem[] = [];
  const unsure: string[] = [];
  for (const id of ids) {
    const kinds = new Set(judged.value.map((m) => m.get(id)?.kind));
    const first = judged.value[0]?.get(id);
    if (kinds.size !== 1 || kinds.has('matches-nothing')) unsure.push(id);
    else if (first?.kind === 'shadowed')
      problems.push({ code: 'shadowed-rule', elements: [id, ...first.by], match: 'first', links: [] });
  }
  return { problems, unsure };
}

export function shadowProblems(ctx: Ctx): { problems: RefProblem[]; ignores: Ignore[] } {
  const problems: RefProblem[] = [];
  const ignores: Ignore[] = [];
  const firewalls: [RefFirewall, boolean][] = [
    [ctx.world.dfw, true],
    ...ctx.world.routers.map((r): [RefFirewall, boolean] => [r.firewall, false]),
  ];
  for (const [fw, distributed] of firewalls) {
    const r = firewallShadows(ctx, fw, distributed);
    problems.push(...r.problems);
    if (r.unsure.length > 0) ignores.push(...ignoreFirst('shadowed-rule', r.unsure, 'readings disagree'));
  }
  return { problems, ignores };
}
