// MODEL.md 2.7: every link gets the first status that holds.
import { describe, expect, it } from 'vitest';
import { listLinks } from '../model/links';
import { twoHosts, twoSubnets } from './test/builder';
import { evaluate } from './test/results';

describe('2.7 link statuses', () => {
  it('2.7: every link of the document has a status', () => {
    const doc = twoHosts().build();
    expect(Object.keys(evaluate(doc).links).sort()).toEqual(
      listLinks(doc)
        .map((l) => l.id)
        .sort(),
    );
  });

  it('2.7 down: a VM off, an adapter not connected, a NIC down (and its cable), an unused uplink', () => {
    const doc = twoHosts().build();
    doc.vms![0]!.power = 'off';
    doc.hosts![1]!.nics = [{ name: 'vmnic0', up: false }];
    const links = evaluate(doc).links;
    expect(links['nic:a-n0']).toBe('down');
    expect(links['uplink:dvs1:esx2:vmnic0']).toBe('down');
    expect(links['cable:c2']).toBe('down');
    (doc.switches![0] as { uplinks: { role?: string }[] }).uplinks[0]!.role = 'unused';
    expect(evaluate(doc).links['uplink:dvs1:esx1:vmnic0']).toBe('down');
  });

  it('2.7 down: a cable is down when its port is', () => {
    const doc = twoHosts().build();
    doc.physicalSwitches![0]!.ports![0]!.up = false;
    expect(evaluate(doc).links['cable:c1']).toBe('down');
  });

  it('2.7 blocked: a flow expected to be allowed and blocked at a link; an expected deny is not', () => {
    const doc = twoSubnets().flow('f', 'a', 'b').firewallDefault('drop').build();
    expect(evaluate(doc).links['nic:a-n0']).toBe('blocked');
    doc.flows![0]!.expect = 'deny';
    expect(evaluate(doc).links['nic:a-n0']).toBe('ok');
  });

  it('2.7 blocked: a gateway firewall block stops at the ingress interface’s link', () => {
    const doc = twoSubnets().flow('f', 'a', 'b').build();
    doc.routers![0]!.firewall = { default: 'drop' };
    expect(evaluate(doc).links['nic:r1-a']).toBe('blocked');
  });

  it('2.7 unreachable: where a flow stops, and links an error problem names', () => {
    const doc = twoHosts().flow('f', 'a', 'b').build();
    doc.physicalSwitches![0]!.ports![1]!.allowed = '200';
    const links = evaluate(doc).links;
    expect(links['cable:c2']).toBe('unreachable');
    expect(links['uplink:dvs1:esx2:vmnic0']).toBe('unreachable');
  });

  it('2.7 mtu: where a flow stops for MTU, and links an mtu-mismatch names', () => {
    const doc = twoHosts().flow('f', 'a', 'b', { size: 1500 }).build();
    doc.physicalSwitches![0]!.ports![1]!.mtu = 1000;
    const links = evaluate(doc).links;
    expect(links['cable:c2']).toBe('mtu');
    expect(links['uplink:dvs1:esx2:vmnic0']).toBe('mtu');
  });

  it('2.7 mtu: a drop at a switch instance stops at the link the frame entered it by', () => {
    const doc = twoHosts().flow('f', 'a', 'b', { size: 1500, df: false }).build();
    (doc.switches![0] as { mtu?: number }).mtu = 1400;
    doc.vms![0]!.nics![0]!.mtu = 1400;
    // a fragments to 1400; no drop. b → a at 1500 stops at b's own switch, entered by nic:b-n0.
    doc.flows!.push({ id: 'g', from: 'b', to: 'a', size: 1500 });
    const result = evaluate(doc);
    expect(result.flows.map((f) => `${f.verdict} ${f.at} ${f.stopLink ?? ''}`)).toEqual([
      'allowed b-n0 ',
      'mtu dvs1 nic:b-n0',
    ]);
  });

  it('2.7 ok: links a delivered flow crosses, and members with a domain neighbour', () => {
    const doc = twoHosts().build();
    const links = evaluate(doc).links;
    expect(links).toEqual({
      'nic:a-n0': 'ok',
      'nic:b-n0': 'ok',
      'uplink:dvs1:esx1:vmnic0': 'ok',
      'uplink:dvs1:esx2:vmnic0': 'ok',
      'cable:c1': 'ok',
      'cable:c2': 'ok',
    });
  });

  it('2.7 idle: a member alone in its domain, and a link no frame crosses', () => {
    const doc = twoHosts().build();
    doc.vms!.pop();
    const links = evaluate(doc).links;
    expect(links['nic:a-n0']).toBe('idle');
    expect(links['cable:c1']).toBe('idle');
  });
});
