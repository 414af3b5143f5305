// duplicate-ip within one domain: one problem per repeated address, in the
// order the addresses first appear, each with its holders in member order.
import { describe, expect, it } from 'vitest';
import { design } from '../test/builder';
import { evaluate, problemsOf } from '../test/results';

describe('duplicate-ip', () => {
  it('lists repeated addresses in order of first appearance, not of first repeat', () => {
    const ips = [
      '10.0.0.1',
      '10.0.0.2',
      '10.0.0.9',
      '10.0.0.2',
      '10.0.0.1',
      '10.0.0.3',
      '10.0.0.3',
      '10.0.0.3',
    ];
    let b = design().host('esx1').standard('vss0', 'esx1').portGroup('pg', 'vss0', 10);
    ips.forEach((ip, i) => (b = b.vm(`v${i}`, 'esx1', [{ network: 'pg', ip: `${ip}/24` }])));
    const found = problemsOf(evaluate(b.build()), 'duplicate-ip').map((p) => [p.elements, p.links]);
    expect(found).toEqual([
      [
        ['v0-n0', 'v4-n0'],
        ['nic:v0-n0', 'nic:v4-n0'],
      ],
      [
        ['v1-n0', 'v3-n0'],
        ['nic:v1-n0', 'nic:v3-n0'],
      ],
      [
        ['v5-n0', 'v6-n0', 'v7-n0'],
        ['nic:v5-n0', 'nic:v6-n0', 'nic:v7-n0'],
      ],
    ]);
  });
});
