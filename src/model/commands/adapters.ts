// Adding VM adapters and VMkernel adapters from the inspector. Ids follow the
// habit of the examples ("web-01-n0", "esx1-vmk1"); removal is deleteElements.
import { indexDesign } from '../elementIndex';
import { ID_PATTERN } from '../fields';
import { nextId, nextName, usedIds } from '../ids';
import type { VmKernel, VmNic } from '../types';
import { checkEdit } from './checkEdit';
import { defineCommand, refuse } from './command';
import { replaceAt } from './documentPaths';

/** `<owner><suffix>N` for the first free N from `start`, or a generic id when that would be too long. */
export function childId(taken: ReadonlySet<string>, owner: string, suffix: string, start: number): string {
  const id = nextName(taken, (n) => `${owner}${suffix}${n}`, start);
  return ID_PATTERN.test(id) ? id : nextId(taken, suffix.replace(/^-/, ''));
}

export interface AddVmAdapterArgs {
  vm: string;
  network?: string;
}

export const addVmAdapter = defineCommand<AddVmAdapterArgs>('Add adapter', (doc, { vm, network }) => {
  const entry = indexDesign(doc).get(vm);
  if (entry?.kind !== 'vm') return refuse(`"${vm}" is not a VM`);
  const nic: VmNic = { id: childId(usedIds(doc), vm, '-n', 0), ...(network ? { network } : {}) };
  return checkEdit(doc, replaceAt(doc, entry.path, { ...entry.el, nics: [...(entry.el.nics ?? []), nic] }));
});

export interface AddVmkernelArgs {
  host: string;
  network?: string;
}

export const addVmkernel = defineCommand<AddVmkernelArgs>(
  'Add VMkernel adapter',
  (doc, { host, network }) => {
    const entry = indexDesign(doc).get(host);
    if (entry?.kind !== 'host') return refuse(`"${host}" is not a host`);
    const existing = entry.el.vmkernels ?? [];
    // vmk0 is ESXi's management adapter by convention, so numbering starts there.
    const name = nextName(
      existing.map((k) => k.name ?? ''),
      (n) => `vmk${n}`,
      0,
    );
    const vmk: VmKernel = {
      id: childId(usedIds(doc), host, '-vmk', 0),
      name,
      ...(network ? { network } : {}),
    };
    return checkEdit(doc, replaceAt(doc, entry.path, { ...entry.el, vmkernels: [...existing, vmk] }));
  },
);
