// Cables (MODEL.md 1.1 and cables[]): each end names an existing host NIC or
// physical switch port, a cable joins two different ports, and a port takes at
// most one cable. Two host NICs cabled back to back are refused: the format
// defines a cable as host NIC to switch port, or switch port to switch port,
// and the evaluator only knows how frames meet a physical port (2.1 rule 4).
import { entryOf, type SemanticContext } from './context';
import { kindPhrase, quote, type ErrorList } from './phrases';

type EndKind = 'host' | 'physicalSwitch';

export function checkCables(ctx: SemanticContext, errors: ErrorList): void {
  const existing = existingPorts(ctx);
  const cabled = new Map<string, { cableId: string; path: string }>();

  /** The kind of port an end names, or null after reporting why it names none. */
  const resolveEnd = (ref: string, path: string): EndKind | null => {
    const colon = ref.indexOf(':');
    const ownerId = ref.slice(0, colon);
    const port = ref.slice(colon + 1);
    const owner =
      entryOf(ctx, ownerId, 'host') ?? entryOf(ctx, ownerId, 'physicalSwitch') ?? ctx.ids.get(ownerId);
    if (!owner) {
      errors.add(path, `${quote(ref)}: there is no host or physical switch ${quote(ownerId)} in this design`);
      return null;
    }
    if (owner.kind !== 'host' && owner.kind !== 'physicalSwitch') {
      errors.add(
        path,
        `${quote(ref)}: ${quote(ownerId)} is ${kindPhrase(owner)}; a cable end is a host NIC ("esx1:vmnic0") or a physical switch port ("tor1:Eth1/1")`,
      );
      return null;
    }
    const judged = owner.kind === 'host' ? ctx.hostById.has(ownerId) : ctx.physicalSwitchById.has(ownerId);
    if (judged && !existing.has(ref)) {
      errors.add(path, `${quote(ownerId)} has no ${owner.kind === 'host' ? 'NIC' : 'port'} ${quote(port)}`);
      return null;
    }
    return owner.kind;
  };

  const takePort = (ref: string, cableId: string, path: string) => {
    const earlier = cabled.get(ref);
    if (earlier)
      errors.add(
        path,
        `${quote(ref)} already has cable ${quote(earlier.cableId)} (${earlier.path}); a port takes at most one cable`,
      );
    else cabled.set(ref, { cableId, path });
  };

  for (const { el: cable, path } of ctx.cables) {
    const a = resolveEnd(cable.a, `${path}/a`);
    const b = resolveEnd(cable.b, `${path}/b`);
    if (a && b && cable.a === cable.b) {
      errors.add(`${path}/b`, `a cable cannot join ${quote(cable.a)} to itself`);
      continue;
    }
    if (a === 'host' && b === 'host') {
      errors.add(
        `${path}/b`,
        `${quote(cable.a)} and ${quote(cable.b)} are both host NICs; a cable joins a host NIC to a physical switch port, or two switch ports`,
      );
      continue;
    }
    if (a) takePort(cable.a, cable.id, `${path}/a`);
    if (b) takePort(cable.b, cable.id, `${path}/b`);
  }
}

/** "owner:port" of every host NIC and physical switch port of the shape-valid owners. */
function existingPorts(ctx: SemanticContext): Set<string> {
  const ports = new Set<string>();
  for (const { el: host } of ctx.hosts)
    for (const nic of host.nics ?? []) ports.add(`${host.id}:${nic.name}`);
  for (const { el: sw } of ctx.physicalSwitches)
    for (const port of sw.ports ?? []) ports.add(`${sw.id}:${port.name}`);
  return ports;
}
