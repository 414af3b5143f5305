// MODEL.md 2.1: layer-2 broadcast domains, one test per rule.
import { describe, expect, it } from 'vitest';
import { design, twoHosts } from './test/builder';
import { evaluate, problemsOf, walk } from './test/results';

const oneHost = () => design().host('esx1').standard('vss0', 'esx1');

describe('2.1 r1 attachment', () => {
  it('2.1 r1: adapters on one port group of one host share a pair and reach each other', () => {
    const doc = oneHost()
      .portGroup('pg', 'vss0', 10)
      .vm('a', 'esx1', [{ network: 'pg', ip: '10.0.0.1/24' }])
      .vm('b', 'esx1', [{ network: 'pg', ip: '10.0.0.2/24' }])
      .build();
    expect(walk(doc, 'a', 'b')).toBe('allowed at b-n0');
  });

  it('2.1 r1: a guest-tagging adapter joins the VLAN it tags', () => {
    const doc = twoHosts(120)
      .portGroup('pg-trunk', 'dvs1', { trunk: '100-200' })
      .vm('g', 'esx1', [{ network: 'pg-trunk', vlan: 120, ip: '10.0.0.9/24' }])
      .build();
    expect(walk(doc, 'g', 'b')).toBe('allowed at b-n0');
  });

  it('2.1 r1: a PVLAN port group joins the primary VLAN on the physical network', () => {
    const doc = twoHosts({ pvlan: 501 }).build();
    const dvs = doc.switches![0] as { pvlans?: unknown };
    dvs.pvlans = [
      { primary: 500, secondary: 500, type: 'promiscuous' },
      { primary: 500, secondary: 501, type: 'community' },
    ];
    doc.physicalSwitches![0]!.ports = [
      { name: 'p1', mode: 'trunk', allowed: '500-501' },
      { name: 'p2', mode: 'trunk', allowed: '500-501' },
    ];
    expect(walk(doc, 'a', 'b')).toBe('allowed at b-n0');
  });

  it('2.1 r1: an adapter whose host lacks the switch is not attached', () => {
    const doc = oneHost()
      .host('esx2')
      .portGroup('pg', 'vss0', 10)
      .vm('a', 'esx1', [{ network: 'pg', ip: '10.0.0.1/24' }])
      .vm('b', 'esx2', [{ network: 'pg', ip: '10.0.0.2/24' }])
      .build();
    expect(walk(doc, 'a', 'b')).toBe('unreachable/disconnected at b-n0');
    expect(walk(doc, 'b', 'a')).toBe('unreachable/disconnected at b-n0');
  });

  it('2.1 r1: a guest-tagging adapter with no VLAN is not attached', () => {
    const doc = oneHost()
      .portGroup('pg', 'vss0', 4095)
      .portGroup('pg10', 'vss0', 10)
      .vm('a', 'esx1', [{ network: 'pg', ip: '10.0.0.1/24' }])
      .vm('b', 'esx1', [{ network: 'pg10', ip: '10.0.0.2/24' }])
      .build();
    expect(walk(doc, 'b', 'a')).toBe('unreachable/disconnected at a-n0');
  });
});

describe('2.1 r2 inside a switch', () => {
  it('2.1 r2: different VLANs never meet without a router', () => {
    const doc = oneHost()
      .portGroup('pg10', 'vss0', 10)
      .portGroup('pg20', 'vss0', 20)
      .vm('a', 'esx1', [{ network: 'pg10', ip: '10.0.0.1/24' }])
      .vm('b', 'esx1', [{ network: 'pg20', ip: '10.0.0.2/24' }])
      .build();
    expect(walk(doc, 'a', 'b')).toBe('unreachable/isolated at a-n0');
  });
});

describe('2.1 r3 uplink choice', () => {
  const teamed = (roles: ('active' | 'standby' | 'unused')[], up: boolean[] = [true, true]) => {
    const b = design()
      .host('esx1', [
        { name: 'vmnic0', up: up[0]! },
        { name: 'vmnic1', up: up[1]! },
      ])
      .host('esx2', ['vmnic0'])
      .standard('vss1', 'esx1', [
        { nic: 'vmnic0', role: roles[0]! },
        { nic: 'vmnic1', role: roles[1]! },
      ])
      .standard('vss2', 'esx2', ['vmnic0'])
      .portGroup('pg1', 'vss1', 10)
      .portGroup('pg2', 'vss2', 10)
      .physical('tor1', [
        { name: 'p0', mode: 'trunk', allowed: '10' },
        { name: 'p1', mode: 'trunk', allowed: '20' },
        { name: 'p2', mode: 'trunk', allowed: '10' },
      ])
      .cable('esx1:vmnic0', 'tor1:p0')
      .cable('esx1:vmnic1', 'tor1:p1')
      .cable('esx2:vmnic0', 'tor1:p2')
      .vm('a', 'esx1', [{ network: 'pg1', ip: '10.0.0.1/24' }])
      .vm('b', 'esx2', [{ network: 'pg2', ip: '10.0.0.2/24' }]);
    return b.build();
  };

  it('2.1 r3: the first active uplink that is up and cabled is the primary', () => {
    expect(walk(teamed(['active', 'active']), 'a', 'b')).toBe('allowed at b-n0');
  });

  it('2.1 r3: active uplinks come before standby ones, whatever the order written', () => {
    expect(walk(teamed(['standby', 'active']), 'a', 'b')).toBe('unreachable/vlan-not-carried at tor1');
  });

  it('2.1 r3: a NIC that is down is skipped, so the standby takes over', () => {
    expect(walk(teamed(['active', 'standby'], [false, true]), 'a', 'b')).toBe(
      'unreachable/vlan-not-carried at tor1',
    );
  });

  it('2.1 r3: an unused uplink never carries frames', () => {
    expect(walk(teamed(['unused', 'active']), 'a', 'b')).toBe('unreachable/vlan-not-carried at tor1');
  });

  it('2.1 r3: a port that is down does not make a primary', () => {
    const doc = teamed(['active', 'unused']);
    doc.physicalSwitches![0]!.ports![0]!.up = false;
    expect(walk(doc, 'a', 'b')).toBe('unreachable/link-down at tor1');
  });
});

describe('2.1 r4 leaving the host', () => {
  const edge = (vlan: number, port: object) => {
    const doc = twoHosts(vlan).build();
    doc.physicalSwitches![0]!.ports![0] = { name: 'p1', ...port };
    return doc;
  };

  it('2.1 r4: untagged frames meet an access port’s VLAN', () => {
    const doc = edge(0, { mode: 'access', vlan: 7 });
    doc.physicalSwitches![0]!.ports![1] = { name: 'p2', mode: 'access', vlan: 7 };
    expect(walk(doc, 'a', 'b')).toBe('allowed at b-n0');
  });

  it('2.1 r4: untagged frames meet a trunk’s native VLAN only when it is allowed', () => {
    const allowed = edge(0, { mode: 'trunk', native: 5, allowed: '5' });
    allowed.physicalSwitches![0]!.ports![1] = { name: 'p2', mode: 'access', vlan: 5 };
    expect(walk(allowed, 'a', 'b')).toBe('allowed at b-n0');
    const notAllowed = edge(0, { mode: 'trunk', native: 5, allowed: '6' });
    notAllowed.physicalSwitches![0]!.ports![1] = { name: 'p2', mode: 'access', vlan: 5 };
    expect(walk(notAllowed, 'a', 'b')).toBe('unreachable/vlan-not-carried at tor1');
  });

  it('2.1 r4: an access port drops tagged frames, even of its own VLAN', () => {
    expect(walk(edge(100, { mode: 'access', vlan: 100 }), 'a', 'b')).toBe(
      'unreachable/vlan-not-carried at tor1',
    );
  });

  it('2.1 r4: a tagged VLAN that is the trunk’s native VLAN is not carried (the native-VLAN trap)', () => {
    expect(walk(edge(100, { mode: 'trunk', native: 100 }), 'a', 'b')).toBe(
      'unreachable/vlan-not-carried at tor1',
    );
  });

  it('2.1 r4: a PVLAN needs both its primary and its secondary allowed', () => {
    const doc = twoHosts({ pvlan: 501 }).build();
    (doc.switches![0] as { pvlans?: unknown }).pvlans = [
      { primary: 500, secondary: 500, type: 'promiscuous' },
      { primary: 500, secondary: 501, type: 'community' },
    ];
    doc.physicalSwitches![0]!.ports = [
      { name: 'p1', mode: 'trunk', allowed: '500' },
      { name: 'p2', mode: 'trunk', allowed: '500-501' },
    ];
    expect(walk(doc, 'a', 'b')).toBe('unreachable/vlan-not-carried at tor1');
    expect(problemsOf(evaluate(doc), 'vlan-not-carried')[0]?.elements).toEqual(['pg', 'esx1', 'tor1']);
  });
});

describe('2.1 r5 between physical switches', () => {
  const chain = (left: object, right: object) => {
    const doc = twoHosts(100).build();
    doc.physicalSwitches!.push({
      id: 'tor2',
      ports: [
        { name: 'p2', mode: 'trunk' },
        { name: 'up', ...right },
      ],
    });
    doc.physicalSwitches![0]!.ports![1] = { name: 'up', ...left };
    doc.cables = [
      { id: 'c1', a: 'esx1:vmnic0', b: 'tor1:p1' },
      { id: 'c2', a: 'esx2:vmnic0', b: 'tor2:p2' },
      { id: 'c3', a: 'tor1:up', b: 'tor2:up' },
    ];
    return doc;
  };

  it('2.1 r5: a tagged VLAN allowed on both trunks and native on neither crosses', () => {
    expect(walk(chain({ mode: 'trunk' }, { mode: 'trunk', allowed: '100' }), 'a', 'b')).toBe(
      'allowed at b-n0',
    );
  });

  it('2.1 r5: a tagged VLAN missing from the far trunk is dropped there', () => {
    expect(walk(chain({ mode: 'trunk' }, { mode: 'trunk', allowed: '200' }), 'a', 'b')).toBe(
      'unreachable/vlan-not-carried at tor2',
    );
  });

  it('2.1 r5: untagged VLANs join even when their numbers differ', () => {
    const doc = chain({ mode: 'access', vlan: 100 }, { mode: 'access', vlan: 300 });
    doc.physicalSwitches![1]!.ports![0] = { name: 'p2', mode: 'trunk', allowed: '300' };
    doc.portGroups!.push({ id: 'pg300', switch: 'dvs1', vlan: 300 });
    doc.vms![1]!.nics![0]!.network = 'pg300';
    expect(walk(doc, 'a', 'b')).toBe('allowed at b-n0');
  });
});

describe('2.1 r6 private VLANs', () => {
  const pvlan = () =>
    design()
      .host('esx1')
      .distributed('dvs1', ['esx1'], [], {
        pvlans: [
          { primary: 500, secondary: 500, type: 'promiscuous' },
          { primary: 500, secondary: 501, type: 'isolated' },
          { primary: 500, secondary: 502, type: 'community' },
          { primary: 500, secondary: 503, type: 'community' },
        ],
      })
      .portGroup('iso', 'dvs1', { pvlan: 501 })
      .portGroup('c2', 'dvs1', { pvlan: 502 })
      .portGroup('c3', 'dvs1', { pvlan: 503 })
      .portGroup('plain500', 'dvs1', 500)
      .vm('i1', 'esx1', [{ network: 'iso', ip: '10.0.0.1/24' }])
      .vm('x', 'esx1', [{ network: 'c2', ip: '10.0.0.2/24' }])
      .vm('y', 'esx1', [{ network: 'c3', ip: '10.0.0.3/24' }])
      .vm('p', 'esx1', [{ network: 'plain500', ip: '10.0.0.4/24' }]);

  it('2.1 r6: two different communities cannot talk', () => {
    expect(walk(pvlan().build(), 'x', 'y')).toBe('unreachable/pvlan-isolated at y-n0');
  });

  it('2.1 r6: a member of a plain port group in the primary VLAN is promiscuous', () => {
    expect(walk(pvlan().build(), 'i1', 'p')).toBe('allowed at p-n0');
  });

  it('2.1 r6: a router interface on a PVLAN port group is promiscuous', () => {
    const doc = pvlan()
      .router('r1', [{ id: 'r1-in', ip: '10.0.0.254/24', attach: { network: 'iso' } }])
      .build();
    expect(walk(doc, 'i1', 'r1-in')).toBe('allowed at r1-in');
  });
});

describe('2.1 r7 elements that are off', () => {
  it('2.1 r7: a powered-off VM joins no domain', () => {
    const doc = oneHost()
      .portGroup('pg', 'vss0')
      .vm('a', 'esx1', [{ network: 'pg', ip: '10.0.0.1/24' }])
      .vm('b', 'esx1', [{ network: 'pg', ip: '10.0.0.2/24' }], { power: 'off' })
      .build();
    expect(walk(doc, 'a', 'b')).toBe('unreachable/disconnected at b-n0');
  });

  it('2.1 r7: a NIC that is down carries nothing', () => {
    const doc = twoHosts().build();
    doc.hosts![1]!.nics = [{ name: 'vmnic0', up: false }];
    expect(walk(doc, 'a', 'b')).toBe('unreachable/link-down at esx2');
  });

  it('2.1 r7: a physical port that is down carries nothing', () => {
    const doc = twoHosts().build();
    doc.physicalSwitches![0]!.ports![1]!.up = false;
    expect(walk(doc, 'a', 'b')).toBe('unreachable/link-down at tor1');
  });
});

describe('2.1 distributed router interfaces', () => {
  const dr = () =>
    design()
      .host('esx1')
      .host('esx2')
      .distributed('dvs1', ['esx1', 'esx2'])
      .portGroup('web', 'dvs1', 10)
      .portGroup('db', 'dvs1', 20)
      .router('dr', [
        { id: 'dr-web', ip: '10.0.1.1/24', attach: { network: 'web' } },
        { id: 'dr-db', ip: '10.0.2.1/24', attach: { network: 'db' } },
      ])
      .vm('w', 'esx1', [{ network: 'web', ip: '10.0.1.10/24', gateway: '10.0.1.1' }])
      .vm('d1', 'esx1', [{ network: 'db', ip: '10.0.2.10/24', gateway: '10.0.2.1' }])
      .vm('d2', 'esx2', [{ network: 'db', ip: '10.0.2.20/24', gateway: '10.0.2.1' }]);

  it('2.1: a router interface on a distributed port group without host answers on every host', () => {
    const doc = dr().build();
    expect(walk(doc, 'd2', 'dr-db')).toBe('allowed at dr-db');
    expect(walk(doc, 'w', 'd1')).toBe('allowed at d1-n0');
  });

  it('2.1: its copies are never duplicates of each other', () => {
    expect(problemsOf(evaluate(dr().build()), 'duplicate-ip')).toEqual([]);
  });

  it('2.1: a packet entering with no host leaves by the copy adjacent to its next hop', () => {
    const doc = dr().build();
    doc.routers![0]!.interfaces!.push({ id: 'dr-wan', ip: '203.0.113.2/24', attach: { external: true } });
    expect(walk(doc, '203.0.113.9', 'd2')).toBe('allowed at d2-n0');
    expect(walk(doc, '203.0.113.9', 'd1')).toBe('allowed at d1-n0');
  });

  it('2.1: a packet is routed by the copy on the host where it entered, and leaves from that host', () => {
    // esx1 and esx2 have no uplinks: d2 on esx2 is reachable from the esx2 copy only.
    expect(walk(dr().build(), 'w', 'd2')).toBe('unreachable/no-uplink at dvs1');
  });
});
