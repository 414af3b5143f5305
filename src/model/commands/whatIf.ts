// What-if toggles on the canvas: power a VM off, disconnect an adapter, take a
// host NIC or a physical port down, and back. Each is one named command, so
// one undo step. Going back to the format's default drops the key, as the
// inspector does, so that a toggle and its reverse leave the file as written.
//
// These commands skip checkEdit on purpose: they set one boolean or enum field,
// found by id, to a value the format allows, so they cannot make a valid design
// invalid, and validating a 500-VM design would add a fifth of a second to a
// click whose whole point is to watch the colours follow at once. For the same
// reason they find their element with findElement, not by indexing the design.
import { adapterConnected, nicUp, portUp, vmPowered } from '../defaults';
import type { Design, HostNic, PhysicalPort } from '../types';
import { defineCommand, done, refuse } from './command';
import { findElement } from './findElement';
import { replaceAt, withChanges } from './documentPaths';

export interface SetVmPowerArgs {
  vm: string;
  on: boolean;
}

export const setVmPower = defineCommand<SetVmPowerArgs>('Power VM on or off', (doc, { vm, on }) => {
  const entry = findElement(doc, vm);
  if (entry?.kind !== 'vm') return refuse(`"${vm}" is not a VM`);
  if (vmPowered(entry.el) === on) return done(doc);
  return done(replaceAt(doc, entry.path, withChanges(entry.el, { power: on ? undefined : 'off' })));
});

export interface SetAdapterConnectedArgs {
  adapter: string;
  connected: boolean;
}

export const setAdapterConnected = defineCommand<SetAdapterConnectedArgs>(
  'Connect or disconnect adapter',
  (doc, { adapter, connected }) => {
    const entry = findElement(doc, adapter);
    if (entry?.kind !== 'vmNic') return refuse(`"${adapter}" is not a VM adapter`);
    if (adapterConnected(entry.el) === connected) return done(doc);
    const changes = { connected: connected ? undefined : false };
    return done(replaceAt(doc, entry.path, withChanges(entry.el, changes)));
  },
);

export interface SetPortUpArgs {
  /** A host (its physical NIC) or a physical switch (its port). */
  owner: string;
  port: string;
  up: boolean;
}

/** A host NIC or a physical switch port up or down (MODEL.md 2.7: a cable is down when either end is). */
export const setPortUp = defineCommand<SetPortUpArgs>('Set link up or down', (doc, { owner, port, up }) => {
  const entry = findElement(doc, owner);
  let key: 'nics' | 'ports';
  let ports: (HostNic | PhysicalPort)[];
  if (entry?.kind === 'host') [key, ports] = ['nics', entry.el.nics ?? []];
  else if (entry?.kind === 'physicalSwitch') [key, ports] = ['ports', entry.el.ports ?? []];
  else return refuse(`"${owner}" is not a host or a physical switch`);
  const index = ports.findIndex((p) => p.name === port);
  const current = ports[index];
  if (!current) return refuse(`${owner} has no port "${port}"`);
  if ((key === 'nics' ? nicUp(current) : portUp(current)) === up) return done(doc);
  const edited: Design = replaceAt(
    doc,
    `${entry.path}/${key}/${index}`,
    withChanges(current, { up: up ? undefined : false }),
  );
  return done(edited);
});
