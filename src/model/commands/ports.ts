// Named ports: a host's physical NICs and a physical switch's ports (MODEL.md
// section 1, port references). They have no id of their own, so they are edited
// through their owner; a rename or removal carries through to the cables,
// uplinks and bridged networks that name the port.
import { indexDesign } from '../elementIndex';
import { PORT_NAME_PATTERN } from '../fields';
import { hostKind } from '../defaults';
import { nextName } from '../ids';
import type { Design, Host, HostNic, PhysicalPort, PhysicalSwitch, Switch } from '../types';
import { checkEdit } from './checkEdit';
import { defineCommand, done, refuse, type CommandResult } from './command';
import { changesAnything, replaceAt, withChanges } from './documentPaths';

type PortOwner =
  | { kind: 'host'; path: string; el: Host; ports: HostNic[] }
  | { kind: 'physicalSwitch'; path: string; el: PhysicalSwitch; ports: PhysicalPort[] };

function ownerOf(doc: Design, id: string): PortOwner | string {
  const entry = indexDesign(doc).get(id);
  if (entry?.kind === 'host')
    return { kind: 'host', path: entry.path, el: entry.el, ports: entry.el.nics ?? [] };
  if (entry?.kind === 'physicalSwitch')
    return { kind: 'physicalSwitch', path: entry.path, el: entry.el, ports: entry.el.ports ?? [] };
  return `"${id}" is not a host or a physical switch`;
}

function withPorts(doc: Design, owner: PortOwner, ports: (HostNic | PhysicalPort)[]): Design {
  const key = owner.kind === 'host' ? 'nics' : 'ports';
  return replaceAt(doc, owner.path, { ...owner.el, [key]: ports });
}

export interface AddPortArgs {
  owner: string;
}

/** A new NIC (`vmnic0`, `vmnic1`...; `eth0`... on a workstation) or switch port (`Eth1/1`...). */
export const addPort = defineCommand<AddPortArgs>('Add port', (doc, { owner: id }) => {
  const owner = ownerOf(doc, id);
  if (typeof owner === 'string') return refuse(owner);
  const names = owner.ports.map((p) => p.name);
  const name =
    owner.kind === 'physicalSwitch'
      ? nextName(names, (n) => `Eth1/${n}`, 1)
      : nextName(names, (n) => (hostKind(owner.el) === 'workstation' ? `eth${n}` : `vmnic${n}`), 0);
  return checkEdit(doc, withPorts(doc, owner, [...owner.ports, { name }]));
});

export interface UpdatePortArgs {
  owner: string;
  name: string;
  /** Keys of the port to set, or to remove with `undefined`; not `name` (see renamePort). */
  changes: Readonly<Record<string, unknown>>;
}

export const updatePort = defineCommand<UpdatePortArgs>('Edit port', (doc, { owner: id, name, changes }) => {
  const owner = ownerOf(doc, id);
  if (typeof owner === 'string') return refuse(owner);
  if ('name' in changes) return refuse('rename a port with its own name field');
  const port = owner.ports.find((p) => p.name === name);
  if (!port) return refuse(`${id} has no port "${name}"`);
  if (!changesAnything(port, changes)) return done(doc);
  const ports = owner.ports.map((p) => (p === port ? withChanges(p, changes) : p));
  return checkEdit(doc, withPorts(doc, owner, ports));
});

const portRef = (owner: string, name: string): string => `${owner}:${name}`;

/** Uplinks and bridged networks name a host NIC by host and name. */
function renameNicUses(sw: Switch, host: string, from: string, to: string): Switch {
  const rename = (nic: string) => (nic === from ? to : nic);
  if (sw.type === 'standard' && sw.host === host && sw.uplinks)
    return { ...sw, uplinks: sw.uplinks.map((u) => ({ ...u, nic: rename(u.nic) })) };
  if (sw.type === 'distributed' && sw.uplinks)
    return { ...sw, uplinks: sw.uplinks.map((u) => (u.host === host ? { ...u, nic: rename(u.nic) } : u)) };
  if (sw.type === 'bridged' && sw.host === host) return { ...sw, nic: rename(sw.nic) };
  return sw;
}

export interface RenamePortArgs {
  owner: string;
  from: string;
  to: string;
}

export const renamePort = defineCommand<RenamePortArgs>('Rename port', (doc, { owner: id, from, to }) => {
  const owner = ownerOf(doc, id);
  if (typeof owner === 'string') return refuse(owner);
  if (from === to) return done(doc);
  if (!owner.ports.some((p) => p.name === from)) return refuse(`${id} has no port "${from}"`);
  if (!PORT_NAME_PATTERN.test(to))
    return refuse(
      `${JSON.stringify(to)} is not a valid port name: use 1–64 characters with no ":" and no spaces`,
    );
  if (owner.ports.some((p) => p.name === to)) return refuse(`${id} already has a port named "${to}"`);
  let edited = withPorts(
    doc,
    owner,
    owner.ports.map((p) => (p.name === from ? { ...p, name: to } : p)),
  );
  const [oldRef, newRef] = [portRef(id, from), portRef(id, to)];
  if (edited.cables)
    edited = {
      ...edited,
      cables: edited.cables.map((c) => ({
        ...c,
        a: c.a === oldRef ? newRef : c.a,
        b: c.b === oldRef ? newRef : c.b,
      })),
    };
  if (owner.kind === 'host' && edited.switches)
    edited = { ...edited, switches: edited.switches.map((sw) => renameNicUses(sw, id, from, to)) };
  return checkEdit(doc, edited);
});

export interface RemovePortArgs {
  owner: string;
  name: string;
}

/** Removes the port with its cable and, for a host NIC, the uplinks on it. */
export const removePort = defineCommand<RemovePortArgs>(
  'Remove port',
  (doc, { owner: id, name }): CommandResult => {
    const owner = ownerOf(doc, id);
    if (typeof owner === 'string') return refuse(owner);
    if (!owner.ports.some((p) => p.name === name)) return refuse(`${id} has no port "${name}"`);
    const bridge = (doc.switches ?? []).find(
      (sw) => sw.type === 'bridged' && sw.host === id && sw.nic === name,
    );
    // A bridged network is nothing without its NIC; deleting it silently would lose its VMs' attachments.
    if (bridge)
      return refuse(`${name} is the NIC that ${bridge.id} bridges to: give ${bridge.id} another NIC first`);
    let edited = withPorts(
      doc,
      owner,
      owner.ports.filter((p) => p.name !== name),
    );
    const ref = portRef(id, name);
    if (edited.cables)
      edited = { ...edited, cables: edited.cables.filter((c) => c.a !== ref && c.b !== ref) };
    if (owner.kind === 'host' && edited.switches)
      edited = {
        ...edited,
        switches: edited.switches.map((sw) => {
          if (sw.type === 'standard' && sw.host === id && sw.uplinks)
            return { ...sw, uplinks: sw.uplinks.filter((u) => u.nic !== name) };
          if (sw.type === 'distributed' && sw.uplinks)
            return { ...sw, uplinks: sw.uplinks.filter((u) => !(u.host === id && u.nic === name)) };
          return sw;
        }),
      };
    return checkEdit(doc, edited);
  },
);
