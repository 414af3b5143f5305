// Every problem of MODEL.md 2.5, in a stable order (attachment, uplinks and
// the physical network, MTU, addresses, security, firewall rules, power),
// kept from one version of a document to the next. Each part is redone only
// when what it reads changed: a member's own problems when the member did
// (perMember.ts), a domain's when its member list is another array
// (perDomain.ts), the wiring's when the switches, instances, primary uplinks
// or cables did. A version with other members (some came or went) or no
// earlier version is judged whole.
import type { EngineContext } from '../context';
import type { ContextDelta } from '../delta';
import { vmPowered } from '../../model/defaults';
import { parseIpv4 } from '../../model/ipv4';
import type { Flow } from '../../model/types';
import { Keyed } from '../keep';
import type { Problem } from '../types';
import { dhcpProblems, duplicateIps, gatewayProblems } from './addresses';
import { attachmentProblems } from './attachment';
import { poweredOffProblems, promiscuousProblems, vmsNamedByFlows } from './misc';
import { domainMtu, memberMtu, wiringMtu } from './mtu';
import { PerDomainProblems } from './perDomain';
import { PerMemberProblems } from './perMember';
import { UplinkPhase } from './uplinkPhase';

export class ProblemPhase {
  private readonly attachment = new PerMemberProblems((ctx, m, att) =>
    attachmentProblems(att ?? ctx.attachments.get(m.id)!),
  );
  private readonly memberMtu = new PerMemberProblems(memberMtu);
  private readonly gateways = new PerMemberProblems(gatewayProblems);
  private readonly duplicates = new PerDomainProblems(duplicateIps);
  private readonly domainMtu = new PerDomainProblems((_, members) => domainMtu(members));
  private readonly wiringMtu = new Keyed<Problem[]>();
  private readonly uplinks = new UplinkPhase();
  private readonly promiscuous = new Keyed<Problem[]>();
  /** Members by the gateway they name, for the members an owner change concerns. */
  private readonly byGateway = new GatewayIndex();
  private powered: { named: Set<string>; out: Problem[]; off: Set<string> } | null = null;
  private named: { flows: readonly Flow[] | undefined; addresses: Set<number>; vms: Set<string> } | null =
    null;
  private last: EngineContext | null = null;

  update(ctx: EngineContext, delta: ContextDelta | null, shadowed: readonly Problem[]): Problem[] {
    const last = this.last;
    const whole = !delta || delta.everything || !last || last.net.members !== ctx.net.members;
    const net = ctx.net;
    const changed = whole ? [] : [...delta!.members];
    const lists = whole ? null : delta!.domainLists;

    const attachment = whole ? this.attachment.all(ctx) : this.attachment.some(ctx, changed);
    const uplinks = this.uplinks.update(ctx, delta, whole);
    const memberWide =
      whole || last.net.switches !== net.switches || last.net.doc.portGroups !== net.doc.portGroups;
    const mtu = (memberWide ? this.memberMtu.all(ctx) : this.memberMtu.some(ctx, changed)).concat(
      this.wiringMtu.get([ctx.instances, ctx.graph.primary, net.switches, net.cables], () => wiringMtu(ctx)),
      this.domainMtu.update(ctx, lists),
    );
    const duplicates = this.duplicates.update(ctx, lists);
    let gateways: Problem[];
    if (whole || !delta!.domainsKept) {
      this.byGateway.rebuild(ctx);
      gateways = this.gateways.all(ctx);
    } else {
      const concerned = new Set(changed);
      for (const address of delta!.addresses) this.byGateway.naming(address, concerned);
      this.byGateway.refresh(ctx, changed);
      gateways = this.gateways.some(ctx, concerned);
    }
    const promiscuous = this.promiscuous.get([net.doc.switches, net.doc.portGroups], () =>
      promiscuousProblems(ctx),
    );
    this.last = ctx;
    return attachment.concat(
      uplinks,
      mtu,
      duplicates,
      gateways,
      dhcpProblems(ctx),
      promiscuous,
      shadowed,
      this.poweredOff(ctx, whole ? null : delta!),
    );
  }

  /**
   * The VMs the flows name, kept while the flows and the owners of the
   * addresses they name are the same (a member keeps its VM; VMs that came or
   * went make the version whole).
   */
  private namedVms(ctx: EngineContext, delta: ContextDelta | null): Set<string> {
    const flows = ctx.net.doc.flows;
    const kept = this.named;
    if (delta && kept && kept.flows === flows && ![...delta.addresses].some((a) => kept.addresses.has(a)))
      return kept.vms;
    this.named = { flows, addresses: flowAddresses(flows ?? []), vms: vmsNamedByFlows(ctx) };
    return this.named.vms;
  }

  /**
   * vm-powered-off, kept while the flows name the same VMs and none of them
   * changed whether it is on (VMs in the same order: a version whose VMs came,
   * went or moved has other members, and is judged whole).
   */
  private poweredOff(ctx: EngineContext, delta: ContextDelta | null): Problem[] {
    const named = this.namedVms(ctx, delta);
    const kept = this.powered;
    const isOff = (id: string) => {
      const vm = ctx.net.vms.get(id);
      return vm !== undefined && !vmPowered(vm);
    };
    if (
      delta &&
      kept &&
      sameSet(kept.named, named) &&
      [...delta.vms].every((id) => !named.has(id) || isOff(id) === kept.off.has(id))
    )
      return kept.out;
    const out = poweredOffProblems(ctx, named);
    this.powered = { named, out, off: new Set(out.flatMap((p) => p.elements)) };
    return out;
  }
}

const sameSet = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean =>
  a === b || (a.size === b.size && [...a].every((x) => b.has(x)));

/** The addresses flow ends are written as (a flow naming an address names its owners' VMs). */
function flowAddresses(flows: readonly Flow[]): Set<number> {
  const out = new Set<number>();
  for (const flow of flows)
    for (const text of [flow.from, flow.to]) {
      const address = /^\d+(\.\d+){3}$/.test(text) ? parseIpv4(text) : null;
      if (address !== null) out.add(address);
    }
  return out;
}

/** Members (by id) by the gateway address their addressing gives them. */
class GatewayIndex {
  private gatewayOf = new Map<string, number>();
  private members = new Map<number, Set<string>>();

  rebuild(ctx: EngineContext): void {
    this.gatewayOf = new Map();
    this.members = new Map();
    // Every member with an address, read from the addresses themselves (no look-up per member):
    // the order members are filed in does not matter, as `naming` answers a set.
    for (const [id, info] of ctx.addressing.of) if (info.gateway !== null) this.fileAs(id, info.gateway);
  }

  /** The members whose gateway is this address, added to `into`. */
  naming(address: number, into: Set<string>): void {
    for (const id of this.members.get(address) ?? []) into.add(id);
  }

  refresh(ctx: EngineContext, ids: readonly string[]): void {
    for (const id of ids) {
      const old = this.gatewayOf.get(id);
      if (old !== undefined) {
        this.members.get(old)?.delete(id);
        this.gatewayOf.delete(id);
      }
      this.file(ctx, id);
    }
  }

  private file(ctx: EngineContext, id: string): void {
    const gw = ctx.addressing.of.get(id)?.gateway;
    if (gw !== undefined && gw !== null) this.fileAs(id, gw);
  }

  private fileAs(id: string, gw: number): void {
    this.gatewayOf.set(id, gw);
    let set = this.members.get(gw);
    if (!set) this.members.set(gw, (set = new Set()));
    set.add(id);
  }
}
