import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../store/createAppStore';
import { indexDesign, listElements } from '../elementIndex';
import { validateDesign } from '../validate';
import type { Design } from '../types';
import { deleteElements } from './deleteElements';
import { danglingReferences } from './fixtures/referenceCheck';
import { richDesign } from './fixtures/richDesign';

function deleted(doc: Design, ids: string[]): Design {
  const result = deleteElements.run(doc, { ids });
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  expect(validateDesign(result.doc).ok).toBe(true);
  expect(danglingReferences(result.doc)).toEqual([]);
  return result.doc;
}

const ids = (doc: Design) => new Set(listElements(doc).map((e) => e.id));

describe('deleteElements', () => {
  it('a host takes its VMs, adapters, VMkernels, standard switches, port groups, cables and flows', () => {
    const doc = deleted(richDesign(), ['esx1']);
    const left = ids(doc);
    for (const id of ['esx1', 'esx1-vmk0', 'web-01', 'web-01-n0', 'vss0', 'pg-mgmt', 'c1', 'c3'])
      expect(left.has(id), id).toBe(false);
    // Flows naming the host, its VM or its VM's adapter.
    expect(doc.flows?.map((f) => f.id)).toEqual(['f-if']);
    // Its distributed switch membership and uplinks, but not the switch.
    expect(doc.switches?.find((s) => s.id === 'dvs1')).toMatchObject({
      hosts: ['esx2'],
      uplinks: [{ host: 'esx2', nic: 'vmnic2' }],
    });
    // An interface attached on that host only loses its attach, not its existence.
    const iface = doc.routers?.[0]?.interfaces?.[0];
    expect(iface?.id).toBe('r1-web');
    expect(iface).not.toHaveProperty('attach');
    expect(doc.layout).toEqual({ tor1: { x: 500, y: 0 } });
    expect(left.has('esx2')).toBe(true);
  });

  it('a switch takes its port groups; adapters and interfaces on them stay, unattached', () => {
    const doc = deleted(richDesign(), ['dvs1']);
    const left = ids(doc);
    for (const id of ['dvs1', 'pg-web', 'pg-db', 'pg-iso']) expect(left.has(id)).toBe(false);
    expect(doc.vms?.[0]?.nics?.[0]).toEqual({ id: 'web-01-n0', ip: '10.0.100.11/24', gateway: '10.0.100.1' });
    expect(doc.routers?.[0]?.interfaces?.[1]).toEqual({ id: 'r1-db', ip: '10.0.200.1/24' });
    // The cables stay: they join a host NIC and a port, which both still exist.
    expect(doc.cables).toHaveLength(3);
  });

  it('a desktop network: its adapters lose their network', () => {
    const doc = deleted(richDesign(), ['vmnet8']);
    expect(doc.vms?.[2]?.nics?.[0]).toEqual({ id: 'dev-01-n0', ip: 'dhcp' });
  });

  it('a port group: adapters lose the network, selectors lose it, the rule keeps its other selectors', () => {
    const doc = deleted(richDesign(), ['pg-web']);
    expect(doc.vms?.[0]?.nics?.[0]).not.toHaveProperty('network');
    expect(doc.firewall?.rules?.find((r) => r.id === 'fw-db')?.sources).toEqual(['web-01']);
  });

  it('removes a rule whose selector list named only removed elements (it would match nothing, or everything)', () => {
    const doc = deleted(richDesign(), ['db-01']);
    expect(doc.firewall?.rules?.map((r) => r.id)).toEqual(['fw-web', 'fw-host', 'fw-env', 'fw-app2']);
    const gw = deleted(richDesign(), ['web-01']);
    expect(gw.routers?.[0]?.firewall?.rules).toEqual([]);
    expect(gw.firewall?.rules?.find((r) => r.id === 'fw-db')?.sources).toEqual(['pg-web']);
  });

  it('a physical switch takes its cables and detaches router interfaces on it', () => {
    const doc = deleted(richDesign(), ['tor1']);
    expect(doc.cables).toEqual([]);
    expect(doc.routers?.[0]?.interfaces?.[2]).toEqual({ id: 'r1-vlan', ip: '10.0.50.1/24' });
  });

  it('a router interface takes the routes and NAT rules that leave by it, and flows from it', () => {
    const doc = deleted(richDesign(), ['r1-wan']);
    expect(doc.routers?.[0]?.routes).toEqual([{ to: '0.0.0.0/0', via: '203.0.113.1' }]);
    expect(doc.routers?.[0]?.nat).toEqual([]);
    const router = deleted(richDesign(), ['r1']);
    expect(router.routers).toEqual([]);
    expect(router.flows?.some((f) => f.id === 'f-if')).toBe(false);
  });

  it('a flow naming an ESXi host goes with the host’s last VMkernel adapter', () => {
    const doc = deleted(richDesign(), ['esx2-vmk0']);
    expect(doc.flows?.some((f) => f.id === 'f-vmk')).toBe(false);
    expect(doc.hosts?.[1]?.vmkernels).toEqual([]);
  });

  it('an adapter, a cable, a rule and a flow go alone', () => {
    const doc = deleted(richDesign(), ['web-01-n0', 'c2', 'fw-env', 'f-vmk']);
    expect(doc.vms?.[0]?.nics).toEqual([]);
    expect(doc.cables?.map((c) => c.id)).toEqual(['c1', 'c3']);
    expect(doc.firewall?.rules?.some((r) => r.id === 'fw-env')).toBe(false);
    expect(doc.flows?.map((f) => f.id)).toEqual(['f-web-db', 'f-if']);
  });

  it('keeps missing arrays missing and ignores unknown ids', () => {
    const doc: Design = { format: 'vnet-design', version: 1, hosts: [{ id: 'h1' }] };
    expect(deleted(doc, ['h1'])).toEqual({ format: 'vnet-design', version: 1, hosts: [] });
    const result = deleteElements.run(doc, { ids: ['nope'] });
    expect(result.ok && result.doc).toBe(doc);
  });

  it('is one undo step, however much it removes', () => {
    const store = createAppStore(richDesign());
    expect(store.getState().apply(deleteElements, { ids: ['esx1', 'tor1'] })).toBeNull();
    expect(indexDesign(store.getState().doc).has('web-01')).toBe(false);
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc).toEqual(richDesign());
  });
});

describe('deleteElements and workstation hosts', () => {
  it('drops a flow whose workstation host end loses its adapter on the other end’s network', () => {
    const doc: Design = {
      format: 'vnet-design',
      version: 1,
      hosts: [{ id: 'laptop', kind: 'workstation' }],
      switches: [
        { id: 'vmnet1', type: 'hostonly', host: 'laptop', subnet: '192.168.56.0/24' },
        { id: 'vmnet8', type: 'nat', host: 'laptop', subnet: '192.168.80.0/24' },
      ],
      vms: [{ id: 'dev-01', host: 'laptop', nics: [{ id: 'dev-01-n0', network: 'vmnet8', ip: 'dhcp' }] }],
      flows: [
        { id: 'f-host', from: 'laptop', to: 'dev-01' },
        { id: 'f-vm', from: 'dev-01', to: '1.1.1.1' },
      ],
    };
    expect(validateDesign(doc).ok).toBe(true);
    expect(deleted(doc, ['vmnet8']).flows?.map((f) => f.id)).toEqual(['f-vm']);
  });
});
