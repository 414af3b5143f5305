import { describe, expect, it } from 'vitest';
import type { Design } from '../model/types';
import { createHostChildren } from './hostChildren';

const doc: Design = {
  format: 'vnet-design',
  version: 1,
  hosts: [{ id: 'esx1' }, { id: 'esx2' }],
  switches: [
    { id: 'vss1', type: 'standard', host: 'esx1' },
    { id: 'vmnet8', type: 'nat', host: 'esx2', subnet: '192.168.80.0/24' },
    { id: 'dvs1', type: 'distributed', hosts: ['esx1', 'esx2'] },
  ],
  portGroups: [{ id: 'pg1', switch: 'vss1' }],
  vms: [
    { id: 'a', host: 'esx1', nics: [{ id: 'a-n0', network: 'pg1' }] },
    { id: 'b', host: 'esx2', nics: [{ id: 'b-n0', network: 'vmnet8' }] },
    { id: 'c', host: 'esx1' },
    { id: 'lost', host: 'nowhere' },
  ],
};

const ids = (children: ReturnType<ReturnType<typeof createHostChildren>>) =>
  Object.fromEntries(
    [...children.byHost].map(([host, { vms, switches }]) => [
      host,
      { vms: vms.map((c) => c.id), switches: switches.map((c) => c.id) },
    ]),
  );

const replaceVm = (d: Design, index: number, vm: NonNullable<Design['vms']>[number]): Design => ({
  ...d,
  vms: d.vms!.map((v, i) => (i === index ? vm : v)),
});

describe('host children', () => {
  it('lists each host’s VMs and its standard switches and desktop networks, in document order', () => {
    const children = createHostChildren()(doc);
    expect(ids(children)).toEqual({
      esx1: { vms: ['a', 'c'], switches: ['vss1'] },
      esx2: { vms: ['b'], switches: ['vmnet8'] },
    });
    expect(Object.fromEntries(children.kinds)).toEqual({ vss1: 'standardSwitch', vmnet8: 'desktopNetwork' });
  });

  it('after a VM is powered off, keeps every list; after it grows an adapter, renews its host’s list only', () => {
    const of = createHostChildren();
    const before = of(doc);
    const off = replaceVm(doc, 2, { ...doc.vms![2]!, power: 'off' });
    const afterOff = of(off);
    expect(afterOff.byHost).toBe(before.byHost);
    const grown = replaceVm(off, 0, { ...doc.vms![0]!, nics: [...doc.vms![0]!.nics!, { id: 'a-n1' }] });
    const afterGrowth = of(grown);
    expect(afterGrowth.byHost.get('esx2')).toBe(before.byHost.get('esx2'));
    expect(afterGrowth.byHost.get('esx1')).not.toBe(before.byHost.get('esx1'));
    expect(afterGrowth.byHost.get('esx1')?.vms[1]).toBe(before.byHost.get('esx1')?.vms[1]);
    expect(afterGrowth.byHost).toEqual(createHostChildren()(grown).byHost);
    // The earlier answer is left as it was.
    expect(before.byHost.get('esx1')?.vms[0]?.box.h).toBeLessThan(
      afterGrowth.byHost.get('esx1')!.vms[0]!.box.h,
    );
  });

  it('starts over when a VM changes host or id, a VM is added, or the switches change', () => {
    const of = createHostChildren();
    of(doc);
    const moved = replaceVm(doc, 0, { ...doc.vms![0]!, host: 'esx2' });
    expect(ids(of(moved))).toEqual(ids(createHostChildren()(moved)));
    expect(ids(of(moved)).esx2?.vms).toEqual(['a', 'b']);
    const added: Design = { ...moved, vms: [...moved.vms!, { id: 'd', host: 'esx1' }] };
    expect(ids(of(added)).esx1?.vms).toEqual(['c', 'd']);
    const noSwitch: Design = { ...added, switches: added.switches!.filter((s) => s.id !== 'vss1') };
    expect(ids(of(noSwitch)).esx1?.switches).toEqual([]);
  });
});
