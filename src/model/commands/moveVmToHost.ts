// Moving a VM to another host, as a vMotion would: `vm.host` changes and the
// VM takes its place inside the new host. Its adapters keep their networks; one
// whose switch is not on the new host shows as problem host-not-on-switch.
import { displayName } from '../defaults';
import { layoutEntry, putLayoutEntry } from '../layoutEntries';
import type { Design } from '../types';
import { defineCommand, done, refuse, type CommandResult } from './command';

export interface MoveVmToHostArgs {
  vm: string;
  host: string;
  /** Position inside the new host; without it the host places the VM in its next free slot. */
  at?: { x: number; y: number };
}

export function moveVmToHostEdit(doc: Design, args: MoveVmToHostArgs): CommandResult {
  const vm = (doc.vms ?? []).find((v) => v.id === args.vm);
  if (!vm) return refuse(`There is no VM "${args.vm}".`);
  const host = (doc.hosts ?? []).find((h) => h.id === args.host);
  if (!host) return refuse(`There is no host "${args.host}" to move ${displayName(vm)} to.`);
  if (vm.host === host.id) return refuse(`${displayName(vm)} already runs on ${displayName(host)}.`);
  const layout = { ...(doc.layout ?? {}) };
  if (args.at)
    putLayoutEntry(layout, vm.id, {
      ...layoutEntry(layout, vm.id),
      x: Math.round(args.at.x),
      y: Math.round(args.at.y),
    });
  else delete layout[vm.id];
  return done({
    ...doc,
    vms: (doc.vms ?? []).map((v) => (v.id === vm.id ? { ...v, host: host.id } : v)),
    layout,
  });
}

export const moveVmToHost = defineCommand<MoveVmToHostArgs>('Move VM to host', moveVmToHostEdit);
