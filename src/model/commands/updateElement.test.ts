import { describe, expect, it } from 'vitest';
import { indexDesign } from '../elementIndex';
import type { Design } from '../types';
import { danglingReferences } from './fixtures/referenceCheck';
import { richDesign } from './fixtures/richDesign';
import { updateDesign, updateElement, type Changes } from './updateElement';

function edit(doc: Design, id: string, changes: Changes) {
  return updateElement.run(doc, { id, changes });
}

function edited(doc: Design, id: string, changes: Changes): Design {
  const result = edit(doc, id, changes);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.doc;
}

const elementOf = (doc: Design, id: string) =>
  indexDesign(doc).get(id)?.el as Record<string, unknown> | undefined;

describe('updateElement, one valid and one invalid value per kind', () => {
  const cases: { kind: string; id: string; valid: Changes; invalid: Changes; message: RegExp }[] = [
    {
      kind: 'host',
      id: 'laptop',
      valid: { ip: '192.168.1.50' },
      invalid: { ip: '192.168.1.500' },
      message: /IPv4/,
    },
    {
      kind: 'vmkernel',
      id: 'esx1-vmk0',
      valid: { mtu: 9000 },
      invalid: { mtu: 9001 },
      message: /MTU.*576 to 9000/,
    },
    {
      kind: 'vmkernel services',
      id: 'esx1-vmk0',
      valid: { services: ['management', 'vmotion'] },
      invalid: { services: ['backup'] },
      message: /./,
    },
    {
      kind: 'switch',
      id: 'dvs1',
      valid: { mtu: 1280 },
      invalid: { mtu: 1279 },
      message: /MTU.*1280 to 9000/,
    },
    {
      kind: 'switch security',
      id: 'vss0',
      valid: { security: { promiscuous: true } },
      invalid: { security: { promiscuous: 'yes' } },
      message: /./,
    },
    {
      kind: 'desktop network',
      id: 'vmnet8',
      valid: { dhcp: false },
      invalid: { subnet: '192.168.80/24' },
      message: /prefix/,
    },
    { kind: 'port group', id: 'pg-web', valid: { vlan: 4094 }, invalid: { vlan: 5000 }, message: /VLAN/ },
    {
      kind: 'port group trunk',
      id: 'pg-db',
      valid: { vlan: { trunk: '100-200,300' } },
      invalid: { vlan: { trunk: '100-5000' } },
      message: /VLAN list/,
    },
    { kind: 'vm', id: 'web-01', valid: { power: 'off' }, invalid: { tags: ['two words'] }, message: /tag/ },
    {
      kind: 'vm adapter',
      id: 'web-01-n0',
      valid: { ip: 'dhcp' },
      invalid: { ip: '10.0.0.300/24' },
      message: /IPv4/,
    },
    {
      kind: 'vm adapter ipv6',
      id: 'web-01-n0',
      valid: { adapter: 'e1000e' },
      invalid: { ip: 'fe80::1/64' },
      message: /IPv6/,
    },
    {
      kind: 'physical switch',
      id: 'tor1',
      valid: { mtu: 576 },
      invalid: { mtu: 9217 },
      message: /MTU.*576 to 9216/,
    },
    {
      kind: 'router',
      id: 'r1',
      valid: { routes: [{ to: '10.9.0.0/16', via: '203.0.113.1' }] },
      invalid: { routes: [{ to: '10.9.0.0', via: '203.0.113.1' }] },
      message: /prefix/,
    },
    { kind: 'router interface', id: 'r1-db', valid: { mtu: 9216 }, invalid: { mtu: 575 }, message: /MTU/ },
    {
      kind: 'cable',
      id: 'c3',
      valid: { b: 'tor1:Eth1/4' },
      invalid: { b: 'tor1' },
      message: /port reference/,
    },
    {
      kind: 'rule',
      id: 'fw-web',
      valid: { sources: ['10.0.0.0/8'] },
      invalid: { sources: ['10.0.0/8'] },
      message: /selector/,
    },
    {
      kind: 'rule action',
      id: 'fw-web',
      valid: { action: 'reject' },
      invalid: { action: 'deny' },
      message: /./,
    },
    // Gateway firewall rules have no appliedTo (MODEL.md routers[]).
    {
      kind: 'gateway rule',
      id: 'gw-1',
      valid: { services: ['tcp/22'] },
      invalid: { appliedTo: ['any'] },
      message: /appliedTo/,
    },
    {
      kind: 'flow',
      id: 'f-web-db',
      valid: { size: 9000, df: false },
      invalid: { size: 67 },
      message: /size/,
    },
    {
      kind: 'flow service',
      id: 'f-web-db',
      valid: { service: 'udp/53' },
      invalid: { service: 'tcp/1-2' },
      message: /flow service/,
    },
  ];

  for (const c of cases) {
    it(`${c.kind}: applies a valid value`, () => {
      const doc = edited(richDesign(), c.id, c.valid);
      const el = elementOf(doc, c.id);
      for (const [key, value] of Object.entries(c.valid)) expect(el?.[key]).toEqual(value);
    });
    it(`${c.kind}: refuses an invalid value and says why`, () => {
      const result = edit(richDesign(), c.id, c.invalid);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(c.message);
    });
  }
});

describe('updateElement', () => {
  it('removes a key set to undefined, so a value back at its default leaves no trace', () => {
    const doc = edited(richDesign(), 'dvs1', { mtu: undefined });
    expect(elementOf(doc, 'dvs1')).not.toHaveProperty('mtu');
  });

  it('returns the same document when nothing changes (no undo step)', () => {
    const doc = richDesign();
    const result = edit(doc, 'tor1', { mtu: 9216 });
    expect(result.ok && result.doc).toBe(doc);
  });

  it('leaves the input untouched and shares unchanged parts', () => {
    const doc = richDesign();
    const snapshot = structuredClone(doc);
    const after = edited(doc, 'web-01-n0', { mtu: 9000 });
    expect(doc).toEqual(snapshot);
    expect(after.hosts).toBe(doc.hosts);
    expect(after.vms?.[1]).toBe(doc.vms?.[1]);
  });

  it('refuses an id that names nothing', () => {
    const result = edit(richDesign(), 'nope', { name: 'x' });
    expect(result).toEqual({ ok: false, reason: 'there is no element with id "nope"' });
  });

  it('refuses an empty name (a missing name means the id)', () => {
    const result = edit(richDesign(), 'web-01', { name: '' });
    expect(result.ok).toBe(false);
  });

  it('refuses an edit that breaks a rule of the document as a whole (MODEL.md 1.1)', () => {
    const doc = richDesign();
    const refusals = [
      edit(doc, 'web-01', { host: 'nope' }), // a reference to nothing
      edit(doc, 'web-01', { host: 'dvs1' }), // to the wrong kind of element
      edit(doc, 'pg-web', { vlan: 4095 }), // guest tagging is written as a trunk on a distributed switch
      edit(doc, 'pg-mgmt', { vlan: { trunk: '1-10' } }), // and as 4095 on a standard one
      edit(doc, 'pg-iso', { vlan: { pvlan: 777 } }), // a secondary VLAN the switch does not define
      edit(doc, 'c3', { b: 'tor1:Eth1/1' }), // a port that already has a cable
      edit(doc, 'r1-web', { dhcp: { from: '10.0.99.1', to: '10.0.99.9' } }), // a range outside the subnet
    ];
    for (const result of refusals) expect(result.ok).toBe(false);
  });

  it('refuses a key the format does not know', () => {
    const result = edit(richDesign(), 'web-01', { tag: 'web' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/tag/);
  });
});

describe('renaming an id', () => {
  it('rewrites every reference to a host', () => {
    const doc = edited(richDesign(), 'esx1', { id: 'esx9' });
    const json = JSON.stringify(doc);
    expect(json).not.toMatch(/"esx1"|"esx1:/);
    expect(danglingReferences(doc)).toEqual([]);
    expect(doc.vms?.[0]?.host).toBe('esx9');
    expect(doc.cables?.[0]?.a).toBe('esx9:vmnic2');
    expect(doc.switches?.[2]).toMatchObject({
      hosts: ['esx9', 'esx2'],
      uplinks: [{ host: 'esx9' }, { host: 'esx2' }],
    });
    expect(doc.routers?.[0]?.interfaces?.[0]?.attach).toEqual({ network: 'pg-web', host: 'esx9' });
    expect(doc.firewall?.rules?.[2]?.sources).toEqual(['esx9']);
    expect(doc.flows?.[1]?.from).toBe('esx9');
    expect(doc.layout).toHaveProperty('esx9');
    expect(doc.layout).not.toHaveProperty('esx1');
  });

  it('rewrites adapters, selectors and router attaches naming a port group', () => {
    const doc = edited(richDesign(), 'pg-web', { id: 'pg-frontend' });
    expect(danglingReferences(doc)).toEqual([]);
    expect(doc.vms?.[0]?.nics?.[0]?.network).toBe('pg-frontend');
    expect(doc.firewall?.rules?.[1]?.sources).toEqual(['web-01', 'pg-frontend']);
    expect(doc.routers?.[0]?.interfaces?.[0]?.attach).toMatchObject({ network: 'pg-frontend' });
  });

  it('rewrites the routes and NAT rules naming a router interface', () => {
    const doc = edited(richDesign(), 'r1-wan', { id: 'r1-uplink' });
    expect(doc.routers?.[0]?.routes?.[1]).toEqual({ to: '198.51.100.0/24', interface: 'r1-uplink' });
    expect(doc.routers?.[0]?.nat?.[0]?.interface).toBe('r1-uplink');
  });

  it('renames and edits in one step', () => {
    const doc = edited(richDesign(), 'web-01', { id: 'web-09', name: 'web 9' });
    expect(elementOf(doc, 'web-09')).toMatchObject({ id: 'web-09', name: 'web 9' });
    expect(doc.flows?.[0]?.from).toBe('web-09');
  });

  it('refuses an id already in use, a malformed id, and one that reads as an address', () => {
    const doc = richDesign();
    expect(edit(doc, 'web-01', { id: 'db-01' })).toEqual({
      ok: false,
      reason: 'the id "db-01" is already used by a vm in this design',
    });
    expect(edit(doc, 'web-01', { id: 'web 01' }).ok).toBe(false);
    expect(edit(doc, 'web-01', { id: '10.0.0.1' }).ok).toBe(false);
    expect(edit(doc, 'web-01', { id: undefined }).ok).toBe(false);
  });
});

describe('updateDesign', () => {
  it('sets and clears the design name and notes', () => {
    const doc = richDesign();
    const named = updateDesign.run(doc, { changes: { name: 'Payments lab', notes: 'draft' } });
    expect(named.ok && named.doc).toMatchObject({ name: 'Payments lab', notes: 'draft' });
    const cleared = named.ok ? updateDesign.run(named.doc, { changes: { notes: undefined } }) : named;
    expect(cleared.ok && cleared.doc).not.toHaveProperty('notes');
  });
});
